import type Decimal from "decimal.js";
import { ZERO, minMoney, roundMoney, roundToMultiple, sumMoney } from "@/server/shared/money";
import type { Period } from "./due-dates";
import { type Ratio, toRatio, sumRatios } from "./exact-fraction";
import {
  type InterestSegment,
  buildDailySegment,
  computeInstalmentAmount,
  buildNominalSegment,
  buildPeriodSegment,
  roundInterest,
  roundRatio,
  computeSegmentAmount,
  toSegmentRatio,
} from "./interest";
import type { ResolvedTerms } from "./resolved-terms";

/**
 * The schedule engine (Fineract's cumulative arithmetic, see lending-anchors §1.3 and §2), in
 * Decimals. It works on explicit periods so that a reschedule after an early repayment can run the
 * same arithmetic over the remaining periods "as a new loan".
 */

export interface PlannedInstalment {
  number: number;
  start: number;
  due: number;
  dueDate: string;
  days: number;
  principal: Decimal;
  /** Interest payable with this instalment: its own, or none in interest grace, plus any deferred. */
  interest: Decimal;
  /** Interest earned over this instalment's own period (rounded). */
  ownInterest: Decimal;
  segments: InterestSegment[];
  total: Decimal;
  balanceBefore: Decimal;
  balanceAfter: Decimal;
}

export interface PlanInput {
  principal: Decimal;
  periods: readonly Period[];
  graceOnPrincipal: number;
  graceOnInterestPayment: number;
  /** Interest earned in earlier grace periods and not yet payable (reschedules only). */
  deferredInterest?: Decimal;
}

function clampPrincipal(value: Decimal, balance: Decimal): Decimal {
  return value.isNegative() ? ZERO : minMoney(value, balance);
}

/**
 * Flat interest: the interest of the original principal over the whole term, spread evenly. The
 * total is summed exactly and rounded once; each instalment's share is rounded, never past what is
 * left of that total, and the last takes the rest. Every period keeps its share under an interest
 * grace too (deferred like declining interest), where Fineract's equal-instalment flat loans
 * instead average the total over the non-grace instalments: the contract defers, it does not
 * re-spread.
 */
function flatOwnInterest(rt: ResolvedTerms, input: PlanInput): { segments: InterestSegment[]; rounded: Decimal[] } {
  const p = input.principal;
  const n = input.periods.length;
  const daily = rt.terms.interestCalculationPeriod === "daily";
  const firstPeriod = input.periods[0];
  // Without stopped days a nominal rate gives every period the same share: compute it once.
  const template = !daily && rt.dayCount.stops.length === 0 && firstPeriod !== undefined ? buildNominalSegment(rt, p, firstPeriod.start, firstPeriod.due) : null;
  const bases = input.periods.map((period) =>
    template !== null
      ? { ...template, start: period.start, end: period.due }
      : daily
        ? buildDailySegment(rt, p, period.start, period.due)
        : buildNominalSegment(rt, p, period.start, period.due),
  );
  let segments = bases;
  let total: Ratio;
  if (daily) {
    // Each period's days count towards the total, which is then shared equally (the contract's
    // "spread evenly"): one numerator over n × the common denominator.
    const numerator = sumMoney(bases.map((b) => b.numerator));
    const denominator = rt.dailyDenominator.times(n);
    segments = bases.map((b) => ({ ...b, kind: "proportional", numerator, denominator }));
    total = toRatio(numerator, rt.dailyDenominator);
  } else {
    total = template !== null ? toRatio(template.numerator.times(n), template.denominator) : sumRatios(bases.map(toSegmentRatio));
  }
  let remaining = roundRatio(rt, total);
  // Equal shares are the same objects: round each distinct one once.
  let last: { segment: InterestSegment | null; own: Decimal } = { segment: null, own: ZERO };
  const rounded = segments.map((segment, i) => {
    if (last.segment?.numerator !== segment.numerator || last.segment.denominator !== segment.denominator) {
      last = { segment, own: roundInterest(rt, computeSegmentAmount(segment)) };
    }
    const own = i === n - 1 ? remaining : minMoney(last.own, remaining);
    remaining = remaining.minus(own);
    return own;
  });
  return { segments, rounded };
}

/** Plans instalments over the given periods; the last one absorbs every remainder. */
export function planInstalments(rt: ResolvedTerms, input: PlanInput): PlannedInstalment[] {
  const { periods, principal } = input;
  const n = periods.length;
  const gInterest = input.graceOnInterestPayment;
  // No payment at all during interest grace means no principal either. Fineract keeps the two
  // graces apart (its RS06 table asks for principal inside an interest grace); the contract's
  // "no payment at all" wins, so the instalment is priced over n − max(both graces).
  const grace = Math.max(input.graceOnPrincipal, gInterest);
  // Validation keeps grace below the instalment count; the floor only guards a re-schedule.
  const paying = Math.max(1, n - grace);
  const flat = rt.terms.interestMethod === "flat";
  const equalInstalments = rt.terms.amortisation === "equal_instalments";

  const emi = !flat && equalInstalments ? computeInstalmentAmount(rt, principal, paying) : null;
  const principalShare = principal.div(paying);
  const share = roundMoney(principalShare, rt.decimals, rt.nearestMode);
  const flatShare = roundToMultiple(principalShare, rt.multiple, rt.nearestMode);
  const flatInterest = flat ? flatOwnInterest(rt, input) : null;

  const out: PlannedInstalment[] = new Array<PlannedInstalment>(n);
  let balance = principal;
  let deferred = input.deferredInterest ?? ZERO;
  for (let i = 0; i < n; i += 1) {
    const period = periods[i];
    if (period === undefined) break;
    const number = i + 1;
    let own: Decimal;
    let segment: InterestSegment;
    if (flatInterest === null) {
      segment = buildPeriodSegment(rt, balance, period);
      own = roundInterest(rt, computeSegmentAmount(segment));
    } else {
      segment = flatInterest.segments[i] ?? buildPeriodSegment(rt, principal, period);
      own = flatInterest.rounded[i] ?? ZERO;
    }

    let interest = own;
    let principalDue = ZERO;
    let total: Decimal | null = null;
    if (number <= gInterest) {
      deferred = deferred.plus(own);
      interest = ZERO;
    } else {
      if (!deferred.isZero()) {
        interest = own.plus(deferred);
        deferred = ZERO;
      }
      if (number === n) {
        principalDue = balance;
      } else if (number > grace) {
        if (emi !== null) {
          const rest = emi.minus(own);
          if (rest.isNegative() || rest.gt(balance)) {
            principalDue = clampPrincipal(rest, balance);
          } else {
            principalDue = rest;
            // The common row: its total is the instalment itself, one shared Decimal.
            if (interest === own) total = emi;
          }
        } else if (flat && equalInstalments) {
          // Fineract rounds principal and interest to the multiple separately, so the instalment
          // is a multiple while principal still sums to the loan (lending-anchors §2, RS01).
          principalDue = clampPrincipal(flatShare.plus(roundToMultiple(own, rt.multiple, rt.nearestMode)).minus(own), balance);
        } else {
          // Equal principal is the loan divided evenly; like Fineract, instalment multiples do
          // not apply to it (its WE-4 table keeps 277.78 with multiples of 1).
          principalDue = clampPrincipal(share, balance);
        }
      }
    }
    const balanceAfter = balance.minus(principalDue);
    out[i] = {
      number,
      start: period.start,
      due: period.due,
      dueDate: period.dueDate,
      days: period.days,
      principal: principalDue,
      interest,
      ownInterest: own,
      segments: [segment],
      total: total ?? principalDue.plus(interest),
      balanceBefore: balance,
      balanceAfter,
    };
    balance = balanceAfter;
  }
  return out;
}

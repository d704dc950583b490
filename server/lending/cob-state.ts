import type Decimal from "decimal.js";
import { fromDayNumber, type IsoDate, toDayNumber } from "@/server/shared/dates";
import { formatAmount, maxMoney, Money, money, sumMoney, ZERO } from "@/server/shared/money";
import { addRatios, minRatio, sumRatios, toRatio, ZERO_RATIO } from "./exact-fraction";
import { computeEarnedBy, roundRatio } from "./interest";
import { getInterestOutstanding, getOutstanding, type LoanState } from "./loan-state";
import { projectRevolvingAccrual, type RevolvingLogEntry, type RevolvingTerms } from "./revolving-account";

/**
 * What close of business needs of a loan, computed by the lending engine whenever the ledger
 * changes, so the daily run reads a few columns instead of replaying every loan every day:
 * the interest accrued (and not yet due) as the account stands at the start of each coming day up
 * to its next due date, and the oldest unpaid due date (the account is late the day after it).
 */
export interface CobFields {
  accruedInterest: string;
  accrualFrom: IsoDate;
  accrualCurve: string[];
  oldestUnpaidDueDate: IsoDate | null;
}

const ONE = new Money(1);

/** Longest curve kept: the run recomputes an account whose curve ends before its next event. */
const MAX_CURVE_DAYS = 62;

/**
 * `computePayoff(state, d).interestAccrued` for every day d in [from, to], computed in one pass: the
 * terms that only change on a due date are summed once and only the instalments running through the
 * range are re-evaluated each day (a daily `computePayoff` re-sums the whole schedule every time).
 */
export function computeAccrualCurve(state: LoanState, from: number, to: number): Decimal[] {
  if (state.closedOn !== null) return Array.from({ length: to - from + 1 }, () => ZERO);
  const rows = state.instalments;
  const paidInterest = sumMoney(rows.map((r) => r.paidInterest));
  const running = rows.filter((r) => r.start < to && r.due > from);
  const curve: Decimal[] = [];
  for (let d = from; d <= to; d++) {
    let whole = ZERO;
    let interestDue = ZERO;
    for (const r of rows) {
      if (r.due > d) break;
      whole = whole.plus(r.ownInterest);
      interestDue = interestDue.plus(maxMoney(getInterestOutstanding(r), ZERO));
    }
    let partial = ZERO_RATIO;
    for (const r of running) {
      if (r.due <= d || r.start >= d) continue;
      const earned = sumRatios(r.segments.map((s) => computeEarnedBy(state.rt, s, d)));
      partial = addRatios(partial, minRatio(earned, toRatio(r.ownInterest, ONE)));
    }
    curve.push(maxMoney(whole.plus(roundRatio(state.rt, partial)).minus(paidInterest).minus(interestDue), ZERO));
  }
  return curve;
}

export function termCobFields(state: LoanState | null, asOf: IsoDate, decimals: number): CobFields {
  const zero = formatAmount(ZERO, decimals);
  if (!state || state.closedOn !== null) return { accruedInterest: zero, accrualFrom: asOf, accrualCurve: [zero], oldestUnpaidDueDate: null };
  const day = toDayNumber(asOf);
  const oldest = state.instalments.find((i) => getOutstanding(i).gt(0));
  const nextDue = state.instalments.find((i) => i.due > day)?.due ?? day;
  const last = Math.min(Math.max(nextDue, day), day + MAX_CURVE_DAYS);
  const curve = computeAccrualCurve(state, day, last).map((v) => formatAmount(v, decimals));
  return { accruedInterest: curve[0] ?? zero, accrualFrom: asOf, accrualCurve: curve, oldestUnpaidDueDate: oldest ? fromDayNumber(oldest.due) : null };
}

/** The last statement's demand: its minimum payment (past due included) and the part already late. */
export interface MinimumPaymentState {
  amount: string | null;
  dueDate: IsoDate | null;
  statementDate: IsoDate | null;
  pastDue: string | null;
  pastDueSince: IsoDate | null;
}

/** Repayments made after the statement, up to `asOf`: what counts towards its minimum payment. */
export function repaidSince(log: readonly RevolvingLogEntry[], since: IsoDate, asOf: IsoDate) {
  return log.reduce((sum, e) => (e.type === "repayment" && e.date > since && e.date <= asOf ? sum.plus(money(e.amount)) : sum), ZERO);
}

export function revolvingCobFields(terms: RevolvingTerms, log: readonly RevolvingLogEntry[], asOf: IsoDate, minimumPayment: MinimumPaymentState): CobFields {
  const curve = projectRevolvingAccrual(terms, log, asOf, 32);
  let oldestUnpaidDueDate: IsoDate | null = null;
  if (minimumPayment.amount && minimumPayment.dueDate && minimumPayment.statementDate) {
    // Payments after the statement settle the past-due part first: until it is covered, the account stays late since then.
    const paid = repaidSince(log, minimumPayment.statementDate, asOf);
    if (minimumPayment.pastDue && minimumPayment.pastDueSince && paid.lt(money(minimumPayment.pastDue))) oldestUnpaidDueDate = minimumPayment.pastDueSince;
    else if (paid.lt(money(minimumPayment.amount))) oldestUnpaidDueDate = minimumPayment.dueDate;
  }
  return { accruedInterest: curve[0] ?? "0", accrualFrom: asOf, accrualCurve: curve, oldestUnpaidDueDate };
}

import type Decimal from "decimal.js";
import { type IsoDate, fromDayNumber } from "@/server/shared/dates";
import { Money, ZERO, formatAmount, maxMoney, sumMoney } from "@/server/shared/money";
import { ZERO_RATIO, addRatios, minRatio, toRatio, sumRatios } from "./exact-fraction";
import { computeEarnedBy, roundRatio } from "./interest";
import type { ResolvedTerms } from "./resolved-terms";
import { type Schedule, type SchedulePlan, formatSchedule } from "./schedule";
import type { PlannedInstalment } from "./schedule-plan";

/**
 * A loan account's schedule in force and what has been paid against it. Every function here is
 * pure: it returns a new state and never mutates its argument, so a replay from scratch gives the
 * same answer every time.
 */

const ONE = new Money(1);

export interface InstalmentState extends PlannedInstalment {
  /** Fees charged to this instalment (see `chargeFee`). */
  fees: Decimal;
  paidPrincipal: Decimal;
  paidInterest: Decimal;
  paidFees: Decimal;
  /** The date on which the instalment became fully paid, if it is. */
  paidOn: IsoDate | null;
}

export interface LoanState {
  readonly rt: ResolvedTerms;
  readonly instalments: readonly InstalmentState[];
  /** Grace counts of the original terms, by instalment number. */
  readonly graceOnPrincipal: number;
  readonly graceOnInterestPayment: number;
  /** Money received beyond everything owed. */
  readonly overpaid: Decimal;
  /** The date on which the loan was paid off, if it was. */
  readonly closedOn: IsoDate | null;
}

/** A fresh state: the planned schedule with nothing paid. */
export function createLoanState(plan: SchedulePlan): LoanState {
  return {
    rt: plan.rt,
    instalments: plan.instalments.map((i) => ({
      ...i,
      fees: ZERO,
      paidPrincipal: ZERO,
      paidInterest: ZERO,
      paidFees: ZERO,
      paidOn: null,
    })),
    graceOnPrincipal: plan.rt.terms.graceOnPrincipal,
    graceOnInterestPayment: plan.rt.terms.graceOnInterestPayment,
    overpaid: ZERO,
    closedOn: null,
  };
}

export function getPrincipalOutstanding(i: InstalmentState): Decimal {
  return i.principal.minus(i.paidPrincipal);
}

export function getInterestOutstanding(i: InstalmentState): Decimal {
  return i.interest.minus(i.paidInterest);
}

export function getFeesOutstanding(i: InstalmentState): Decimal {
  return i.fees.minus(i.paidFees);
}

export function getOutstanding(i: InstalmentState): Decimal {
  return getPrincipalOutstanding(i).plus(getInterestOutstanding(i)).plus(getFeesOutstanding(i));
}

export function sumPrincipalOutstanding(state: LoanState): Decimal {
  return sumMoney(state.instalments.map(getPrincipalOutstanding));
}

/** Scheduled balances after each instalment, recomputed after principal moved between rows. */
export function recomputeBalances(instalments: readonly InstalmentState[]): InstalmentState[] {
  let balance = sumMoney(instalments.map((i) => i.principal));
  return instalments.map((i) => {
    const balanceBefore = balance;
    balance = balance.minus(i.principal);
    return { ...i, balanceBefore, balanceAfter: balance };
  });
}

/**
 * Interest earned up to `day` (exclusive): whole instalments whose due date has passed, plus the
 * part of each later instalment's own interest accrued so far, rounded once, never above that
 * instalment's own interest. Deferred (grace) interest is earned when its period runs, not when
 * it falls due.
 */
export function computeEarnedInterest(state: LoanState, day: number): Decimal {
  let whole = ZERO;
  let partial = ZERO_RATIO;
  for (const i of state.instalments) {
    if (i.due <= day) {
      whole = whole.plus(i.ownInterest);
    } else if (i.start < day) {
      const earned = sumRatios(i.segments.map((s) => computeEarnedBy(state.rt, s, day)));
      partial = addRatios(partial, minRatio(earned, toRatio(i.ownInterest, ONE)));
    }
  }
  return whole.plus(roundRatio(state.rt, partial));
}

/**
 * Charges a fee to the instalment whose period contains its date (the first one due on or after
 * it; the last one once the schedule has ended), so that it is collected, and becomes overdue,
 * with that instalment, as Fineract does for specified-due-date charges.
 */
export function chargeFee(state: LoanState, day: number, amount: Decimal): LoanState {
  const last = state.instalments.length - 1;
  const found = state.instalments.findIndex((i) => i.due >= day);
  const index = found < 0 ? last : found;
  const instalments = state.instalments.map((i, n) =>
    n === index ? { ...i, fees: i.fees.plus(amount), paidOn: null } : i,
  );
  // A fee charged after a payoff means the loan owes money again.
  return { ...state, instalments, closedOn: amount.gt(0) ? null : state.closedOn };
}

/** The schedule in force in the contract's format, fees included. */
export function formatStateSchedule(state: LoanState): Schedule {
  return formatSchedule(
    state.instalments.map((i) => ({ ...i, total: undefined })),
    state.rt.decimals,
  );
}

export type InstalmentStatus = "paid" | "overdue" | "partly_paid" | "due" | "upcoming";

/** A row's status on a date: overdue wins over partly paid; "due" means due that very day. */
export function getInstalmentStatus(i: InstalmentState, day: number): InstalmentStatus {
  const outstanding = getOutstanding(i);
  if (outstanding.lte(0)) return "paid";
  if (i.due < day) return "overdue";
  const paid = i.paidPrincipal.plus(i.paidInterest).plus(i.paidFees);
  if (paid.gt(0)) return "partly_paid";
  return i.due === day ? "due" : "upcoming";
}

export interface InstalmentView {
  number: number;
  dueDate: IsoDate;
  principal: string;
  interest: string;
  fees: string;
  total: string;
  paidPrincipal: string;
  paidInterest: string;
  paidFees: string;
  paidTotal: string;
  outstanding: string;
  status: InstalmentStatus;
  paidOn: IsoDate | null;
}

/** Per-instalment amounts, payments and status on `day`, as strings. */
export function viewInstalments(state: LoanState, day: number): InstalmentView[] {
  const d = state.rt.decimals;
  return state.instalments.map((i) => {
    const paid = i.paidPrincipal.plus(i.paidInterest).plus(i.paidFees);
    return {
      number: i.number,
      dueDate: fromDayNumber(i.due),
      principal: formatAmount(i.principal, d),
      interest: formatAmount(i.interest, d),
      fees: formatAmount(i.fees, d),
      total: formatAmount(i.principal.plus(i.interest).plus(i.fees), d),
      paidPrincipal: formatAmount(i.paidPrincipal, d),
      paidInterest: formatAmount(i.paidInterest, d),
      paidFees: formatAmount(i.paidFees, d),
      paidTotal: formatAmount(paid, d),
      outstanding: formatAmount(maxMoney(getOutstanding(i), ZERO), d),
      status: getInstalmentStatus(i, day),
      paidOn: i.paidOn,
    };
  });
}

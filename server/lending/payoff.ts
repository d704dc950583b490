import type Decimal from "decimal.js";
import { type IsoDate, toDayNumber } from "@/server/shared/dates";
import { ZERO, formatAmount, maxMoney, sumMoney } from "@/server/shared/money";
import { LendingInputError } from "./errors";
import {
  type LoanState,
  computeEarnedInterest,
  getFeesOutstanding,
  getInterestOutstanding,
  getPrincipalOutstanding,
} from "./loan-state";

/**
 * Payoff quote: what closes a term loan on a date. Interest of the current period is accrued up to
 * the date: pro rata of the period's interest by elapsed days for `same_as_repayment` (and flat
 * interest), balance × rate / days-in-year per elapsed day for `daily` (with the same holiday and
 * stop-interest rules as the schedule). Future periods' interest is not owed. The daily accrual
 * runs on the period's scheduled opening balance, the balance its interest was computed on: an
 * overdue borrower owes the schedule's interest, not interest on arrears (no penalty interest).
 */

export interface PayoffBreakdown {
  principal: Decimal;
  /** Interest of instalments due on or before the date, unpaid. */
  interestDue: Decimal;
  /** Interest earned but not yet due: the current period so far, plus deferred grace interest. */
  interestAccrued: Decimal;
  fees: Decimal;
  total: Decimal;
}

export interface PayoffQuote {
  date: IsoDate;
  principal: string;
  interestDue: string;
  interestAccrued: string;
  fees: string;
  total: string;
}

/** The payoff amounts on `day` as Decimals (allocation uses this to recognise a full repayment). */
export function computePayoff(state: LoanState, day: number): PayoffBreakdown {
  if (state.closedOn !== null) return { principal: ZERO, interestDue: ZERO, interestAccrued: ZERO, fees: ZERO, total: ZERO };
  const rows = state.instalments;
  const principal = sumMoney(rows.map(getPrincipalOutstanding));
  const interestDue = sumMoney(rows.filter((r) => r.due <= day).map((r) => maxMoney(getInterestOutstanding(r), ZERO)));
  const paidInterest = sumMoney(rows.map((r) => r.paidInterest));
  const interestAccrued = maxMoney(computeEarnedInterest(state, day).minus(paidInterest).minus(interestDue), ZERO);
  const fees = sumMoney(rows.map(getFeesOutstanding));
  return { principal, interestDue, interestAccrued, fees, total: principal.plus(interestDue).plus(interestAccrued).plus(fees) };
}

/** Quotes the amount that closes the loan on `date` (on or after its disbursement). */
export function quotePayoff(state: LoanState, date: IsoDate): PayoffQuote {
  const day = toDayNumber(date);
  if (day < state.rt.disbursement) {
    throw new LendingInputError("date", `must not be before the disbursement (${state.rt.terms.disbursementDate})`);
  }
  const quote = computePayoff(state, day);
  const d = state.rt.decimals;
  return {
    date,
    principal: formatAmount(quote.principal, d),
    interestDue: formatAmount(quote.interestDue, d),
    interestAccrued: formatAmount(quote.interestAccrued, d),
    fees: formatAmount(quote.fees, d),
    total: formatAmount(quote.total, d),
  };
}

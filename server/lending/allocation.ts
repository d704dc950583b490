import type Decimal from "decimal.js";
import { type IsoDate, toDayNumber } from "@/server/shared/dates";
import { ZERO, formatAmount, isDecimalString, minMoney, money, sumMoney } from "@/server/shared/money";
import { type EarlyRepaymentStrategy, applyEarlyRepayment } from "./early-repayment";
import { LendingInputError } from "./errors";
import { type InterestSegment, takeHead } from "./interest";
import {
  type InstalmentState,
  type LoanState,
  computeEarnedInterest,
  getFeesOutstanding,
  getInterestOutstanding,
  getOutstanding,
  getPrincipalOutstanding,
} from "./loan-state";
import { computePayoff } from "./payoff";

/**
 * Payment allocation: oldest instalment due first, within one fees → interest → principal (the
 * seed's order, Fineract's mifos-standard strategy without penalties). What exceeds everything due
 * on the payment date is an early repayment of principal under the product's strategy, unless it
 * pays the loan off, in which case only interest accrued to that date is charged.
 */

export interface InstalmentAllocation {
  number: number;
  principal: string;
  interest: string;
  fees: string;
}

export interface PaymentAllocation {
  date: IsoDate;
  amount: string;
  principal: string;
  interest: string;
  fees: string;
  /** Principal paid ahead of its due dates (part of `principal`). */
  prepaidPrincipal: string;
  /** Received beyond everything owed (the loan is closed). */
  overpaid: string;
  closesLoan: boolean;
  instalments: InstalmentAllocation[];
}

interface Portion {
  principal: Decimal;
  interest: Decimal;
  fees: Decimal;
}

const NOTHING: Portion = { principal: ZERO, interest: ZERO, fees: ZERO };

function sumOf(p: Portion): Decimal {
  return p.principal.plus(p.interest).plus(p.fees);
}

/** Pays one row fees → interest → principal (principal only when `withPrincipal`). */
function payRow(row: InstalmentState, available: Decimal, date: IsoDate, withPrincipal: boolean): { row: InstalmentState; paid: Portion } {
  const fees = minMoney(available, getFeesOutstanding(row));
  const interest = minMoney(available.minus(fees), getInterestOutstanding(row));
  const principal = withPrincipal ? minMoney(available.minus(fees).minus(interest), getPrincipalOutstanding(row)) : ZERO;
  const next = {
    ...row,
    paidFees: row.paidFees.plus(fees),
    paidInterest: row.paidInterest.plus(interest),
    paidPrincipal: row.paidPrincipal.plus(principal),
  };
  return { row: { ...next, paidOn: getOutstanding(next).lte(0) ? date : null }, paid: { principal, interest, fees } };
}

/** Closes the loan on `day`: the current instalment takes all principal, fees and earned interest. */
function payOff(state: LoanState, open: number, day: number, date: IsoDate): { state: LoanState; paid: Portion } {
  const rows = state.instalments;
  const current = rows[open];
  if (current === undefined) return { state, paid: NOTHING };
  const before = rows.slice(0, open);
  const later = rows.slice(open);
  const earned = computeEarnedInterest(state, day);
  const interest = earned.minus(sumMoney(before.map((r) => r.interest)));
  const ownInterest = earned.minus(sumMoney(before.map((r) => r.ownInterest)));
  const principal = sumMoney(later.map((r) => r.principal));
  const fees = sumMoney(later.map((r) => r.fees));
  const paid = {
    principal: principal.minus(sumMoney(later.map((r) => r.paidPrincipal))),
    interest: interest.minus(sumMoney(later.map((r) => r.paidInterest))),
    fees: fees.minus(sumMoney(later.map((r) => r.paidFees))),
  };
  const segments = current.segments.map((s) => takeHead(state.rt, s, day)).filter((s): s is InterestSegment => s !== null);
  const closed: InstalmentState = {
    ...current,
    principal,
    interest,
    ownInterest,
    segments,
    fees,
    total: principal.plus(interest),
    balanceAfter: ZERO,
    paidPrincipal: principal,
    paidInterest: interest,
    paidFees: fees,
    paidOn: date,
  };
  return { state: { ...state, instalments: [...before, closed], closedOn: date }, paid };
}

function parseAmount(amount: string, decimals: number): Decimal {
  if (!isDecimalString(amount)) throw new LendingInputError("amount", "must be a decimal amount written as a string");
  const value = money(amount);
  if (value.lte(0)) throw new LendingInputError("amount", "must be greater than 0");
  if (!value.toDecimalPlaces(decimals).eq(value)) {
    throw new LendingInputError("amount", `must have at most ${decimals} decimals`);
  }
  return value;
}

/** Allocates a payment received on `payment.date` and returns the breakdown and the new state. */
export function allocatePayment(
  state: LoanState,
  payment: { date: IsoDate; amount: string },
  strategy: EarlyRepaymentStrategy,
): { allocation: PaymentAllocation; state: LoanState } {
  const amount = parseAmount(payment.amount, state.rt.decimals);
  const day = toDayNumber(payment.date);
  if (day < state.rt.disbursement) {
    throw new LendingInputError("date", `must not be before the disbursement (${state.rt.terms.disbursementDate})`);
  }
  const perRow = new Map<number, Portion>();
  const record = (number: number, p: Portion) => {
    const prior = perRow.get(number) ?? NOTHING;
    perRow.set(number, { principal: prior.principal.plus(p.principal), interest: prior.interest.plus(p.interest), fees: prior.fees.plus(p.fees) });
  };
  // Pays rows in order from `from`: rows due by the payment date in full, or (ahead of their due
  // dates) only their interest and fees. Returns what is left of `available`.
  const payRows = (rows: InstalmentState[], from: number, available: Decimal, dueOnly: boolean): Decimal => {
    let left = available;
    for (let i = from; i < rows.length && left.gt(0); i += 1) {
      const row = rows[i];
      if (row === undefined || (dueOnly && row.due > day) || getOutstanding(row).lte(0)) continue;
      const result = payRow(row, left, payment.date, dueOnly);
      rows[i] = result.row;
      record(row.number, result.paid);
      left = left.minus(sumOf(result.paid));
    }
    return left;
  };

  let next = state;
  let remaining = amount;
  let prepaid = ZERO;
  if (state.closedOn === null) {
    const rows = [...state.instalments];
    remaining = payRows(rows, 0, remaining, true);
    next = { ...state, instalments: rows };
    const open = rows.findIndex((r) => r.due > day);
    if (remaining.gt(0) && open >= 0) {
      const payoff = computePayoff(next, day);
      if (remaining.gte(payoff.total)) {
        const closed = payOff(next, open, day, payment.date);
        record(rows[open]?.number ?? 0, closed.paid);
        next = closed.state;
        prepaid = closed.paid.principal;
        remaining = remaining.minus(sumOf(closed.paid));
      } else {
        prepaid = minMoney(remaining, payoff.principal);
        if (prepaid.gt(0)) {
          const before = new Map(next.instalments.map((r) => [r.number, r.paidPrincipal]));
          next = applyEarlyRepayment(next, day, prepaid, strategy);
          for (const r of next.instalments) {
            const advance = r.paidPrincipal.minus(before.get(r.number) ?? ZERO);
            if (!advance.isZero()) record(r.number, { principal: advance, interest: ZERO, fees: ZERO });
          }
        }
        // Left over only when the whole principal is prepaid but accrued interest or fees are not:
        // it goes to the open rows' interest and fees, ahead of their due dates.
        const rescheduled = [...next.instalments];
        remaining = payRows(rescheduled, open, remaining.minus(prepaid), false);
        next = { ...next, instalments: rescheduled };
      }
    }
  }
  const closesLoan = state.closedOn === null && sumOutstandingOfAll(next).lte(0);
  next = { ...next, overpaid: next.overpaid.plus(remaining), closedOn: closesLoan ? payment.date : next.closedOn };
  return { allocation: describe(next, payment, amount, perRow, { prepaid, overpaid: remaining, closesLoan }), state: next };
}

function sumOutstandingOfAll(state: LoanState): Decimal {
  return sumMoney(state.instalments.map(getOutstanding));
}

function describe(
  state: LoanState,
  payment: { date: IsoDate },
  amount: Decimal,
  perRow: Map<number, Portion>,
  outcome: { prepaid: Decimal; overpaid: Decimal; closesLoan: boolean },
): PaymentAllocation {
  const { prepaid, overpaid, closesLoan } = outcome;
  const d = state.rt.decimals;
  const portions = [...perRow.entries()].sort(([a], [b]) => a - b);
  const total = (pick: (p: Portion) => Decimal) => sumMoney(portions.map(([, p]) => pick(p)));
  const principal = total((p) => p.principal);
  return {
    date: payment.date,
    amount: formatAmount(amount, d),
    principal: formatAmount(principal, d),
    interest: formatAmount(total((p) => p.interest), d),
    fees: formatAmount(total((p) => p.fees), d),
    prepaidPrincipal: formatAmount(prepaid, d),
    overpaid: formatAmount(overpaid, d),
    closesLoan,
    instalments: portions.map(([number, p]) => ({
      number,
      principal: formatAmount(p.principal, d),
      interest: formatAmount(p.interest, d),
      fees: formatAmount(p.fees, d),
    })),
  };
}

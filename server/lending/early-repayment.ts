import type Decimal from "decimal.js";
import { type IsoDate, fromDayNumber, toDayNumber } from "@/server/shared/dates";
import { ZERO, minMoney, money, sumMoney } from "@/server/shared/money";
import { LendingInputError } from "./errors";
import { sumRatios } from "./exact-fraction";
import { type InterestSegment, takeHead, roundRatio, toSegmentRatio, takeTail } from "./interest";
import {
  type InstalmentState,
  type LoanState,
  getOutstanding,
  getPrincipalOutstanding,
  sumPrincipalOutstanding,
  recomputeBalances,
} from "./loan-state";
import { planInstalments } from "./schedule-plan";

/** The seed's two ways to re-schedule after an extra principal payment. */
export const EARLY_REPAYMENT_STRATEGIES = ["from_last_instalment", "reduced_instalments"] as const;
export type EarlyRepaymentStrategy = (typeof EARLY_REPAYMENT_STRATEGIES)[number];

/** A row left with nothing to pay, nothing paid and nothing earned (after a full prepayment). */
function isEmpty(row: InstalmentState): boolean {
  return row.principal.isZero() && row.interest.isZero() && row.ownInterest.isZero() && row.fees.isZero();
}

/**
 * from_last_instalment: the extra principal is paid into the last instalments first, whole
 * instalments being settled while it lasts: those lose their (future) interest, so the loan ends
 * earlier, and every other instalment keeps its principal and interest. Interest deferred onto a
 * settled instalment and fees charged to it move to the last instalment still open.
 */
function takeFromLast(rows: InstalmentState[], open: number, amount: Decimal, date: IsoDate): InstalmentState[] {
  const out = [...rows];
  let remaining = amount;
  let carriedInterest = ZERO;
  let carriedFees = ZERO;
  for (let j = out.length - 1; j >= open && remaining.gt(0); j -= 1) {
    const row = out[j];
    if (row === undefined || getPrincipalOutstanding(row).isZero()) continue;
    const cut = minMoney(remaining, getPrincipalOutstanding(row));
    remaining = remaining.minus(cut);
    const paidPrincipal = row.paidPrincipal.plus(cut);
    if (paidPrincipal.eq(row.principal) && j > open) {
      carriedInterest = carriedInterest.plus(row.interest.minus(row.ownInterest));
      carriedFees = carriedFees.plus(row.fees.minus(row.paidFees));
      const interest = row.paidInterest;
      out[j] = { ...row, paidPrincipal, interest, ownInterest: ZERO, segments: [], fees: row.paidFees, total: row.principal.plus(interest), paidOn: date };
    } else {
      out[j] = { ...row, paidPrincipal };
    }
  }
  if (carriedInterest.gt(0) || carriedFees.gt(0)) {
    let target = open;
    for (let j = out.length - 1; j > open; j -= 1) {
      if (out[j]?.paidOn === null) {
        target = j;
        break;
      }
    }
    const row = out[target];
    if (row !== undefined) out[target] = { ...row, interest: row.interest.plus(carriedInterest), fees: row.fees.plus(carriedFees), paidOn: null };
  }
  return out;
}

/**
 * reduced_instalments: the remaining instalments are re-computed from the remaining principal as a
 * new loan over the same dates (same count, remaining grace honoured). The current period earns
 * interest on the old balance up to the repayment date and on the new one after it.
 */
function recomputeRemaining(state: LoanState, open: number, day: number, amount: Decimal): InstalmentState[] {
  const { rt } = state;
  const rows = state.instalments;
  const current = rows[open];
  if (current === undefined) return [...rows];
  const offset = current.number - 1;
  const gInterest = state.graceOnInterestPayment;
  const deferred =
    current.number <= gInterest + 1
      ? sumMoney(rows.slice(0, open).filter((r) => r.number <= gInterest).map((r) => r.ownInterest))
      : ZERO;
  const remainingRows = rows.slice(open);
  // Principal already prepaid into these rows stays recorded on the current one, with this payment.
  const prepaid = sumMoney(remainingRows.map((r) => r.paidPrincipal)).plus(amount);
  const planned = planInstalments(rt, {
    principal: sumMoney(remainingRows.map(getPrincipalOutstanding)).minus(amount),
    periods: remainingRows.map((r) => ({ number: r.number, start: r.start, due: r.due, dueDate: r.dueDate, days: r.days })),
    graceOnPrincipal: Math.max(0, state.graceOnPrincipal - offset),
    graceOnInterestPayment: Math.max(0, gInterest - offset),
    deferredInterest: deferred,
  });
  const rebuilt = planned.map((p, i): InstalmentState => {
    const old = remainingRows[i] ?? current;
    return { ...old, ...p, number: old.number, total: p.total, paidPrincipal: ZERO };
  });
  const first = rebuilt[0];
  if (first !== undefined) {
    const segments = [
      ...current.segments.map((s) => takeHead(rt, s, day)),
      ...first.segments.map((s) => takeTail(rt, s, day)),
    ].filter((s): s is InterestSegment => s !== null);
    const own = roundRatio(rt, sumRatios(segments.map(toSegmentRatio)));
    const principal = first.principal.plus(prepaid);
    rebuilt[0] = { ...first, segments, ownInterest: own, principal, paidPrincipal: prepaid };
    // The change in the current period's interest is payable where that period's interest is:
    // with it, or with the first instalment after a grace that is still running.
    const payableAt = Math.max(0, gInterest - offset);
    const target = rebuilt[payableAt];
    if (target !== undefined) {
      const interest = target.interest.plus(own.minus(first.ownInterest));
      rebuilt[payableAt] = { ...target, interest, total: target.principal.plus(interest) };
    }
    const head = rebuilt[0];
    if (head !== undefined) rebuilt[0] = { ...head, total: head.principal.plus(head.interest) };
  }
  return [...rows.slice(0, open), ...rebuilt];
}

/**
 * Applies an extra principal payment made on `day` (everything due by then must be paid) and
 * re-schedules under `strategy`. The payment is recorded as principal paid in advance on the rows
 * it settles, so every row's principal still sums to the loan and the principal outstanding drops
 * by exactly `amount`.
 */
export function applyEarlyRepayment(
  state: LoanState,
  day: number,
  amount: Decimal,
  strategy: EarlyRepaymentStrategy,
): LoanState {
  const open = state.instalments.findIndex((r) => r.due > day);
  if (open < 0) throw new LendingInputError("date", "an early repayment needs an instalment falling due after it");
  if (state.instalments.slice(0, open).some((r) => getOutstanding(r).gt(0))) {
    throw new LendingInputError("date", "everything due by the early repayment must be paid first");
  }
  if (amount.lte(0)) throw new LendingInputError("amount", "must be greater than 0");
  if (amount.gt(sumPrincipalOutstanding(state))) {
    throw new LendingInputError("amount", "must not exceed the principal outstanding");
  }
  const rows =
    strategy === "from_last_instalment"
      ? takeFromLast([...state.instalments], open, amount, fromDayNumber(day))
      : recomputeRemaining(state, open, day, amount);
  // Rows are only dropped once nothing at all is left to repay; a grace row of a 0 % loan is
  // empty too, yet it still counts for the remaining grace.
  const settled = rows.every((r) => getPrincipalOutstanding(r).isZero());
  const kept = settled ? rows.filter((r, i) => i <= open || !isEmpty(r)) : rows;
  return { ...state, instalments: recomputeBalances(kept) };
}

/** String-level wrapper: the re-scheduled state after paying `amount` of principal early on `date`. */
export function rescheduleEarlyRepayment(
  state: LoanState,
  payment: { date: IsoDate; amount: string },
  strategy: EarlyRepaymentStrategy,
): LoanState {
  return applyEarlyRepayment(state, toDayNumber(payment.date), money(payment.amount), strategy);
}

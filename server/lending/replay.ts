import type Decimal from "decimal.js";
import { type IsoDate, isIsoDate, toDayNumber } from "@/server/shared/dates";
import { ZERO, formatAmount, isDecimalString, money, sumMoney } from "@/server/shared/money";
import { type PaymentAllocation, allocatePayment } from "./allocation";
import type { DayRange } from "./day-count";
import type { EarlyRepaymentStrategy } from "./early-repayment";
import { LoanReplayError } from "./errors";
import {
  type InstalmentView,
  type LoanState,
  chargeFee,
  createLoanState,
  getFeesOutstanding,
  formatStateSchedule,
  getInterestOutstanding,
  getOutstanding,
  getPrincipalOutstanding,
  viewInstalments,
} from "./loan-state";
import { computePayoff } from "./payoff";
import { type Schedule, formatSchedule, planSchedule } from "./schedule";
import { parseScheduleTerms } from "./schedule-terms";

/**
 * Replays a loan account from its terms and its transaction log, from scratch: the same inputs
 * always give the same balances, so a revert is simply "replay without it" (Fineract's
 * reverse-and-replay, lending-anchors §1.4).
 */

interface TransactionBase {
  id: string;
  date: IsoDate;
  /** Reverted transactions stay in the log and are skipped here. */
  reverted?: boolean;
}

export type LoanTransaction = TransactionBase &
  (
    | { type: "disbursement"; amount: string }
    | { type: "repayment"; amount: string }
    | { type: "fee"; amount: string; name?: string }
    | { type: "interest_stop" }
    | { type: "interest_start" }
  );

export interface ReplayOptions {
  earlyRepaymentStrategy: EarlyRepaymentStrategy;
}

export interface LoanBalances {
  principalOutstanding: string;
  /** Scheduled interest not yet paid (the whole schedule in force). */
  interestOutstanding: string;
  feesOutstanding: string;
  totalOutstanding: string;
  /** Everything due on or before the as-of date and unpaid. */
  dueNow: string;
  /** Due before the as-of date and unpaid. */
  overdue: string;
  daysOverdue: number;
  /** Interest earned by the as-of date and not yet due. */
  interestAccrued: string;
  /** What closes the loan on the as-of date. */
  payoff: string;
  paidPrincipal: string;
  paidInterest: string;
  paidFees: string;
}

export interface RepaymentOutcome {
  transactionId: string;
  allocation: PaymentAllocation;
}

export interface LoanReplay {
  asOf: IsoDate;
  disbursed: boolean;
  /** Engine state, for `quotePayoff` and further allocation; null before disbursement. */
  state: LoanState | null;
  schedule: Schedule | null;
  originalSchedule: Schedule | null;
  instalments: InstalmentView[];
  balances: LoanBalances;
  repayments: RepaymentOutcome[];
  closedOn: IsoDate | null;
  overpaid: string;
  interestStopped: boolean;
}

function amountOf(tx: TransactionBase & { amount: string }): Decimal {
  if (!isDecimalString(tx.amount) || money(tx.amount).lte(0)) {
    throw new LoanReplayError(tx.id, "amount must be a positive decimal written as a string");
  }
  return money(tx.amount);
}

/** Interest-stop ranges from stop/start transactions; a stop never restarted runs on for ever. */
function stopRanges(log: readonly LoanTransaction[]): DayRange[] {
  const ranges: DayRange[] = [];
  let openFrom: number | null = null;
  for (const tx of log) {
    if (tx.type === "interest_stop" && openFrom === null) openFrom = toDayNumber(tx.date);
    if (tx.type === "interest_start" && openFrom !== null) {
      const to = toDayNumber(tx.date);
      if (to > openFrom) ranges.push({ from: openFrom, to });
      openFrom = null;
    }
  }
  if (openFrom !== null) ranges.push({ from: openFrom, to: Number.POSITIVE_INFINITY });
  return ranges;
}

/** The applied transactions up to `asOf`, in date order (same-day ones keep their log order). */
function orderedLog(transactions: readonly LoanTransaction[], asOf: IsoDate): LoanTransaction[] {
  for (const tx of transactions) {
    if (!isIsoDate(tx.date)) throw new LoanReplayError(tx.id, `date "${tx.date}" is not a YYYY-MM-DD date`);
  }
  const applied = transactions.filter((tx) => tx.reverted !== true && tx.date <= asOf);
  return applied.map((tx, i) => ({ tx, i })).sort((a, b) => (a.tx.date === b.tx.date ? a.i - b.i : a.tx.date < b.tx.date ? -1 : 1)).map((x) => x.tx);
}

/**
 * Balances, schedule in force and per-instalment status of a loan on `asOf`, from its terms (the
 * schedule contract; principal and disbursement date come from the disbursement transaction) and
 * every transaction. Throws `LoanReplayError` for a log that cannot have happened.
 */
export function replayLoan(
  termsInput: unknown,
  transactions: readonly LoanTransaction[],
  asOf: IsoDate,
  options: ReplayOptions,
): LoanReplay {
  if (!isIsoDate(asOf)) throw new LoanReplayError("(asOf)", `"${asOf}" is not a YYYY-MM-DD date`);
  const log = orderedLog(transactions, asOf);
  const disbursements = log.filter((tx) => tx.type === "disbursement");
  const first = log[0];
  const extra = disbursements[1];
  if (extra !== undefined) throw new LoanReplayError(extra.id, "a term loan is disbursed once");
  if (first !== undefined && first.type !== "disbursement" && disbursements.length > 0) {
    throw new LoanReplayError(first.id, "nothing can happen to a loan before its disbursement");
  }
  const disbursement = disbursements[0];
  if (disbursement === undefined || disbursement.type !== "disbursement") {
    const stray = log.find((tx) => tx.type === "repayment" || tx.type === "fee");
    if (stray !== undefined) throw new LoanReplayError(stray.id, "the loan has not been disbursed");
    return notDisbursed(asOf, decimalsOf(termsInput));
  }
  const base = typeof termsInput === "object" && termsInput !== null ? termsInput : {};
  const terms = parseScheduleTerms({ ...base, principal: amountOf(disbursement).toFixed(), disbursementDate: disbursement.date });
  const stops = stopRanges(log);
  const plan = planSchedule(terms, stops);
  let state = createLoanState(plan);
  const repayments: RepaymentOutcome[] = [];
  for (const tx of log) {
    if (tx.type === "fee") state = chargeFee(state, toDayNumber(tx.date), amountOf(tx));
    if (tx.type === "repayment") {
      const result = allocatePayment(state, { date: tx.date, amount: tx.amount }, options.earlyRepaymentStrategy);
      state = result.state;
      repayments.push({ transactionId: tx.id, allocation: result.allocation });
    }
  }
  const day = toDayNumber(asOf);
  return {
    asOf,
    disbursed: true,
    state,
    schedule: formatStateSchedule(state),
    originalSchedule: formatSchedule(plan.instalments, terms.currencyDecimals),
    instalments: viewInstalments(state, day),
    balances: balancesOf(state, day, repayments),
    repayments,
    closedOn: state.closedOn,
    overpaid: formatAmount(state.overpaid, terms.currencyDecimals),
    interestStopped: stops.some((s) => s.from <= day && day < s.to),
  };
}

function balancesOf(state: LoanState, day: number, repayments: readonly RepaymentOutcome[]): LoanBalances {
  const rows = state.instalments;
  const d = state.rt.decimals;
  const principal = sumMoney(rows.map(getPrincipalOutstanding));
  const interest = sumMoney(rows.map(getInterestOutstanding));
  const fees = sumMoney(rows.map(getFeesOutstanding));
  const overdueRows = rows.filter((r) => r.due < day && getOutstanding(r).gt(0));
  const oldest = overdueRows[0];
  const payoff = computePayoff(state, day);
  const paid = (pick: (a: PaymentAllocation) => string) => sumMoney(repayments.map((r) => money(pick(r.allocation))));
  return {
    principalOutstanding: formatAmount(principal, d),
    interestOutstanding: formatAmount(interest, d),
    feesOutstanding: formatAmount(fees, d),
    totalOutstanding: formatAmount(principal.plus(interest).plus(fees), d),
    dueNow: formatAmount(sumMoney(rows.filter((r) => r.due <= day).map(getOutstanding)), d),
    overdue: formatAmount(sumMoney(overdueRows.map(getOutstanding)), d),
    daysOverdue: oldest === undefined ? 0 : day - oldest.due,
    interestAccrued: formatAmount(payoff.interestAccrued, d),
    payoff: formatAmount(payoff.total, d),
    paidPrincipal: formatAmount(paid((a) => a.principal), d),
    paidInterest: formatAmount(paid((a) => a.interest), d),
    paidFees: formatAmount(paid((a) => a.fees), d),
  };
}

function decimalsOf(termsInput: unknown): number {
  if (typeof termsInput !== "object" || termsInput === null || !("currencyDecimals" in termsInput)) return 2;
  const value = termsInput.currencyDecimals;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4 ? value : 2;
}

function notDisbursed(asOf: IsoDate, decimals: number): LoanReplay {
  const zero = formatAmount(ZERO, decimals);
  return {
    asOf,
    disbursed: false,
    state: null,
    schedule: null,
    originalSchedule: null,
    instalments: [],
    balances: {
      principalOutstanding: zero,
      interestOutstanding: zero,
      feesOutstanding: zero,
      totalOutstanding: zero,
      dueNow: zero,
      overdue: zero,
      daysOverdue: 0,
      interestAccrued: zero,
      payoff: zero,
      paidPrincipal: zero,
      paidInterest: zero,
      paidFees: zero,
    },
    repayments: [],
    closedOn: null,
    overpaid: zero,
    interestStopped: false,
  };
}

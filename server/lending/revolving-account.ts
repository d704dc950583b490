import type Decimal from "decimal.js";
import { addDays, type IsoDate } from "@/server/shared/dates";
import { formatAmount, minMoney, money, roundMoney, ZERO } from "@/server/shared/money";
import { accrueInterest } from "./accrual";
import type { DaysInYear } from "./day-count";
import { LoanReplayError } from "./errors";

/**
 * A revolving credit line replayed from its transactions: interest accrues by the day on the drawn
 * principal; a repayment pays fees, then interest accrued to its date, then principal. Statements
 * (close of business) later capitalise the accrued interest once a month; until then it is carried.
 */
export interface RevolvingTerms {
  creditLimit: string;
  annualInterestRate: string;
  daysInYear: DaysInYear;
  currencyDecimals: number;
}

export type RevolvingLogEntry =
  | { id: string; date: IsoDate; type: "disbursement" | "repayment" | "fee"; amount: string }
  | { id: string; date: IsoDate; type: "interest_stop" | "interest_start"; amount?: undefined };

export interface RevolvingAllocation {
  transactionId: string;
  principal: string;
  interest: string;
  fees: string;
}

export interface RevolvingPosition {
  principalOutstanding: string;
  interestAccrued: string;
  feesOutstanding: string;
  totalOutstanding: string;
  availableCredit: string;
  allocations: RevolvingAllocation[];
  /** Principal outstanding after each transaction, for the balance chart. */
  history: Array<{ date: IsoDate; principal: string }>;
}

interface Running {
  principal: Decimal;
  /** Exact (unrounded) accrued interest: rounding happens when it is paid or shown. */
  interest: Decimal;
  fees: Decimal;
  since: IsoDate;
  stopped: boolean;
}

function accrueTo(state: Running, terms: RevolvingTerms, date: IsoDate): void {
  if (!state.stopped && date > state.since && state.principal.gt(0)) {
    const accrual = accrueInterest({
      balance: state.principal.toFixed(),
      annualInterestRate: terms.annualInterestRate,
      from: state.since,
      to: date,
      daysInYear: terms.daysInYear,
      daysInMonth: "actual",
      interestOnHolidays: true,
      currencyDecimals: terms.currencyDecimals,
    });
    state.interest = state.interest.plus(money(accrual.exact));
  }
  if (date > state.since) state.since = date;
}

/** Replays the line to `asOf`; throws LoanReplayError for a draw beyond the limit or an overpayment. */
export function replayRevolving(terms: RevolvingTerms, log: readonly RevolvingLogEntry[], asOf: IsoDate): RevolvingPosition {
  return run(terms, log, asOf).position;
}

/**
 * The accrued interest (rounded) as the line would stand at the start of each of the `days` days
 * from `asOf`, with no new transaction: one replay, then the accrual of each day on the balance.
 */
export function projectRevolvingAccrual(terms: RevolvingTerms, log: readonly RevolvingLogEntry[], asOf: IsoDate, days: number): string[] {
  const { state } = run(terms, log, asOf);
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const probe: Running = { ...state };
    accrueTo(probe, terms, addDays(asOf, i));
    out.push(formatAmount(roundMoney(probe.interest, terms.currencyDecimals), terms.currencyDecimals));
  }
  return out;
}

function run(terms: RevolvingTerms, log: readonly RevolvingLogEntry[], asOf: IsoDate): { state: Running; position: RevolvingPosition } {
  const d = terms.currencyDecimals;
  const limit = money(terms.creditLimit);
  const round = (v: Decimal) => roundMoney(v, d);
  const start = log[0]?.date ?? asOf;
  const state: Running = { principal: ZERO, interest: ZERO, fees: ZERO, since: start, stopped: false };
  const allocations: RevolvingAllocation[] = [];
  const history: RevolvingPosition["history"] = [];
  for (const tx of [...log].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (tx.date > asOf) break;
    accrueTo(state, terms, tx.date);
    if (tx.amount === undefined) {
      state.stopped = tx.type === "interest_stop";
      continue;
    }
    const amount = money(tx.amount);
    if (tx.type === "disbursement") {
      const available = limit.minus(state.principal).minus(state.fees).minus(round(state.interest));
      if (amount.gt(available)) throw new LoanReplayError(tx.id, `exceeds the available credit of ${formatAmount(available, d)}`);
      state.principal = state.principal.plus(amount);
    } else if (tx.type === "fee") {
      state.fees = state.fees.plus(amount);
    } else {
      const interestDue = round(state.interest);
      const owed = state.fees.plus(interestDue).plus(state.principal);
      if (amount.gt(owed)) throw new LoanReplayError(tx.id, `exceeds the payoff amount of ${formatAmount(owed, d)}`);
      const fees = minMoney(amount, state.fees);
      const interest = minMoney(amount.minus(fees), interestDue);
      const principal = amount.minus(fees).minus(interest);
      state.fees = state.fees.minus(fees);
      state.interest = interest.equals(interestDue) ? ZERO : state.interest.minus(interest);
      state.principal = state.principal.minus(principal);
      allocations.push({ transactionId: tx.id, principal: formatAmount(principal, d), interest: formatAmount(interest, d), fees: formatAmount(fees, d) });
    }
    history.push({ date: tx.date, principal: formatAmount(state.principal, d) });
  }
  accrueTo(state, terms, asOf);
  const interest = round(state.interest);
  const total = state.principal.plus(interest).plus(state.fees);
  return {
    state,
    position: {
      principalOutstanding: formatAmount(state.principal, d),
      interestAccrued: formatAmount(interest, d),
      feesOutstanding: formatAmount(state.fees, d),
      totalOutstanding: formatAmount(total, d),
      availableCredit: formatAmount(limit.minus(total), d),
      allocations,
      history,
    },
  };
}

import { daysBetween, type IsoDate } from "@/server/shared/dates";
import { revolvingCobFields, termCobFields, type CobFields, type MinimumPaymentState } from "./cob-state";
import { formatAmount, money, ZERO } from "@/server/shared/money";
import type { EarlyRepaymentStrategy } from "./early-repayment";
import type { InstalmentView, LoanState } from "./loan-state";
import { replayLoan, type LoanTransaction } from "./replay";
import { replayRevolving, type RevolvingLogEntry, type RevolvingTerms } from "./revolving-account";
import type { Schedule } from "./schedule";

/**
 * One view of a loan account on a date, whatever its product: term loans replay their schedule,
 * revolving lines their drawn balance. Built from the account's frozen terms and its transaction
 * log only, so reads, postings and reverts all see the same numbers.
 */
export interface LedgerEntry {
  id: string;
  type: "disbursement" | "repayment" | "fee" | "interest_stop" | "interest_start" | "write_off";
  amount: string;
  valueDate: IsoDate;
  status: "applied" | "reverted";
}

export interface AccountTerms {
  type: "term_loan" | "revolving_credit";
  terms: Record<string, unknown>;
  earlyRepaymentStrategy: EarlyRepaymentStrategy;
  approvedAmount: string;
  currencyDecimals: number;
  /** Revolving: the last statement's minimum payment, which makes the account late if unpaid. */
  minimumPayment?: MinimumPaymentState;
}

export interface Portions {
  principal: string;
  interest: string;
  fees: string;
  /** Principal paid ahead of its due dates: the schedule was re-computed. */
  prepaidPrincipal: string;
}

export interface LoanPosition {
  asOf: IsoDate;
  disbursed: boolean;
  principalOutstanding: string;
  interestOutstanding: string;
  feesOutstanding: string;
  totalOutstanding: string;
  dueNow: string;
  overdue: string;
  daysOverdue: number;
  interestAccrued: string;
  payoff: string;
  nextDueDate: IsoDate | null;
  availableCredit: string | null;
  /** Term loans: repaid in full by the log. */
  repaidInFull: boolean;
  interestStopped: boolean;
  instalments: InstalmentView[];
  schedule: Schedule | null;
  originalSchedule: Schedule | null;
  portions: Map<string, Portions>;
  /** Principal outstanding after each transaction, for the chart. */
  principalHistory: Array<{ date: IsoDate; principal: string }>;
  /** The engine state of a term loan, for payoff quotes on other dates. */
  termState: LoanState | null;
  /** What close of business reads (accrual curve, oldest unpaid due date). */
  cob: CobFields;
}

const NO_MINIMUM: MinimumPaymentState = { amount: null, dueDate: null, statementDate: null, pastDue: null, pastDueSince: null };

function revolvingTermsOf(account: AccountTerms): RevolvingTerms {
  const rate = account.terms.annualInterestRate;
  const daysInYear = account.terms.daysInYear;
  return {
    creditLimit: account.approvedAmount,
    annualInterestRate: typeof rate === "string" ? rate : "0",
    daysInYear: daysInYear === "360" || daysInYear === "364" || daysInYear === "365" ? daysInYear : "actual",
    currencyDecimals: account.currencyDecimals,
  };
}

export function positionOf(account: AccountTerms, entries: readonly LedgerEntry[], asOf: IsoDate): LoanPosition {
  const applied = entries.filter((e) => e.status === "applied" && e.type !== "write_off");
  const zero = formatAmount(ZERO, account.currencyDecimals);
  if (account.type === "revolving_credit") {
    const log = applied.map((e): RevolvingLogEntry => {
      switch (e.type) {
        case "interest_stop":
        case "interest_start":
          return { id: e.id, date: e.valueDate, type: e.type };
        case "disbursement":
        case "repayment":
        case "fee":
          return { id: e.id, date: e.valueDate, type: e.type, amount: e.amount };
        case "write_off":
          throw new Error("write-offs are not replayed");
      }
    });
    const revolvingTerms = revolvingTermsOf(account);
    const line = replayRevolving(revolvingTerms, log, asOf);
    const cob = revolvingCobFields(revolvingTerms, log, asOf, account.minimumPayment ?? NO_MINIMUM);
    const overdue = cob.oldestUnpaidDueDate !== null && cob.oldestUnpaidDueDate < asOf;
    const lastStop = [...applied].reverse().find((e) => e.type === "interest_stop" || e.type === "interest_start");
    return {
      asOf,
      disbursed: applied.some((e) => e.type === "disbursement"),
      principalOutstanding: line.principalOutstanding,
      interestOutstanding: line.interestAccrued,
      feesOutstanding: line.feesOutstanding,
      totalOutstanding: line.totalOutstanding,
      dueNow: account.minimumPayment?.amount && cob.oldestUnpaidDueDate ? account.minimumPayment.amount : zero,
      overdue: overdue && account.minimumPayment?.amount ? account.minimumPayment.amount : zero,
      daysOverdue: overdue && cob.oldestUnpaidDueDate ? daysBetween(cob.oldestUnpaidDueDate, asOf) : 0,
      interestAccrued: line.interestAccrued,
      payoff: line.totalOutstanding,
      nextDueDate: cob.oldestUnpaidDueDate,
      availableCredit: line.availableCredit,
      repaidInFull: false,
      interestStopped: lastStop?.type === "interest_stop",
      instalments: [],
      schedule: null,
      originalSchedule: null,
      portions: new Map(line.allocations.map((a) => [a.transactionId, { principal: a.principal, interest: a.interest, fees: a.fees, prepaidPrincipal: zero }])),
      principalHistory: line.history,
      termState: null,
      cob,
    };
  }
  const log: LoanTransaction[] = applied.map((e) =>
    e.type === "interest_stop" || e.type === "interest_start"
      ? { id: e.id, date: e.valueDate, type: e.type }
      : e.type === "fee"
        ? { id: e.id, date: e.valueDate, type: "fee", amount: e.amount }
        : { id: e.id, date: e.valueDate, type: e.type === "disbursement" ? "disbursement" : "repayment", amount: e.amount },
  );
  const replay = replayLoan(account.terms, log, asOf, { earlyRepaymentStrategy: account.earlyRepaymentStrategy });
  const b = replay.balances;
  const portions = new Map<string, Portions>(
    replay.repayments.map((r) => [r.transactionId, { principal: r.allocation.principal, interest: r.allocation.interest, fees: r.allocation.fees, prepaidPrincipal: r.allocation.prepaidPrincipal }]),
  );
  const history: LoanPosition["principalHistory"] = [];
  let principal = ZERO;
  for (const e of applied) {
    if (e.type === "disbursement") principal = money(e.amount);
    else if (e.type === "repayment") principal = principal.minus(money(portions.get(e.id)?.principal ?? "0"));
    else continue;
    history.push({ date: e.valueDate, principal: formatAmount(principal, account.currencyDecimals) });
  }
  const next = replay.instalments.find((i) => i.status !== "paid" && i.dueDate >= asOf);
  return {
    asOf,
    disbursed: replay.disbursed,
    principalOutstanding: b.principalOutstanding,
    interestOutstanding: b.interestOutstanding,
    feesOutstanding: b.feesOutstanding,
    totalOutstanding: b.totalOutstanding,
    dueNow: b.dueNow,
    overdue: b.overdue,
    daysOverdue: b.daysOverdue,
    interestAccrued: b.interestAccrued,
    payoff: b.payoff,
    nextDueDate: next?.dueDate ?? null,
    availableCredit: null,
    repaidInFull: replay.disbursed && replay.closedOn !== null,
    interestStopped: replay.interestStopped,
    instalments: replay.instalments,
    schedule: replay.schedule,
    originalSchedule: replay.originalSchedule,
    portions,
    principalHistory: history,
    termState: replay.state,
    cob: termCobFields(replay.state, asOf, account.currencyDecimals),
  };
}

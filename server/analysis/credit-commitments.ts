import type Decimal from "decimal.js";
import type { LabelCode } from "@/server/banking/taxonomy";
import { Money, ZERO } from "@/server/shared/money";
import { formatMoney, medianOf, ratioOf } from "./amounts";
import type { AnalysisContext, PreparedTransaction } from "./context";
import { counterpartyKey, descriptionRoot } from "./counterparty-key";
import { DEBT_LABELS } from "./labels";
import { detectRegularity, isActiveAt, MONTHLY_BAND, type Periodicity } from "./regularity";

/**
 * Credit commitments (README "Credit commitments"). Debt-service debits (loan, mortgage,
 * buy-now-pay-later; see DEBT_LABELS for why card settlements are not), rejected ones left out (Algoan's rule), are grouped by label
 * and lender; within a lender, every instalment amount paid at least twice is one contract
 * (a fixed instalment), and the remaining payments form one contract per description wording (a
 * revolving card's varying instalments, or a loan seen once). A contract is *new* when its first
 * payment comes later than one period after the window's start, *stopped* when no payment came
 * within one period (plus 5 days) of the window's end. The debt-service ratio is the monthly
 * amount of the contracts still running over the average full-month income.
 */
export type CommitmentKind = "consumer_credit" | "mortgage" | "buy_now_pay_later";
export type CommitmentStatus = "ongoing" | "new" | "stopped" | "new_and_stopped";

export interface CreditCommitment {
  readonly id: string;
  readonly lender: string;
  readonly kind: CommitmentKind;
  readonly label: LabelCode;
  readonly instalment_type: "fixed" | "varying";
  readonly typical_instalment: string;
  readonly monthly_amount: string;
  readonly total_paid: string;
  readonly payment_count: number;
  readonly rejected_payment_count: number;
  readonly periodicity: Periodicity;
  readonly accuracy: number;
  readonly first_payment_date: string;
  readonly last_payment_date: string;
  readonly status: CommitmentStatus;
  readonly transaction_ids: readonly string[];
  readonly rejected_transaction_ids: readonly string[];
}

export interface Contract {
  readonly lender: string;
  readonly label: LabelCode;
  readonly fixed: boolean;
  readonly payments: readonly PreparedTransaction[];
  readonly rejected: readonly PreparedTransaction[];
}

const KIND: Partial<Record<LabelCode, CommitmentKind>> = {
  loan_repayment: "consumer_credit",
  mortgage: "mortgage",
  bnpl: "buy_now_pay_later",
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Splits the debt-service debits into contracts (see the module comment). */
export function detectContracts(context: AnalysisContext): Contract[] {
  const byLender = new Map<string, PreparedTransaction[]>();
  for (const t of context.transactions) {
    if (t.isCredit || !DEBT_LABELS.has(t.info.code)) continue;
    push(byLender, `${t.info.code}|${counterpartyKey(t.source)}`, t);
  }
  const contracts: Contract[] = [];
  for (const [key, debits] of [...byLender].sort((a, b) => a[0].localeCompare(b[0]))) {
    const [label, lender] = [debits[0]?.info.code ?? "loan_repayment", key.slice(key.indexOf("|") + 1)];
    const paid = debits.filter((t) => !t.wasReturned);
    const rejected = debits.filter((t) => t.wasReturned);
    const byAmount = new Map<string, PreparedTransaction[]>();
    for (const t of paid) push(byAmount, t.amount.abs().toString(), t);
    const leftovers = new Map<string, PreparedTransaction[]>();
    for (const [amount, payments] of [...byAmount].sort((a, b) => new Money(a[0]).comparedTo(new Money(b[0])))) {
      if (payments.length >= 2) contracts.push({ lender, label, fixed: true, payments, rejected: rejected.filter((r) => r.amount.abs().toString() === amount) });
      else for (const t of payments) push(leftovers, descriptionRoot(t.source.description, 4), t);
    }
    for (const [, payments] of [...leftovers].sort((a, b) => a[0].localeCompare(b[0]))) {
      contracts.push({ lender, label, fixed: false, payments: [...payments].sort((a, b) => a.day - b.day), rejected: [] });
    }
  }
  return contracts;
}

/** A contract's payments as a monthly amount: the typical instalment scaled to 30.44 days. */
export function contractMonthlyAmount(contract: Contract): Decimal {
  const typical = medianOf(contract.payments.map((t) => t.amount.abs())) ?? ZERO;
  const band = detectRegularity(contract.payments.map((t) => t.day)).band ?? MONTHLY_BAND;
  return band.months === 1 ? typical : typical.mul(new Money("30.44")).div(new Money(band.nominalDays));
}

/** The output form of a contract, with its status in the window. */
export function describeContract(context: AnalysisContext, contract: Contract, index: number): CreditCommitment {
  const { window, decimals } = context;
  const regularity = detectRegularity(contract.payments.map((t) => t.day));
  const band = regularity.band ?? MONTHLY_BAND;
  const first = contract.payments[0];
  const last = contract.payments[contract.payments.length - 1];
  const isNew = (first?.day ?? window.startDay) - window.startDay > band.maxDays;
  const isActive = isActiveAt(regularity.band, last?.day ?? window.startDay, window.endDay);
  return {
    id: `cc-${index + 1}`,
    lender: contract.lender,
    kind: KIND[contract.label] ?? "consumer_credit",
    label: contract.label,
    instalment_type: contract.fixed ? "fixed" : "varying",
    typical_instalment: formatMoney(medianOf(contract.payments.map((t) => t.amount.abs())) ?? ZERO, decimals),
    monthly_amount: formatMoney(contractMonthlyAmount(contract), decimals),
    total_paid: formatMoney(contract.payments.reduce((sum, t) => sum.plus(t.amount.abs()), ZERO), decimals),
    payment_count: contract.payments.length,
    rejected_payment_count: contract.rejected.length,
    periodicity: regularity.periodicity,
    accuracy: regularity.accuracy,
    first_payment_date: first?.date ?? window.start,
    last_payment_date: last?.date ?? window.end,
    status: isNew ? (isActive ? "new" : "new_and_stopped") : isActive ? "ongoing" : "stopped",
    transaction_ids: contract.payments.map((t) => t.id),
    rejected_transaction_ids: contract.rejected.map((t) => t.id),
  };
}

/** Debt-service ratio: running monthly debt service over average monthly income (4 decimals), null without income. */
export function debtServiceRatio(monthlyDebt: Decimal, averageIncome: Decimal | null): number | null {
  return averageIncome === null ? null : ratioOf(monthlyDebt, averageIncome);
}

import type Decimal from "decimal.js";
import { ZERO } from "@/server/shared/money";
import { formatMaybe, formatMoney } from "./amounts";
import type { MonthlyFlows } from "./affordability";
import type { AnalysisContext } from "./context";
import { counterpartyKey } from "./counterparty-key";
import { contractMonthlyAmount, debtServiceRatio, describeContract, detectContracts, type CommitmentKind, type CreditCommitment } from "./credit-commitments";

/**
 * The credit commitments section: contracts, lenders, new and stopped commitments, drawdowns and
 * the debt-service ratio (seed 003 `loans.repayments` / `loans.drawdowns`, plus our ratio).
 */
export interface LenderSummary {
  readonly name: string;
  readonly kinds: readonly CommitmentKind[];
  readonly commitment_count: number;
  readonly monthly_amount: string;
  readonly total_paid: string;
}

export interface CreditCommitments {
  readonly commitments: readonly CreditCommitment[];
  readonly lenders: readonly LenderSummary[];
  readonly commitment_count: number;
  readonly consumer_credit_count: number;
  /** Lenders of consumer credits (loan repayments), sorted. */
  readonly consumer_credit_lenders: readonly string[];
  readonly new_commitment_count: number;
  readonly stopped_commitment_count: number;
  /** Monthly amount of the contracts not stopped. */
  readonly monthly_repayments: string;
  readonly average_full_month_repayments: string | null;
  readonly total_repayments_amount: string;
  readonly debt_service_ratio: number | null;
  readonly drawdowns: {
    readonly count: number;
    readonly total_amount: string;
    readonly lenders: readonly string[];
    readonly transaction_ids: readonly string[];
  };
}

/** Existing loans, lenders, drawdowns and the debt-service ratio. */
export function analyseCreditCommitments(context: AnalysisContext, flows: MonthlyFlows): CreditCommitments {
  const { decimals } = context;
  const contracts = detectContracts(context);
  const commitments = contracts.map((c, i) => describeContract(context, c, i));
  let running: Decimal = ZERO;
  let total: Decimal = ZERO;
  const lenders = new Map<string, { kinds: Set<CommitmentKind>; count: number; monthly: Decimal; paid: Decimal }>();
  contracts.forEach((contract, i) => {
    const described = commitments[i];
    if (!described) return;
    const monthly = contractMonthlyAmount(contract);
    const paid = contract.payments.reduce((sum, t) => sum.plus(t.amount.abs()), ZERO);
    const active = described.status === "ongoing" || described.status === "new";
    if (active) running = running.plus(monthly);
    total = total.plus(paid);
    const lender = lenders.get(contract.lender) ?? { kinds: new Set<CommitmentKind>(), count: 0, monthly: ZERO, paid: ZERO };
    lender.kinds.add(described.kind);
    lender.count += 1;
    if (active) lender.monthly = lender.monthly.plus(monthly);
    lender.paid = lender.paid.plus(paid);
    lenders.set(contract.lender, lender);
  });
  const drawdowns = context.transactions.filter((t) => t.isCredit && !t.isReturned && t.info.code === "loan_drawdown");
  const consumer = commitments.filter((c) => c.kind === "consumer_credit");
  return {
    commitments,
    lenders: [...lenders]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([name, l]) => ({ name, kinds: [...l.kinds].sort(), commitment_count: l.count, monthly_amount: formatMoney(l.monthly, decimals), total_paid: formatMoney(l.paid, decimals) })),
    commitment_count: commitments.length,
    consumer_credit_count: consumer.length,
    consumer_credit_lenders: [...new Set(consumer.map((c) => c.lender))].sort(),
    new_commitment_count: commitments.filter((c) => c.status === "new" || c.status === "new_and_stopped").length,
    stopped_commitment_count: commitments.filter((c) => c.status === "stopped" || c.status === "new_and_stopped").length,
    monthly_repayments: formatMoney(running, decimals),
    average_full_month_repayments: formatMaybe(flows.averages.debt, decimals),
    total_repayments_amount: formatMoney(total, decimals),
    debt_service_ratio: debtServiceRatio(running, flows.averages.income),
    drawdowns: {
      count: drawdowns.length,
      total_amount: formatMoney(drawdowns.reduce((sum, t) => sum.plus(t.amount), ZERO), decimals),
      lenders: [...new Set(drawdowns.map((t) => counterpartyKey(t.source)))].sort(),
      transaction_ids: drawdowns.map((t) => t.id),
    },
  };
}

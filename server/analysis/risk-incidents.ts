import type { LabelCode } from "@/server/banking/taxonomy";
import { ZERO } from "@/server/shared/money";
import { formatMoney } from "./amounts";
import type { AnalysisContext, PreparedTransaction } from "./context";
import type { OverdraftInsights, ReturnedDebitOrdersInsights } from "./overdraft-insights";
import type { GamblingInsights, NetSaverSpenderInsights } from "./risk-insights";

/**
 * Algoan's risk items (seed 003 §5.6.5) and the flags the dashboard colours with the
 * organisation's thresholds. The engine states facts (present, value, transactions); red, amber
 * or green is the organisation's decision, not the engine's. Every flag carries the ids of the
 * transactions behind it, for drill-down.
 */
export interface TransactionGroup {
  readonly count: number;
  /** Magnitude (positive), net of returns. */
  readonly total_amount: string;
  readonly transaction_ids: readonly string[];
}

export interface PaymentRejections {
  readonly count: number;
  readonly total_amount: string;
  readonly total_fees_amount: string;
  readonly transaction_ids: readonly string[];
  readonly fees_transaction_ids: readonly string[];
}

export interface RiskIncidents {
  readonly payment_rejections: PaymentRejections;
  readonly overdraft: {
    readonly minimum_balance_reached: string | null;
    /** Days in overdraft over the window. */
    readonly duration: number;
    readonly fees: TransactionGroup;
  };
  readonly debt_collection: TransactionGroup;
  readonly account_seizure: TransactionGroup;
  readonly wage_advance: TransactionGroup;
  readonly gambling: TransactionGroup;
}

export type RiskFlagCode =
  | "gambling"
  | "overdraft"
  | "returned_debit_orders"
  | "overdraft_fees"
  | "payment_rejection_fees"
  | "debt_collection"
  | "account_seizure"
  | "wage_advance"
  | "net_spender";

export interface RiskFlag {
  readonly code: RiskFlagCode;
  readonly present: boolean;
  /** The figure an organisation threshold compares (a share, a count of days or events, an amount). */
  readonly value: number | string | null;
  readonly description: string;
  readonly transaction_ids: readonly string[];
}

function groupOf(context: AnalysisContext, label: LabelCode): TransactionGroup {
  const members: PreparedTransaction[] = context.transactions.filter((t) => t.info.code === label);
  const net = members.reduce((sum, t) => sum.plus(t.amount), ZERO).abs();
  return { count: members.length, total_amount: formatMoney(net, context.decimals), transaction_ids: members.map((t) => t.id) };
}

/** The Algoan-style incident groups. */
export function collectIncidents(context: AnalysisContext, overdraft: OverdraftInsights, returned: ReturnedDebitOrdersInsights): RiskIncidents {
  const fees = groupOf(context, "returned_payment_fees");
  return {
    payment_rejections: {
      count: returned.total_count,
      total_amount: returned.total_returned_amount,
      total_fees_amount: fees.total_amount,
      transaction_ids: returned.transaction_ids,
      fees_transaction_ids: fees.transaction_ids,
    },
    overdraft: { minimum_balance_reached: overdraft.minimum_balance_reached, duration: overdraft.total_days_in_overdraft, fees: groupOf(context, "overdraft_fees") },
    debt_collection: groupOf(context, "debt_collection"),
    account_seizure: groupOf(context, "garnishment"),
    wage_advance: groupOf(context, "wage_advance"),
    gambling: groupOf(context, "gambling"),
  };
}

/** One flag per risk item, in a fixed order. */
export function raiseFlags(
  incidents: RiskIncidents,
  gambling: GamblingInsights,
  overdraft: OverdraftInsights,
  returned: ReturnedDebitOrdersInsights,
  saver: NetSaverSpenderInsights,
): RiskFlag[] {
  const group = (code: RiskFlagCode, g: TransactionGroup, description: string): RiskFlag => ({ code, present: g.count > 0, value: g.total_amount, description, transaction_ids: g.transaction_ids });
  return [
    {
      code: "gambling",
      present: gambling.transaction_count > 0,
      value: gambling.monthly_average_gambling_proportion,
      description: "gambling spend; value: share of the primary income over the full months",
      transaction_ids: gambling.transaction_ids,
    },
    {
      code: "overdraft",
      present: overdraft.total_days_in_overdraft > 0,
      value: overdraft.total_days_in_overdraft,
      description: "days ending below zero; value: number of days",
      transaction_ids: overdraft.transaction_ids,
    },
    {
      code: "returned_debit_orders",
      present: returned.total_count > 0,
      value: returned.last_3_months_count,
      description: "debits returned unpaid; value: count over the last 3 months",
      transaction_ids: returned.transaction_ids,
    },
    group("overdraft_fees", incidents.overdraft.fees, "overdraft fees and interest; value: total amount"),
    {
      code: "payment_rejection_fees",
      present: incidents.payment_rejections.fees_transaction_ids.length > 0,
      value: incidents.payment_rejections.total_fees_amount,
      description: "fees for rejected payments; value: total amount",
      transaction_ids: incidents.payment_rejections.fees_transaction_ids,
    },
    group("debt_collection", incidents.debt_collection, "payments to debt collectors; value: total amount"),
    group("account_seizure", incidents.account_seizure, "account seizure or garnishment; value: total amount"),
    group("wage_advance", incidents.wage_advance, "salary advances received; value: total amount"),
    {
      code: "net_spender",
      present: saver.net_saver_spender === "net_spender",
      value: saver.average_monthly_net_flow,
      description: "spends more than earns on average; value: average monthly net flow",
      transaction_ids: [],
    },
  ];
}

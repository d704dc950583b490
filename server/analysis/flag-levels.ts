import { money } from "@/server/shared/money";
import type { AnalysisResult } from "./analyse-bank-data";
import { DEFINITIONS, type DefinitionKey } from "./definitions";
import type { RiskFlagCode } from "./risk-incidents";

/**
 * The engine states facts; this colours them with the organisation's thresholds for the Analysis
 * tab and the report. Red is exactly what the decision rules refuse (`server/lending/decision.ts`:
 * a missing affordability or health score fails, a missing gambling share or count counts as
 * zero), so a red flag here is a failed rule there. Amber is "passes, but close" with a threshold,
 * or an adverse fact when the organisation set none; green passes comfortably or is absent.
 */
export type FlagTone = "red" | "amber" | "green" | "neutral";

export type FlagFigure =
  | { readonly kind: "money"; readonly amount: string | null }
  | { readonly kind: "share"; readonly ratio: number | null }
  | { readonly kind: "count"; readonly count: number; readonly unit: string }
  | { readonly kind: "score"; readonly score: number | null };

export interface FlagLevel {
  readonly key: string;
  readonly title: string;
  readonly tone: FlagTone;
  /** What the tone means, in words ("below the minimum of …" is built by the UI from `threshold`). */
  readonly verdict: string;
  readonly value: FlagFigure;
  readonly threshold: { readonly rule: "minimum" | "maximum"; readonly figure: FlagFigure } | null;
  readonly definition: string;
  readonly transactionIds: readonly string[];
  /** Compared with an organisation threshold (the decision rules' four), or shown for information. */
  readonly group: "threshold" | "signal";
}

/** The organisation's bank-data thresholds, as `lendingSettings.get` returns them (null: rule off). */
export interface FlagThresholds {
  readonly minimumAffordability: string | null;
  readonly maximumGamblingShare: string | null;
  readonly maximumReturnedDebits3m: number | null;
  readonly minimumHealthScore: number | null;
}

/** How close to a threshold still counts as amber: 10 % of it (10 points for scores). */
const MARGIN = "0.1";
const SCORE_MARGIN = 10;

function affordabilityLevel(result: AnalysisResult, minimum: string | null): FlagLevel {
  const amount = result.affordability.average_full_month_affordability;
  const base = { key: "affordability", title: "Affordability", value: { kind: "money", amount } as const, definition: DEFINITIONS.affordability, transactionIds: [], group: "threshold" as const };
  if (minimum === null) {
    const negative = amount !== null && money(amount).lt(0);
    return { ...base, threshold: null, tone: amount === null || negative ? "amber" : "green", verdict: amount === null ? "No full month to average; no minimum set" : negative ? "Spends more than earns; no minimum set" : "No minimum set" };
  }
  const threshold = { rule: "minimum" as const, figure: { kind: "money", amount: minimum } as const };
  if (amount === null) return { ...base, threshold, tone: "red", verdict: "Unknown (no full month): fails the minimum" };
  const value = money(amount);
  const min = money(minimum);
  if (value.lt(min)) return { ...base, threshold, tone: "red", verdict: "Below the minimum" };
  const close = value.lt(min.plus(min.abs().times(MARGIN)));
  return { ...base, threshold, tone: close ? "amber" : "green", verdict: close ? "Just above the minimum" : "Above the minimum" };
}

function gamblingLevel(result: AnalysisResult, maximum: string | null): FlagLevel {
  const gambling = result.risk_insights.risk_insights.gambling_insights;
  const ratio = gambling.monthly_average_gambling_proportion;
  const present = gambling.transaction_count > 0;
  const base = { key: "gambling_share", title: "Gambling share of income", value: { kind: "share", ratio } as const, definition: DEFINITIONS.gambling_share, transactionIds: gambling.transaction_ids, group: "threshold" as const };
  if (maximum === null) return { ...base, threshold: null, tone: present ? "amber" : "green", verdict: present ? `${gambling.transaction_count} gambling transactions; no maximum set` : "No gambling" };
  const threshold = { rule: "maximum" as const, figure: { kind: "share", ratio: Number(maximum) } as const };
  const share = money(String(ratio ?? 0));
  const max = money(maximum);
  if (share.gt(max)) return { ...base, threshold, tone: "red", verdict: "Above the maximum" };
  const close = present && share.gt(max.minus(max.times(MARGIN)));
  return { ...base, threshold, tone: close ? "amber" : "green", verdict: close ? "Just under the maximum" : present ? "Under the maximum" : "No gambling" };
}

function returnedLevel(result: AnalysisResult, maximum: number | null): FlagLevel {
  const returned = result.risk_insights.risk_insights.returned_debit_orders_insights;
  const count = returned.last_3_months_count;
  const base = {
    key: "returned_debits_3m",
    title: "Returned debits, last 3 months",
    value: { kind: "count", count, unit: "returned" } as const,
    definition: DEFINITIONS.returned_debits,
    transactionIds: [...returned.transaction_ids, ...returned.returned_transaction_ids],
    group: "threshold" as const,
  };
  if (maximum === null) return { ...base, threshold: null, tone: count > 0 ? "amber" : "green", verdict: count > 0 ? "No maximum set" : returned.total_count > 0 ? `None recently (${returned.total_count} earlier)` : "None" };
  const threshold = { rule: "maximum" as const, figure: { kind: "count", count: maximum, unit: "returned" } as const };
  if (count > maximum) return { ...base, threshold, tone: "red", verdict: "Above the maximum" };
  return { ...base, threshold, tone: count > 0 && count === maximum ? "amber" : "green", verdict: count > 0 && count === maximum ? "At the maximum" : "Within the maximum" };
}

function healthLevel(result: AnalysisResult, minimum: number | null): FlagLevel {
  const score = result.health_score.final_financial_health_score;
  const base = { key: "health_score", title: "Financial health score", value: { kind: "score", score } as const, definition: DEFINITIONS.health_score, transactionIds: [], group: "threshold" as const };
  if (minimum === null) return { ...base, threshold: null, tone: "neutral", verdict: "No minimum set" };
  const threshold = { rule: "minimum" as const, figure: { kind: "score", score: minimum } as const };
  if (score < minimum) return { ...base, threshold, tone: "red", verdict: "Below the minimum" };
  const close = score < minimum + SCORE_MARGIN;
  return { ...base, threshold, tone: close ? "amber" : "green", verdict: close ? "Just above the minimum" : "Above the minimum" };
}

function signalLevels(result: AnalysisResult): FlagLevel[] {
  const risk = result.risk_insights.risk_insights;
  const overdraft = risk.overdraft_insights;
  const ssi = risk.ssi_insights;
  const saver = risk.net_saver_spender_insights;
  const signal = { threshold: null, group: "signal" as const };
  const levels: FlagLevel[] = [
    {
      ...signal,
      key: "overdraft_days",
      title: "Days in overdraft",
      tone: overdraft.total_days_in_overdraft > 0 ? "amber" : "green",
      verdict: !overdraft.balance_known ? "Balance unknown" : overdraft.total_days_in_overdraft > 0 ? `In ${overdraft.unique_months} month${overdraft.unique_months === 1 ? "" : "s"}` : "Never below zero",
      value: { kind: "count", count: overdraft.total_days_in_overdraft, unit: "days" },
      definition: DEFINITIONS.overdraft_days,
      transactionIds: overdraft.transaction_ids,
    },
    {
      ...signal,
      key: "ssi",
      title: "Social grants (SSI)",
      tone: "neutral",
      verdict: ssi.transaction_ids.length > 0 ? "Receives grants or benefits (monthly average)" : "None received",
      value: { kind: "money", amount: ssi.transaction_ids.length > 0 ? ssi.monthly_average_ssi : null },
      definition: DEFINITIONS.ssi,
      transactionIds: ssi.transaction_ids,
    },
    {
      ...signal,
      key: "net_saver_spender",
      title: saver.net_saver_spender === "net_saver" ? "Net saver" : "Net spender",
      tone: saver.net_saver_spender === "net_saver" ? "green" : "amber",
      verdict: "Average monthly net flow",
      value: { kind: "money", amount: saver.average_monthly_net_flow },
      definition: DEFINITIONS.net_saver_spender,
      transactionIds: [],
    },
  ];
  const items: ReadonlyArray<{ code: Extract<RiskFlagCode, DefinitionKey>; title: string; severe: boolean }> = [
    { code: "overdraft_fees", title: "Overdraft fees", severe: false },
    { code: "payment_rejection_fees", title: "Unpaid debit fees", severe: false },
    { code: "debt_collection", title: "Debt collection", severe: true },
    { code: "account_seizure", title: "Account seizure", severe: true },
    { code: "wage_advance", title: "Wage advances", severe: false },
  ];
  for (const item of items) {
    const flag = result.risk_insights.flags.find((f) => f.code === item.code);
    if (!flag) continue;
    levels.push({
      ...signal,
      key: item.code,
      title: item.title,
      tone: !flag.present ? "green" : item.severe ? "red" : "amber",
      verdict: flag.present ? `${flag.transaction_ids.length} transaction${flag.transaction_ids.length === 1 ? "" : "s"}, total` : "None",
      value: { kind: "money", amount: flag.present && typeof flag.value === "string" ? flag.value : null },
      definition: DEFINITIONS[item.code],
      transactionIds: flag.transaction_ids,
    });
  }
  return levels;
}

/** Every flag of a completed analysis: the four threshold flags first, then the other signals. */
export function levelFlags(result: AnalysisResult, thresholds: FlagThresholds): FlagLevel[] {
  return [
    affordabilityLevel(result, thresholds.minimumAffordability),
    gamblingLevel(result, thresholds.maximumGamblingShare),
    returnedLevel(result, thresholds.maximumReturnedDebits3m),
    healthLevel(result, thresholds.minimumHealthScore),
    ...signalLevels(result),
  ];
}

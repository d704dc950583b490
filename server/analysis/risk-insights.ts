import type Decimal from "decimal.js";
import type { LabelCode } from "@/server/banking/taxonomy";
import { ZERO } from "@/server/shared/money";
import { formatMaybe, formatMoney, meanOf, ratioOf, sumOf } from "./amounts";
import { averageFullMonths, fullMonthValues, monthlyReceived, monthlySpend, type AnalysisContext } from "./context";
import type { MonthlyFlows } from "./affordability";
import { labelInfo, SSI_LABELS } from "./labels";

/**
 * The seed's label-based risk insights. Shares are of the month's primary income ("salary"):
 * `gambling_proportion` = gambling / primary income of the month (null in a month without primary
 * income); the averages are over full months, and the average proportion is the ratio of the
 * full-month totals (so one small-salary month cannot dominate). Net saver / spender: the monthly
 * net flow is income (primary + secondary) − spending + money moved to savings (saving is not
 * spending here); `net_saver` when its full-month average is ≥ 0.
 */
export interface GamblingInsights {
  readonly monthly_gambling_analysis: readonly { year: number; month: number; total_gambling_amount: string; total_salary_amount: string; gambling_proportion: number | null }[];
  readonly monthly_average_gambling_spend: string | null;
  readonly monthly_average_gambling_proportion: number | null;
  readonly total_gambling_amount: string;
  readonly total_winnings_amount: string;
  readonly transaction_count: number;
  readonly transaction_ids: readonly string[];
}

export interface AtmAndCashInsights {
  readonly monthly_atm_and_cash_spend_analysis: readonly { year: number; month: number; total_withdrawal_amount: string; total_salary_amount: string; cash_proportion: number | null }[];
  readonly atm_and_cash_average_amount: string | null;
  readonly average_withdrawal_proportion: number | null;
  readonly transaction_ids: readonly string[];
}

export interface NetSaverSpenderInsights {
  readonly net_saver_spender: "net_saver" | "net_spender";
  readonly average_monthly_net_flow: string | null;
  /** Least-squares slope of the monthly net flow over the months used, per month. */
  readonly net_flow_trend_per_month: string | null;
  readonly monthly_net_flow: readonly { year: number; month: number; net_flow: string; full_month: boolean }[];
}

export interface SsiInsights {
  readonly monthly_ssi_analysis: readonly { year: number; month: number; total_social_security_amount: string }[];
  readonly monthly_average_ssi: string | null;
  readonly transaction_ids: readonly string[];
}

function idsWithLabel(context: AnalysisContext, labels: ReadonlySet<LabelCode>): string[] {
  return context.transactions.filter((t) => labels.has(t.info.code)).map((t) => t.id);
}

function shareOfSalary(context: AnalysisContext, spend: readonly Decimal[], salary: readonly Decimal[]): number | null {
  return ratioOf(sumOf(fullMonthValues(context, spend)), sumOf(fullMonthValues(context, salary)));
}

/** Gambling spend, monthly and as a share of the primary income. */
export function analyseGambling(context: AnalysisContext, flows: MonthlyFlows): GamblingInsights {
  const { decimals, window } = context;
  const spend = monthlySpend(context, [labelInfo("gambling")]);
  const winnings = monthlyReceived(context, [labelInfo("gambling_winnings")]);
  const ids = idsWithLabel(context, new Set<LabelCode>(["gambling"]));
  return {
    monthly_gambling_analysis: window.months.map((m, i) => ({
      year: m.year,
      month: m.month,
      total_gambling_amount: formatMoney(spend[i] ?? ZERO, decimals),
      total_salary_amount: formatMoney(flows.primary[i] ?? ZERO, decimals),
      gambling_proportion: ratioOf(spend[i] ?? ZERO, flows.primary[i] ?? ZERO),
    })),
    monthly_average_gambling_spend: formatMaybe(averageFullMonths(context, spend), decimals),
    monthly_average_gambling_proportion: shareOfSalary(context, spend, flows.primary),
    total_gambling_amount: formatMoney(sumOf(spend), decimals),
    total_winnings_amount: formatMoney(sumOf(winnings), decimals),
    transaction_count: ids.length,
    transaction_ids: ids,
  };
}

/** Cash withdrawals, monthly and as a share of the primary income. */
export function analyseCash(context: AnalysisContext, flows: MonthlyFlows): AtmAndCashInsights {
  const { decimals, window } = context;
  const spend = monthlySpend(context, [labelInfo("cash_withdrawal")]);
  return {
    monthly_atm_and_cash_spend_analysis: window.months.map((m, i) => ({
      year: m.year,
      month: m.month,
      total_withdrawal_amount: formatMoney(spend[i] ?? ZERO, decimals),
      total_salary_amount: formatMoney(flows.primary[i] ?? ZERO, decimals),
      cash_proportion: ratioOf(spend[i] ?? ZERO, flows.primary[i] ?? ZERO),
    })),
    atm_and_cash_average_amount: formatMaybe(averageFullMonths(context, spend), decimals),
    average_withdrawal_proportion: shareOfSalary(context, spend, flows.primary),
    transaction_ids: idsWithLabel(context, new Set<LabelCode>(["cash_withdrawal"])),
  };
}

/** Slope of y over x = 0, 1, 2… (least squares), or null for fewer than two points. */
function slopeOf(values: readonly Decimal[]): Decimal | null {
  const n = values.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = meanOf(values) ?? ZERO;
  let numerator: Decimal = ZERO;
  let denominator = 0;
  values.forEach((y, x) => {
    numerator = numerator.plus(y.minus(meanY).mul(x - meanX));
    denominator += (x - meanX) ** 2;
  });
  return numerator.div(denominator);
}

/** The monthly net flow (income − spending + savings) per month. */
function monthlyNetFlow(context: AnalysisContext, flows: MonthlyFlows): Decimal[] {
  const savings = monthlySpend(context, [labelInfo("savings")]);
  return flows.affordability.map((v, i) => v.plus(savings[i] ?? ZERO));
}

/** Net saver or net spender, from the full-month average net flow. */
export function analyseNetSaver(context: AnalysisContext, flows: MonthlyFlows): NetSaverSpenderInsights {
  const { decimals, window } = context;
  const net = monthlyNetFlow(context, flows);
  const used = window.fullMonths.length > 0 ? fullMonthValues(context, net) : net;
  const average = meanOf(used);
  const slope = slopeOf(used);
  return {
    net_saver_spender: average === null || !average.isNegative() || average.isZero() ? "net_saver" : "net_spender",
    average_monthly_net_flow: formatMaybe(average, decimals),
    net_flow_trend_per_month: formatMaybe(slope, decimals),
    monthly_net_flow: window.months.map((m, i) => ({ year: m.year, month: m.month, net_flow: formatMoney(net[i] ?? ZERO, decimals), full_month: m.full })),
  };
}

/** Social security income (grants and allowances) per month. */
export function analyseSsi(context: AnalysisContext): SsiInsights {
  const { decimals, window } = context;
  const received = monthlyReceived(context, [...SSI_LABELS].map(labelInfo));
  return {
    monthly_ssi_analysis: window.months.map((m, i) => ({ year: m.year, month: m.month, total_social_security_amount: formatMoney(received[i] ?? ZERO, decimals) })),
    monthly_average_ssi: formatMaybe(averageFullMonths(context, received), decimals),
    transaction_ids: idsWithLabel(context, SSI_LABELS),
  };
}

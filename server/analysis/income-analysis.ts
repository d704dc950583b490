import type Decimal from "decimal.js";
import type { LabelCode } from "@/server/banking/taxonomy";
import { fromDayNumber } from "@/server/shared/dates";
import { ZERO } from "@/server/shared/money";
import { clampScore, coefficientOfVariation, formatMaybe, formatMoney } from "./amounts";
import { averageFullMonths, type AnalysisContext } from "./context";
import type { IncomeStream } from "./income-streams";
import type { Periodicity } from "./regularity";
import type { WindowMonth } from "./window";

/**
 * Income analysis of the primary income stream (README "Income analysis"):
 * - a month is *assessed* when it is full, or when the window covers its strike date ± 3 days (so a
 *   statement ending on the 21st still assesses a salary due on the 20th, but not one due on the 25th);
 * - income_month_breaks: assessed months without primary income;
 * - longevity_score = 100 × (assessed months with primary income) / (assessed months);
 * - consistency_score = 100 − 200 × CV of the paid assessed months' primary income (CV 0 → 100,
 *   CV ≥ 0.5 → 0); fewer than two paid months prove nothing and score 0;
 * - regularity_score: share of pay gaps inside the detected periodicity's band (0 when none);
 * - income_indicator = 0.4 × consistency + 0.3 × longevity + 0.3 × regularity;
 * - strike_date: median day of month of the pay events; months_back: calendar months in the window.
 */
export interface IncomeStreamSummary {
  readonly counterparty: string;
  readonly label: LabelCode;
  readonly total_amount: string;
  readonly typical_monthly_amount: string;
  readonly paid_months: number;
  readonly periodicity: Periodicity;
  readonly accuracy: number;
  readonly first_seen: string;
  readonly last_seen: string;
  readonly is_regular: boolean;
  readonly is_active: boolean;
  readonly is_primary: boolean;
  /** Drill-down: the credits of the stream. */
  readonly transaction_ids: readonly string[];
}

export interface IncomeAnalysis {
  readonly consistency_score: number;
  readonly longevity_score: number;
  readonly regularity_score: number;
  readonly income_month_breaks: number;
  readonly income_indicator: number;
  readonly months_back: number;
  /** "YYYY-MM" → primary income of that month (chart: income heatmap). */
  readonly income_heatmap: Readonly<Record<string, string>>;
  readonly strike_date: number | null;
  readonly assessed_months: number;
  /** "YYYY-MM" of the assessed months without primary income. */
  readonly break_months: readonly string[];
  readonly average_full_month_primary_income: string | null;
  readonly primary_income: IncomeStreamSummary | null;
  readonly income_streams: readonly IncomeStreamSummary[];
}

const STRIKE_TOLERANCE_DAYS = 3;

function isAssessed(month: WindowMonth, strike: number | null): boolean {
  if (month.full) return true;
  if (strike === null) return false;
  const target = Math.min(strike, month.daysInMonth);
  const from = month.monthStartDay + Math.max(1, target - STRIKE_TOLERANCE_DAYS) - 1;
  const to = month.monthStartDay + Math.min(month.daysInMonth, target + STRIKE_TOLERANCE_DAYS) - 1;
  return month.firstDay <= from && month.lastDay >= to;
}

/** The output summary of a stream. */
function summariseStream(stream: IncomeStream, isPrimary: boolean, decimals: number): IncomeStreamSummary {
  const first = stream.transactions[0];
  const last = stream.transactions[stream.transactions.length - 1];
  return {
    counterparty: stream.key,
    label: stream.label,
    total_amount: formatMoney(stream.total, decimals),
    typical_monthly_amount: formatMoney(stream.typicalMonthlyAmount, decimals),
    paid_months: stream.paidMonths,
    periodicity: stream.regularity.periodicity,
    accuracy: stream.regularity.accuracy,
    first_seen: first?.date ?? "",
    last_seen: last?.date ?? "",
    is_regular: stream.isRegular,
    is_active: stream.isActive,
    is_primary: isPrimary,
    transaction_ids: stream.transactions.map((t) => t.id),
  };
}

/** The seed's Income Analysis for the chosen primary stream. */
export function analyseIncome(context: AnalysisContext, streams: readonly IncomeStream[], primary: IncomeStream | null): IncomeAnalysis {
  const { window, decimals } = context;
  const monthly = primary?.monthly ?? window.months.map((): Decimal => ZERO);
  const strike = primary?.regularity.dueDayOfMonth ?? null;
  const assessed = window.months.flatMap((m, i) => (isAssessed(m, strike) ? [i] : []));
  const breaks = assessed.filter((i) => (monthly[i] ?? ZERO).isZero());
  const paid = assessed.filter((i) => !(monthly[i] ?? ZERO).isZero()).map((i) => monthly[i] ?? ZERO);
  const cv = paid.length >= 2 ? coefficientOfVariation(paid) : null;
  const consistency = cv === null ? 0 : clampScore(100 - 200 * cv.toNumber());
  const longevity = assessed.length === 0 ? 0 : clampScore((100 * (assessed.length - breaks.length)) / assessed.length);
  const regularity = primary ? primary.regularity.accuracy : 0;
  return {
    consistency_score: consistency,
    longevity_score: longevity,
    regularity_score: regularity,
    income_month_breaks: breaks.length,
    income_indicator: clampScore(0.4 * consistency + 0.3 * longevity + 0.3 * regularity),
    months_back: window.months.length,
    income_heatmap: Object.fromEntries(window.months.map((m, i) => [m.key, formatMoney(monthly[i] ?? ZERO, decimals)])),
    strike_date: strike,
    assessed_months: assessed.length,
    break_months: breaks.map((i) => window.months[i]?.key ?? fromDayNumber(window.startDay).slice(0, 7)),
    average_full_month_primary_income: formatMaybe(averageFullMonths(context, monthly), decimals),
    primary_income: primary ? summariseStream(primary, true, decimals) : null,
    income_streams: streams.map((s) => summariseStream(s, s === primary, decimals)).sort((a, b) => a.counterparty.localeCompare(b.counterparty)),
  };
}

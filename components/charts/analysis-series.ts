import type { AnalysisCharts } from "@/server/analysis/charts";
import { fromDayNumber, toDayNumber } from "@/server/shared/dates";
import { formatAmount, money, sumMoney } from "@/server/shared/money";

/**
 * The Analysis tab's charts as data. The engine already returns chart-ready series (`charts` in the
 * result, amounts as decimal strings); this only turns them into what Recharts draws: numbers for
 * geometry, day numbers for proportional time axes, runs of overdraft days, a top-N breakdown.
 * Every figure a reader sees comes from the exact string kept next to the plotted number.
 */

// Recharts positions marks with JavaScript numbers; a cent of float error is invisible on a chart,
// and tooltips and tables read the exact strings instead.
function plotValue(amount: string): number {
  return Number(amount);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-03" → "Mar 2025" (fixed English abbreviations, so the axis reads the same everywhere). */
export function monthLabel(month: string): string {
  const index = Number(month.slice(5, 7)) - 1;
  return `${MONTHS[index] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

export function dayLabel(day: number): string {
  return fromDayNumber(day);
}

export interface IncomeExpensePoint {
  month: string;
  label: string;
  full: boolean;
  primary: number;
  secondary: number;
  nonDiscretionary: number;
  discretionary: number;
  debt: number;
  affordability: number;
  exact: AnalysisCharts["monthly_income_vs_expenses"][number];
}

/** Incomes and expenses as two positive stacks per month, with the month's affordability for the line. */
export function incomeExpenseSeries(rows: AnalysisCharts["monthly_income_vs_expenses"]): IncomeExpensePoint[] {
  return rows.map((row) => ({
    month: row.month,
    label: `${monthLabel(row.month)}${row.full_month ? "" : " (part)"}`,
    full: row.full_month,
    primary: plotValue(row.primary_income),
    secondary: plotValue(row.secondary_income),
    nonDiscretionary: plotValue(row.non_discretionary_expenses),
    discretionary: plotValue(row.discretionary_expenses),
    debt: plotValue(row.existing_debt_repayments),
    affordability: plotValue(row.affordability_amount),
    exact: row,
  }));
}

export interface HeatmapCell {
  month: string;
  label: string;
  amount: string;
  /** 0 (nothing) to 4 (the window's largest month), for the colour scale. */
  level: 0 | 1 | 2 | 3 | 4;
  /** An income break: an assessed month without primary income (a partial month before pay day is not one). */
  isBreak: boolean;
}

export interface HeatmapYear {
  year: string;
  /** January to December; null for months outside the analysis window. */
  cells: Array<HeatmapCell | null>;
}

/** Quarters of the best month: up to a quarter of it is 1, the best month itself 4, nothing 0. */
function levelOf(value: number, best: number): HeatmapCell["level"] {
  if (value <= 0 || best <= 0) return 0;
  const share = value / best;
  return share > 0.75 ? 4 : share > 0.5 ? 3 : share > 0.25 ? 2 : 1;
}

/** The income heatmap as calendar rows: one row a year, one column a month, levels relative to the best month. */
export function heatmapYears(rows: AnalysisCharts["income_heatmap"], breakMonths: readonly string[] = []): HeatmapYear[] {
  const breaks = new Set(breakMonths);
  const best = rows.reduce((max, row) => Math.max(max, plotValue(row.amount)), 0);
  const years = new Map<string, HeatmapYear>();
  for (const row of [...rows].sort((a, b) => a.month.localeCompare(b.month))) {
    const year = row.month.slice(0, 4);
    const entry = years.get(year) ?? { year, cells: Array.from({ length: 12 }, () => null) };
    years.set(year, entry);
    entry.cells[Number(row.month.slice(5, 7)) - 1] = { month: row.month, label: monthLabel(row.month), amount: row.amount, level: levelOf(plotValue(row.amount), best), isBreak: breaks.has(row.month) };
  }
  return [...years.values()];
}

export interface ForecastPoint {
  day: number;
  date: string;
  balance: number;
  exact: string;
}

export interface ForecastMarkerPoint {
  horizon: 30 | 60 | 90;
  day: number;
  date: string;
  balance: number;
  exact: string;
  minimum: string;
  daysBelowZero: number;
  score: number;
}

/** The 90-day forecast on a day-number axis, and its 30/60/90 markers with the matching liquidity scores. */
export function forecastSeries(
  forecast: AnalysisCharts["balance_forecast"],
  markers: AnalysisCharts["forecast_markers"],
  scores: { field_30_day_liquidity_score: number; field_60_day_liquidity_score: number; field_90_day_liquidity_score: number },
): { points: ForecastPoint[]; markers: ForecastMarkerPoint[] } {
  const scoreOf = { 30: scores.field_30_day_liquidity_score, 60: scores.field_60_day_liquidity_score, 90: scores.field_90_day_liquidity_score } as const;
  return {
    points: forecast.map((p) => ({ day: toDayNumber(p.date), date: p.date, balance: plotValue(p.balance), exact: p.balance })),
    markers: markers.map((m) => ({
      horizon: m.day,
      day: toDayNumber(m.date),
      date: m.date,
      balance: plotValue(m.balance),
      exact: m.balance,
      minimum: m.minimum_balance,
      daysBelowZero: m.days_below_zero,
      score: scoreOf[m.day],
    })),
  };
}

export interface ExpenseSlice {
  label: string;
  name: string;
  amount: number;
  exact: string;
  percentage: number | null;
}

/** The largest `top` expense labels, the rest summed exactly into "Other spending". */
export function expenseSlices(rows: AnalysisCharts["expense_breakdown"], top = 8): ExpenseSlice[] {
  const slices = rows.slice(0, top).map((r) => ({ label: r.label, name: r.name, amount: plotValue(r.amount), exact: r.amount, percentage: r.percentage }));
  const rest = rows.slice(top);
  if (rest.length === 0) return slices;
  const exact = formatAmount(sumMoney(rest.map((r) => money(r.amount))));
  const shares = rest.map((r) => r.percentage);
  const percentage = shares.every((p): p is number => p !== null) ? Math.round(shares.reduce((a, b) => a + b, 0) * 100) / 100 : null;
  return [...slices, { label: "other", name: `Other spending (${rest.length} labels)`, amount: plotValue(exact), exact, percentage }];
}

export interface SharePoint {
  month: string;
  label: string;
  /** Percentages of the month's primary income; null without one. */
  gambling: number | null;
  cash: number | null;
  gamblingAmount: string;
  cashAmount: string;
}

function percent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 10_000) / 100;
}

/** Gambling and cash shares by month, on one axis of percentages. */
export function shareSeries(gambling: AnalysisCharts["gambling_share"], cash: AnalysisCharts["cash_share"]): SharePoint[] {
  const byMonth = new Map(cash.map((c) => [c.month, c]));
  const months = [...new Set([...gambling.map((g) => g.month), ...cash.map((c) => c.month)])].sort();
  const gamblingByMonth = new Map(gambling.map((g) => [g.month, g]));
  return months.map((month) => {
    const g = gamblingByMonth.get(month);
    const c = byMonth.get(month);
    return {
      month,
      label: monthLabel(month),
      gambling: percent(g?.proportion ?? null),
      cash: percent(c?.proportion ?? null),
      gamblingAmount: g?.amount ?? "0.00",
      cashAmount: c?.amount ?? "0.00",
    };
  });
}

export interface BalancePoint {
  day: number;
  date: string;
  balance: number;
  exact: string;
  overdraft: boolean;
  /** The balance split at zero, so the part below zero can be filled red. */
  above: number;
  below: number;
}

/** A run of consecutive overdraft days, for a shaded band; `to` is the day after the last one. */
export interface OverdraftRun {
  from: number;
  to: number;
  days: number;
}

/** The daily balance on a day-number axis, with the overdraft days as runs. */
export function balanceSeries(rows: AnalysisCharts["daily_balance"]): { points: BalancePoint[]; runs: OverdraftRun[] } {
  const points = rows.map((row) => {
    const balance = plotValue(row.balance);
    return { day: toDayNumber(row.date), date: row.date, balance, exact: row.balance, overdraft: row.in_overdraft, above: Math.max(balance, 0), below: Math.min(balance, 0) };
  });
  const runs: OverdraftRun[] = [];
  for (const point of points) {
    const last = runs[runs.length - 1];
    if (!point.overdraft) continue;
    if (last && last.to === point.day) {
      last.to = point.day + 1;
      last.days += 1;
    } else {
      runs.push({ from: point.day, to: point.day + 1, days: 1 });
    }
  }
  return { points, runs };
}

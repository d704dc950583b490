import type Decimal from "decimal.js";
import { addDays, fromDayNumber, toDayNumber } from "@/server/shared/dates";
import { Money, ZERO } from "@/server/shared/money";
import { clampScore, formatMoney } from "./amounts";
import type { CashFlowGroup } from "./cash-flows";
import type { AnalysisContext } from "./context";
import { scheduleOccurrences } from "./regularity";
import { fullMonthDays } from "./window";

/**
 * Liquidity (README "Liquidity score"). The balance forecast starts from the analysed accounts'
 * combined balance at the end of the window and walks the 90 days after the analysis date: each
 * day adds the typical amount of every recurring, still-active cash flow due that day (salary,
 * rent, debit orders, loan repayments: their own periodicity and due day) and subtracts the
 * average daily *unscheduled* spend: all spending that is not one of those flows (card purchases,
 * cash, one-off transfers), averaged over the full months. Groceries bought by card are
 * non-discretionary yet unscheduled, so the issue's "average daily discretionary spend" is read as
 * this, or the forecast would ignore them. One-off income is not forecast (prudence).
 *
 * Score for a horizon of H days = 50 × (share of the H days ending at or above zero)
 *   + 50 × min(1, max(0, lowest forecast balance / average full-month spending)).
 * A borrower who never dips below zero and keeps a month of spending in reserve scores 100.
 */
export interface ForecastMarker {
  readonly day: 30 | 60 | 90;
  readonly date: string;
  readonly balance: string;
  readonly minimum_balance: string;
  readonly days_below_zero: number;
}

export interface ScheduledFlow {
  readonly cash_flow_id: string;
  readonly counterparty: string;
  readonly amount: string;
  readonly periodicity: string;
  readonly dates: readonly string[];
}

export interface LiquidityScore {
  readonly start_date: string;
  readonly end_date: string;
  readonly field_30_day_liquidity_score: number;
  readonly field_60_day_liquidity_score: number;
  readonly field_90_day_liquidity_score: number;
  /** Chart: 90-day balance forecast. */
  readonly balance_forecast: readonly { readonly date: string; readonly balance: string }[];
  /** Chart: the 30/60/90 markers. */
  readonly markers: readonly ForecastMarker[];
  readonly starting_balance: string;
  readonly average_daily_unscheduled_spend: string;
  readonly scheduled_flows: readonly ScheduledFlow[];
  readonly balance_known: boolean;
}

export const FORECAST_DAYS = 90;
const HORIZONS = [30, 60, 90] as const;

/** Average daily spending outside the scheduled flows, over the full months (the whole window without one). */
export function averageUnscheduledSpend(context: AnalysisContext, scheduled: readonly CashFlowGroup[]): Decimal {
  const excluded = new Set<string>();
  for (const g of scheduled) for (const t of g.transactions) excluded.add(t.id);
  const { window } = context;
  const useFull = window.fullMonths.length > 0;
  const full = new Set(window.fullMonths);
  let spend: Decimal = ZERO;
  for (const t of context.transactions) {
    // A returned debit and its return cancel out; neither is day-to-day spending.
    if (t.info.group !== "expense" || t.isReturned || t.wasReturned || excluded.has(t.id) || (useFull && !full.has(t.month))) continue;
    spend = spend.minus(t.amount);
  }
  const days = useFull ? fullMonthDays(window) : window.days;
  return spend.div(days);
}

/**
 * The 90-day forecast and the 30/60/90-day scores. `groups` are the cash flows in output order
 * (their ids are cf-1, cf-2…); `startBalance` is the combined balance at the window's end.
 */
export function forecastBalance(
  context: AnalysisContext,
  groups: readonly CashFlowGroup[],
  startBalance: Decimal,
  averageMonthlySpend: Decimal | null,
  balanceKnown: boolean,
): LiquidityScore {
  const { decimals } = context;
  const asOfDay = toDayNumber(context.asOf);
  const until = asOfDay + FORECAST_DAYS;
  const due = new Map<number, Decimal>();
  const scheduled: ScheduledFlow[] = [];
  const used: CashFlowGroup[] = [];
  groups.forEach((g, index) => {
    const band = g.regularity.band;
    const last = g.regularity.events[g.regularity.events.length - 1];
    if (!g.isRecurring || !g.isActive || band === null || last === undefined) return;
    const days = scheduleOccurrences(band, last, g.regularity.dueDayOfMonth, asOfDay, until);
    used.push(g);
    for (const day of days) due.set(day, (due.get(day) ?? ZERO).plus(g.typical));
    scheduled.push({ cash_flow_id: `cf-${index + 1}`, counterparty: g.counterparty, amount: formatMoney(g.typical, decimals), periodicity: band.periodicity, dates: days.map(fromDayNumber) });
  });
  const daily = averageUnscheduledSpend(context, used);
  const balances: Decimal[] = [];
  let balance = startBalance;
  for (let k = 1; k <= FORECAST_DAYS; k++) {
    balance = balance.plus(due.get(asOfDay + k) ?? ZERO).minus(daily);
    balances.push(balance);
  }
  const markers = HORIZONS.map((h): ForecastMarker & { score: number } => {
    const horizon = balances.slice(0, h);
    const minimum = horizon.reduce((min, b) => (b.lt(min) ? b : min), horizon[0] ?? ZERO);
    const below = horizon.filter((b) => b.isNegative() && !b.isZero()).length;
    const reserve = averageMonthlySpend !== null && averageMonthlySpend.gt(0) ? Money.min(1, Money.max(0, minimum.div(averageMonthlySpend))) : new Money(minimum.isNegative() ? 0 : 1);
    const score = clampScore(50 * ((h - below) / h) + 50 * reserve.toNumber());
    return { day: h, date: addDays(context.asOf, h), balance: formatMoney(horizon[h - 1] ?? ZERO, decimals), minimum_balance: formatMoney(minimum, decimals), days_below_zero: below, score };
  });
  return {
    start_date: addDays(context.asOf, 1),
    end_date: addDays(context.asOf, FORECAST_DAYS),
    field_30_day_liquidity_score: markers[0]?.score ?? 0,
    field_60_day_liquidity_score: markers[1]?.score ?? 0,
    field_90_day_liquidity_score: markers[2]?.score ?? 0,
    balance_forecast: balances.map((b, i) => ({ date: fromDayNumber(asOfDay + i + 1), balance: formatMoney(b, decimals) })),
    markers: markers.map(({ score: _score, ...marker }) => marker),
    starting_balance: formatMoney(startBalance, decimals),
    average_daily_unscheduled_spend: formatMoney(daily, decimals),
    scheduled_flows: scheduled,
    balance_known: balanceKnown,
  };
}

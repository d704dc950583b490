import { addMonths } from "@/server/shared/dates";
import { ZERO } from "@/server/shared/money";
import { countRatio, formatMaybe, formatMoney, meanOf } from "./amounts";
import type { AnalysisContext } from "./context";
import type { DailyBalances } from "./daily-balances";

/**
 * Overdraft (README "Overdraft"): a day is in overdraft when an analysed account with a known
 * balance ends it below zero (see daily-balances.ts for how balances are given or rebuilt).
 * `unique_months`: months with at least one such day; `monthly_average_days_in_overdraft`: over the
 * full months (all months when there is none). Returned debit orders: every credit the bank
 * flagged as returning an earlier debit (debit orders, and also cheques and transfers: all say
 * "insufficient funds"), counted over the last 1/3/6/12 months up to the analysis date;
 * `monthly_average_debit_order_value` is the mean value of one returned debit over the last 12 months.
 */
export interface OverdraftInsights {
  readonly total_days_in_overdraft: number;
  readonly total_proportion_of_days_in_overdraft: number;
  readonly unique_months: number;
  readonly monthly_average_days_in_overdraft: number;
  readonly monthly_overdraft_analysis: readonly { readonly year: number; readonly month: number; readonly days_in_overdraft: number }[];
  readonly minimum_balance_reached: string | null;
  readonly balance_known: boolean;
  /** Drill-down: transactions booked on days that ended in overdraft. */
  readonly transaction_ids: readonly string[];
}

export interface ReturnedDebitOrdersInsights {
  readonly last_month_count: number;
  readonly last_3_months_count: number;
  readonly last_6_months_count: number;
  readonly last_12_months_count: number;
  readonly monthly_average_debit_order_value: string | null;
  readonly total_count: number;
  readonly total_returned_amount: string;
  /** Drill-down: the returning credits. */
  readonly transaction_ids: readonly string[];
  /** The debits they returned, when linked. */
  readonly returned_transaction_ids: readonly string[];
}

/** Overdraft days per month, totals and the lowest balance. */
export function analyseOverdraft(context: AnalysisContext, balances: DailyBalances): OverdraftInsights {
  const { window } = context;
  const perMonth = window.months.map((m) => {
    let days = 0;
    for (let day = m.firstDay; day <= m.lastDay; day++) if (balances.overdraft[day - window.startDay]) days++;
    return days;
  });
  const total = perMonth.reduce((a, b) => a + b, 0);
  const basis = window.fullMonths.length > 0 ? window.fullMonths : window.months.map((_, i) => i);
  const basisDays = basis.reduce((sum, i) => sum + (perMonth[i] ?? 0), 0);
  return {
    total_days_in_overdraft: total,
    total_proportion_of_days_in_overdraft: countRatio(total, window.days),
    unique_months: perMonth.filter((d) => d > 0).length,
    monthly_average_days_in_overdraft: Math.round((basisDays / Math.max(1, basis.length)) * 100) / 100,
    monthly_overdraft_analysis: window.months.map((m, i) => ({ year: m.year, month: m.month, days_in_overdraft: perMonth[i] ?? 0 })),
    minimum_balance_reached: formatMaybe(balances.minimum, context.decimals),
    balance_known: balances.known,
    transaction_ids: context.transactions.filter((t) => balances.overdraft[t.day - window.startDay]).map((t) => t.id),
  };
}

/** Returned debit orders over the last 1/3/6/12 months before the analysis date. */
export function analyseReturnedDebits(context: AnalysisContext): ReturnedDebitOrdersInsights {
  const returned = context.transactions.filter((t) => t.isReturned);
  const since = (months: number) => addMonths(context.asOf, -months);
  const countSince = (months: number) => returned.filter((t) => t.date > since(months)).length;
  const lastYear = returned.filter((t) => t.date > since(12)).map((t) => t.amount.abs());
  return {
    last_month_count: countSince(1),
    last_3_months_count: countSince(3),
    last_6_months_count: countSince(6),
    last_12_months_count: countSince(12),
    monthly_average_debit_order_value: formatMaybe(meanOf(lastYear), context.decimals),
    total_count: returned.length,
    total_returned_amount: formatMoney(returned.reduce((sum, t) => sum.plus(t.amount.abs()), ZERO), context.decimals),
    transaction_ids: returned.map((t) => t.id),
    returned_transaction_ids: returned.flatMap((t) => (t.source.returnedTransactionId === null ? [] : [t.source.returnedTransactionId])),
  };
}

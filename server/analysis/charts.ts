import { fromDayNumber } from "@/server/shared/dates";
import type { Affordability } from "./affordability";
import { formatMoney } from "./amounts";
import type { LiquidityScore } from "./balance-forecast";
import type { AnalysisContext } from "./context";
import type { DailyBalances } from "./daily-balances";
import type { ExpenseInsights } from "./expense-insights";
import type { IncomeAnalysis } from "./income-analysis";
import type { AtmAndCashInsights, GamblingInsights } from "./risk-insights";

/**
 * Chart-ready series for the Analysis tab (one entry per month or per day, keyed by "YYYY-MM" or
 * the date). Amounts stay decimal strings like everywhere else: the chart components convert them
 * for plotting only. These repeat the sections' figures in the layout Recharts wants, so the UI
 * needs no reshaping logic of its own.
 */
export interface AnalysisCharts {
  /** Stacked bars (incomes vs expenses) with the affordability line. */
  readonly monthly_income_vs_expenses: readonly {
    readonly month: string;
    readonly primary_income: string;
    readonly secondary_income: string;
    readonly non_discretionary_expenses: string;
    readonly discretionary_expenses: string;
    readonly existing_debt_repayments: string;
    readonly affordability_amount: string;
    readonly full_month: boolean;
  }[];
  readonly income_heatmap: readonly { readonly month: string; readonly amount: string }[];
  readonly balance_forecast: LiquidityScore["balance_forecast"];
  readonly forecast_markers: LiquidityScore["markers"];
  readonly expense_breakdown: readonly { readonly label: string; readonly name: string; readonly amount: string; readonly percentage: number | null }[];
  readonly gambling_share: readonly { readonly month: string; readonly amount: string; readonly proportion: number | null }[];
  readonly cash_share: readonly { readonly month: string; readonly amount: string; readonly proportion: number | null }[];
  /** Daily combined balance; `in_overdraft` days are shaded. */
  readonly daily_balance: readonly { readonly date: string; readonly balance: string; readonly in_overdraft: boolean }[];
}

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The chart series from the computed sections. */
export function buildCharts(
  context: AnalysisContext,
  sections: {
    readonly affordability: Affordability;
    readonly income: IncomeAnalysis;
    readonly liquidity: LiquidityScore;
    readonly expenses: ExpenseInsights;
    readonly gambling: GamblingInsights;
    readonly cash: AtmAndCashInsights;
    readonly balances: DailyBalances;
  },
): AnalysisCharts {
  const { affordability, income, liquidity, expenses, gambling, cash, balances } = sections;
  return {
    monthly_income_vs_expenses: affordability.monthly_affordability.map(({ year, month, ...rest }) => ({ month: monthKey(year, month), ...rest })),
    income_heatmap: Object.entries(income.income_heatmap).map(([month, amount]) => ({ month, amount })),
    balance_forecast: liquidity.balance_forecast,
    forecast_markers: liquidity.markers,
    expense_breakdown: expenses.top_expense_amounts.map((e) => ({ label: e.label, name: e.name, amount: e.amount, percentage: e.percentage_of_total_spend })),
    gambling_share: gambling.monthly_gambling_analysis.map((m) => ({ month: monthKey(m.year, m.month), amount: m.total_gambling_amount, proportion: m.gambling_proportion })),
    cash_share: cash.monthly_atm_and_cash_spend_analysis.map((m) => ({ month: monthKey(m.year, m.month), amount: m.total_withdrawal_amount, proportion: m.cash_proportion })),
    daily_balance: balances.combined.map((balance, i) => ({
      date: fromDayNumber(context.window.startDay + i),
      balance: formatMoney(balance, context.decimals),
      in_overdraft: balances.overdraft[i] ?? false,
    })),
  };
}

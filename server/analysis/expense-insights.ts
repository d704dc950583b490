import type { LabelCode } from "@/server/banking/taxonomy";
import { ZERO } from "@/server/shared/money";
import { formatMaybe, formatMoney, percentageOf, sumOf } from "./amounts";
import { averageFullMonths, type AnalysisContext } from "./context";
import { LABEL_INFO } from "./labels";

/**
 * Expense insights (seed "Get Expense Insights"): every expense label with money spent over the
 * window, largest first. `amount` is the label's net spend over the window (returned debits
 * deducted), `average_monthly_spend` its full-month average, `percentage_of_total_spend` its share
 * of all spending. The split is by the taxonomy's discretionary flag (debt service is
 * non-discretionary). `unique_months`: calendar months with at least one expense transaction.
 */
export interface TopExpense {
  readonly label: LabelCode;
  readonly name: string;
  readonly discretionary: boolean;
  readonly amount: string;
  readonly average_monthly_spend: string | null;
  readonly percentage_of_total_spend: number | null;
  readonly transaction_count: number;
}

export interface ExpenseInsights {
  readonly top_expense_amounts: readonly TopExpense[];
  readonly unique_months: number;
  readonly spend_split: {
    readonly discretionary_spend_percentage: number | null;
    readonly non_discretionary_spend_percentage: number | null;
  };
  readonly total_spend: string;
  readonly average_full_month_spend: string | null;
}

/** The seed's Expense Insights section (chart: expense breakdown). */
export function analyseExpenses(context: AnalysisContext): ExpenseInsights {
  const { decimals, window } = context;
  const expenseLabels = LABEL_INFO.filter((l) => l.group === "expense");
  const counts = new Map<LabelCode, number>();
  const months = new Set<number>();
  for (const t of context.transactions) {
    if (t.info.group !== "expense") continue;
    counts.set(t.info.code, (counts.get(t.info.code) ?? 0) + 1);
    months.add(t.month);
  }
  const rows = expenseLabels.map((l) => {
    const monthly = window.months.map((_, m) => (context.labelMonths[l.index]?.[m] ?? ZERO).negated());
    return { info: l, monthly, total: sumOf(monthly) };
  });
  const total = sumOf(rows.map((r) => r.total));
  const discretionary = sumOf(rows.filter((r) => r.info.flowClass === "discretionary").map((r) => r.total));
  const allMonthly = window.months.map((_, m) => sumOf(rows.map((r) => r.monthly[m] ?? ZERO)));
  const spent = rows.filter((r) => r.total.isPositive() && !r.total.isZero()).sort((a, b) => b.total.comparedTo(a.total) || a.info.index - b.info.index);
  return {
    top_expense_amounts: spent.map((r) => ({
      label: r.info.code,
      name: r.info.name,
      discretionary: r.info.flowClass === "discretionary",
      amount: formatMoney(r.total, decimals),
      average_monthly_spend: formatMaybe(averageFullMonths(context, r.monthly), decimals),
      percentage_of_total_spend: percentageOf(r.total, total),
      transaction_count: counts.get(r.info.code) ?? 0,
    })),
    unique_months: months.size,
    spend_split: {
      discretionary_spend_percentage: percentageOf(discretionary, total),
      non_discretionary_spend_percentage: percentageOf(total.minus(discretionary), total),
    },
    total_spend: formatMoney(total, decimals),
    average_full_month_spend: formatMaybe(averageFullMonths(context, allMonthly), decimals),
  };
}

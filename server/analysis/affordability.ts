import type Decimal from "decimal.js";
import { ZERO } from "@/server/shared/money";
import { formatMaybe, formatMoney } from "./amounts";
import { averageFullMonths, monthlyReceived, monthlySpend, type AnalysisContext } from "./context";
import type { IncomeStream } from "./income-streams";
import { LABEL_INFO, type FlowClass } from "./labels";

/**
 * Affordability per calendar month of the window (README "Affordability"):
 * - primary_income: the primary stream's credits;
 * - secondary_income: every other income label, net, except refunds, loan drawdowns, wage advances
 *   and own-account transfers (money to pay back or already the borrower's);
 * - non_discretionary_expenses / discretionary_expenses: expense labels by the taxonomy's flag,
 *   net of returned debits (a returned debit carries its debit's label), debt service excluded;
 * - existing_debt_repayments: loan, mortgage and buy-now-pay-later instalments (card settlements
 *   are spending, see DEBT_LABELS);
 * - affordability_amount = primary + secondary − non-discretionary − discretionary − debt repayments.
 * Own-account transfers are neither income nor spending. The averages use full months only.
 */
export interface MonthlyAffordability {
  readonly year: number;
  readonly month: number;
  readonly primary_income: string;
  readonly secondary_income: string;
  readonly non_discretionary_expenses: string;
  readonly discretionary_expenses: string;
  readonly existing_debt_repayments: string;
  readonly affordability_amount: string;
  readonly full_month: boolean;
}

export interface Affordability {
  readonly monthly_affordability: readonly MonthlyAffordability[];
  readonly average_full_month_primary_income: string | null;
  readonly average_full_month_secondary_income: string | null;
  readonly average_full_month_discretionary_expenses: string | null;
  readonly average_full_month_non_discretionary_expenses: string | null;
  readonly average_full_month_existing_debt_repayments: string | null;
  readonly average_full_month_affordability: string | null;
  readonly full_months: number;
}

/** The monthly flows as Decimals, reused by the scores. */
export interface MonthlyFlows {
  readonly primary: readonly Decimal[];
  readonly secondary: readonly Decimal[];
  readonly nonDiscretionary: readonly Decimal[];
  readonly discretionary: readonly Decimal[];
  readonly debt: readonly Decimal[];
  readonly affordability: readonly Decimal[];
  /** Full-month averages; null without a full month. */
  readonly averages: {
    readonly primary: Decimal | null;
    readonly secondary: Decimal | null;
    readonly income: Decimal | null;
    readonly nonDiscretionary: Decimal | null;
    readonly discretionary: Decimal | null;
    readonly debt: Decimal | null;
    readonly expenses: Decimal | null;
    readonly affordability: Decimal | null;
  };
}

function labelsOf(flowClass: FlowClass) {
  return LABEL_INFO.filter((l) => l.flowClass === flowClass);
}

/** Monthly income and spending split, with their full-month averages. */
export function computeMonthlyFlows(context: AnalysisContext, primary: IncomeStream | null): MonthlyFlows {
  const months = context.window.months;
  const primaryMonthly = primary?.monthly ?? months.map((): Decimal => ZERO);
  const income = monthlyReceived(context, labelsOf("income"));
  const secondary = income.map((v, i) => v.minus(primaryMonthly[i] ?? ZERO));
  const nonDiscretionary = monthlySpend(context, labelsOf("non_discretionary"));
  const discretionary = monthlySpend(context, labelsOf("discretionary"));
  const debt = monthlySpend(context, labelsOf("debt"));
  const affordability = months.map((_, i) =>
    (primaryMonthly[i] ?? ZERO)
      .plus(secondary[i] ?? ZERO)
      .minus(nonDiscretionary[i] ?? ZERO)
      .minus(discretionary[i] ?? ZERO)
      .minus(debt[i] ?? ZERO),
  );
  const avg = (values: readonly Decimal[]) => averageFullMonths(context, values);
  const expenses = months.map((_, i) => (nonDiscretionary[i] ?? ZERO).plus(discretionary[i] ?? ZERO).plus(debt[i] ?? ZERO));
  return {
    primary: primaryMonthly,
    secondary,
    nonDiscretionary,
    discretionary,
    debt,
    affordability,
    averages: {
      primary: avg(primaryMonthly),
      secondary: avg(secondary),
      income: avg(income),
      nonDiscretionary: avg(nonDiscretionary),
      discretionary: avg(discretionary),
      debt: avg(debt),
      expenses: avg(expenses),
      affordability: avg(affordability),
    },
  };
}

/** The seed's Get Affordability section. */
export function describeAffordability(context: AnalysisContext, flows: MonthlyFlows): Affordability {
  const { decimals, window } = context;
  const at = (values: readonly Decimal[], i: number) => formatMoney(values[i] ?? ZERO, decimals);
  return {
    monthly_affordability: window.months.map((m, i) => ({
      year: m.year,
      month: m.month,
      primary_income: at(flows.primary, i),
      secondary_income: at(flows.secondary, i),
      non_discretionary_expenses: at(flows.nonDiscretionary, i),
      discretionary_expenses: at(flows.discretionary, i),
      existing_debt_repayments: at(flows.debt, i),
      affordability_amount: at(flows.affordability, i),
      full_month: m.full,
    })),
    average_full_month_primary_income: formatMaybe(flows.averages.primary, decimals),
    average_full_month_secondary_income: formatMaybe(flows.averages.secondary, decimals),
    average_full_month_discretionary_expenses: formatMaybe(flows.averages.discretionary, decimals),
    average_full_month_non_discretionary_expenses: formatMaybe(flows.averages.nonDiscretionary, decimals),
    average_full_month_existing_debt_repayments: formatMaybe(flows.averages.debt, decimals),
    average_full_month_affordability: formatMaybe(flows.averages.affordability, decimals),
    full_months: window.fullMonths.length,
  };
}

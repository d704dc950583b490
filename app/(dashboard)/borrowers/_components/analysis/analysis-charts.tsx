"use client";

import { useMemo, type ReactNode } from "react";
import { AnalysisBalanceChart } from "@/components/charts/analysis-balance-chart";
import { AnalysisExpenseChart } from "@/components/charts/analysis-expense-chart";
import { AnalysisForecastChart } from "@/components/charts/analysis-forecast-chart";
import { AnalysisIncomeChart } from "@/components/charts/analysis-income-chart";
import { AnalysisIncomeHeatmap } from "@/components/charts/analysis-income-heatmap";
import { balanceSeries, expenseSlices, forecastSeries, heatmapYears, incomeExpenseSeries, shareSeries } from "@/components/charts/analysis-series";
import { AnalysisShareChart } from "@/components/charts/analysis-share-chart";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { InfoTip } from "@/components/ui/info-tip";
import { DEFINITIONS, type DefinitionKey } from "@/server/analysis/definitions";
import type { AnalysisResult } from "./types";

function ChartCard({ title, definition, description, className, children }: { title: string; definition: DefinitionKey; description?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <Card className={className}>
      <CardHeader
        title={
          <span className="flex items-center gap-1.5">
            {title}
            <InfoTip label={title}>{DEFINITIONS[definition]}</InfoTip>
          </span>
        }
        description={description}
      />
      <CardBody>{children}</CardBody>
    </Card>
  );
}

/** The analysis' six charts, drawn from the engine's chart series. */
export function AnalysisCharts({ result }: { result: AnalysisResult }) {
  const { charts, currency, liquidity_score: liquidity, expenses_insights: expenses } = result;
  const series = useMemo(
    () => ({
      income: incomeExpenseSeries(charts.monthly_income_vs_expenses),
      heatmap: heatmapYears(charts.income_heatmap, result.income_analysis.break_months),
      forecast: forecastSeries(charts.balance_forecast, charts.forecast_markers, liquidity),
      expenses: expenseSlices(charts.expense_breakdown),
      shares: shareSeries(charts.gambling_share, charts.cash_share),
      balance: balanceSeries(charts.daily_balance),
    }),
    [charts, liquidity, result.income_analysis.break_months],
  );
  const overdraftDays = series.balance.runs.reduce((n, run) => n + run.days, 0);
  const split = expenses.spend_split;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartCard title="Income against expenses" definition="income_vs_expenses" description="Per month; the line is what is left over (affordability)." className="lg:col-span-2">
        <AnalysisIncomeChart points={series.income} currency={currency} />
      </ChartCard>
      <ChartCard title="Income by month" definition="income_heatmap" description="Primary income received each month; outlined red: an income break.">
        <AnalysisIncomeHeatmap years={series.heatmap} currency={currency} />
      </ChartCard>
      <ChartCard
        title="Balance forecast, 90 days"
        definition="balance_forecast"
        description={
          <span className="flex flex-wrap items-center gap-x-3">
            <span>
              Liquidity scores: 30 days <strong className="tabular">{liquidity.field_30_day_liquidity_score}</strong> · 60 days <strong className="tabular">{liquidity.field_60_day_liquidity_score}</strong> · 90 days{" "}
              <strong className="tabular">{liquidity.field_90_day_liquidity_score}</strong>
            </span>
            <InfoTip label="Liquidity score">{DEFINITIONS.liquidity_score}</InfoTip>
          </span>
        }
      >
        <AnalysisForecastChart points={series.forecast.points} markers={series.forecast.markers} currency={currency} />
      </ChartCard>
      <ChartCard
        title="Expense breakdown"
        definition="expense_breakdown"
        description={split.discretionary_spend_percentage === null ? undefined : `Discretionary ${split.discretionary_spend_percentage} % · non-discretionary ${split.non_discretionary_spend_percentage ?? "—"} % of spending.`}
      >
        <AnalysisExpenseChart slices={series.expenses} currency={currency} />
      </ChartCard>
      <ChartCard title="Gambling and cash, share of income" definition="gambling_cash_share" description="Each month's spend as a percentage of that month's primary income.">
        <AnalysisShareChart points={series.shares} currency={currency} />
      </ChartCard>
      <ChartCard
        title="Daily balance"
        definition="daily_balance"
        description={overdraftDays > 0 ? `${overdraftDays} overdraft day${overdraftDays === 1 ? "" : "s"} shaded red.` : "Never below zero in the window."}
        className="lg:col-span-2"
      >
        <AnalysisBalanceChart points={series.balance.points} runs={series.balance.runs} currency={currency} />
      </ChartCard>
    </div>
  );
}

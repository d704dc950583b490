"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANALYSIS_COLOURS as C, ChartFigure, ChartTooltipBox, compactAmount, NoChartData } from "./analysis-chart-parts";
import type { IncomeExpensePoint } from "./analysis-series";

/** Monthly incomes (one stack) against expenses and debt repayments (another), with the affordability line. */
export function AnalysisIncomeChart({ points, currency }: { points: IncomeExpensePoint[]; currency: string }) {
  if (points.length === 0) return <NoChartData>No months to chart.</NoChartData>;
  return (
    <ChartFigure label="Monthly income against expenses, with affordability">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis tickFormatter={compactAmount} tick={{ fontSize: 12 }} width={56} />
          <Tooltip content={({ active, label }) => (active ? <MonthTooltip point={points.find((p) => p.label === label)} currency={currency} /> : null)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={0} stroke="#94a3b8" />
          <Bar name="Primary income" dataKey="primary" stackId="income" fill={C.primary} isAnimationActive={false} />
          <Bar name="Secondary income" dataKey="secondary" stackId="income" fill={C.secondary} isAnimationActive={false} />
          <Bar name="Non-discretionary" dataKey="nonDiscretionary" stackId="expenses" fill={C.nonDiscretionary} isAnimationActive={false} />
          <Bar name="Discretionary" dataKey="discretionary" stackId="expenses" fill={C.discretionary} isAnimationActive={false} />
          <Bar name="Debt repayments" dataKey="debt" stackId="expenses" fill={C.debt} isAnimationActive={false} />
          <Line name="Affordability" dataKey="affordability" type="monotone" stroke={C.affordability} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function MonthTooltip({ point, currency }: { point: IncomeExpensePoint | undefined; currency: string }) {
  if (!point) return null;
  const e = point.exact;
  return (
    <ChartTooltipBox
      title={point.label}
      currency={currency}
      rows={[
        { label: "Primary income", amount: e.primary_income, colour: C.primary },
        { label: "Secondary income", amount: e.secondary_income, colour: C.secondary },
        { label: "Non-discretionary", amount: e.non_discretionary_expenses, colour: C.nonDiscretionary },
        { label: "Discretionary", amount: e.discretionary_expenses, colour: C.discretionary },
        { label: "Debt repayments", amount: e.existing_debt_repayments, colour: C.debt },
        { label: "Affordability", amount: e.affordability_amount, colour: C.affordability },
      ]}
      note={point.full ? undefined : "Partial month: not in the full-month averages."}
    />
  );
}

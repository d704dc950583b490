"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANALYSIS_COLOURS as C, ChartFigure, ChartTooltipBox, compactAmount, NoChartData } from "./analysis-chart-parts";
import type { ExpenseSlice } from "./analysis-series";

/** The largest expense labels over the window as horizontal bars, each with its share of all spending. */
export function AnalysisExpenseChart({ slices, currency }: { slices: ExpenseSlice[]; currency: string }) {
  if (slices.length === 0) return <NoChartData>No spending in the window.</NoChartData>;
  const data = slices.map((s) => ({ ...s, share: s.percentage === null ? "" : `${s.percentage} %` }));
  return (
    <ChartFigure label="Expense breakdown by label" className="h-80">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={compactAmount} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip
            content={({ active, label }) => {
              const slice = active ? slices.find((s) => s.name === label) : undefined;
              return slice ? <ChartTooltipBox title={slice.name} currency={currency} rows={[{ label: "Spent", amount: slice.exact }, { label: "Share of spending", text: slice.percentage === null ? "—" : `${slice.percentage} %` }]} /> : null;
            }}
          />
          <Bar name="Spent" dataKey="amount" fill={C.nonDiscretionary} isAnimationActive={false}>
            <LabelList dataKey="share" position="right" style={{ fontSize: 11, fill: "#475569" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

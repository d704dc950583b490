"use client";

import { Area, AreaChart, CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANALYSIS_COLOURS as C, ChartFigure, ChartTooltipBox, compactAmount, NoChartData } from "./analysis-chart-parts";
import { dayLabel, type BalancePoint, type OverdraftRun } from "./analysis-series";

/** End-of-day balance over the window: below zero filled red, and each run of overdraft days shaded. */
export function AnalysisBalanceChart({ points, runs, currency }: { points: BalancePoint[]; runs: OverdraftRun[]; currency: string }) {
  if (points.length === 0) return <NoChartData>No balances to chart.</NoChartData>;
  return (
    <ChartFigure label="Daily balance with overdraft days shaded">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="3 3" />
          <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayLabel} tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis tickFormatter={compactAmount} tick={{ fontSize: 12 }} width={56} />
          <Tooltip
            content={({ active, label }) => {
              const p = active ? points.find((x) => x.day === label) : undefined;
              return p ? <ChartTooltipBox title={p.date} currency={currency} rows={[{ label: "End-of-day balance", amount: p.exact, colour: p.overdraft ? C.overdraft : C.balance }]} note={p.overdraft ? "Overdraft day" : undefined} /> : null;
            }}
          />
          {runs.map((run) => (
            <ReferenceArea key={run.from} x1={run.from} x2={run.to} fill={C.overdraft} fillOpacity={0.12} ifOverflow="extendDomain" />
          ))}
          <ReferenceLine y={0} stroke="#94a3b8" />
          <Area name="Balance" dataKey="above" type="stepAfter" stroke={C.balance} fill={C.balance} fillOpacity={0.15} isAnimationActive={false} />
          <Area name="Overdraft" dataKey="below" type="stepAfter" stroke={C.overdraft} fill={C.overdraft} fillOpacity={0.35} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANALYSIS_COLOURS as C, ChartFigure, ChartTooltipBox, NoChartData } from "./analysis-chart-parts";
import type { SharePoint } from "./analysis-series";

/** Gambling and cash withdrawals per month as a percentage of that month's primary income. */
export function AnalysisShareChart({ points, currency }: { points: SharePoint[]; currency: string }) {
  if (points.length === 0) return <NoChartData>No months to chart.</NoChartData>;
  return (
    <ChartFigure label="Gambling and cash as a share of income">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis tickFormatter={(v: number) => `${v} %`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip
            content={({ active, label }) => {
              const p = active ? points.find((x) => x.label === label) : undefined;
              return p ? (
                <ChartTooltipBox
                  title={p.label}
                  currency={currency}
                  rows={[
                    { label: "Gambling", text: p.gambling === null ? "no primary income" : `${p.gambling} %`, colour: C.gambling },
                    { label: "Gambling spend", amount: p.gamblingAmount },
                    { label: "Cash", text: p.cash === null ? "no primary income" : `${p.cash} %`, colour: C.cash },
                    { label: "Cash withdrawn", amount: p.cashAmount },
                  ]}
                />
              ) : null;
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line name="Gambling share" dataKey="gambling" type="monotone" stroke={C.gambling} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          <Line name="Cash share" dataKey="cash" type="monotone" stroke={C.cash} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

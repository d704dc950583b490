"use client";

import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANALYSIS_COLOURS as C, ChartFigure, ChartTooltipBox, compactAmount, NoChartData } from "./analysis-chart-parts";
import { dayLabel, type ForecastMarkerPoint, type ForecastPoint } from "./analysis-series";

/** The 90-day balance forecast, with a marker at 30, 60 and 90 days carrying that horizon's liquidity score. */
export function AnalysisForecastChart({ points, markers, currency }: { points: ForecastPoint[]; markers: ForecastMarkerPoint[]; currency: string }) {
  if (points.length === 0) return <NoChartData>No forecast: the balance is unknown.</NoChartData>;
  return (
    <ChartFigure label="90-day balance forecast">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 24, right: 36, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="3 3" />
          <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayLabel} tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis tickFormatter={compactAmount} tick={{ fontSize: 12 }} width={56} />
          <Tooltip content={({ active, label }) => (active ? <DayTooltip point={points.find((p) => p.day === label)} markers={markers} currency={currency} /> : null)} />
          <ReferenceLine y={0} stroke={C.overdraft} strokeDasharray="4 3" />
          {markers.map((m) => (
            <ReferenceLine key={m.horizon} x={m.day} stroke="#94a3b8" strokeDasharray="3 3" label={{ value: `${m.horizon} d: ${m.score}`, position: "top", fontSize: 11, fill: "#475569" }} />
          ))}
          <Line name="Forecast balance" dataKey="balance" type="stepAfter" stroke={C.balance} strokeWidth={2} dot={false} isAnimationActive={false} />
          {markers.map((m) => (
            <ReferenceDot key={`dot-${m.horizon}`} x={m.day} y={m.balance} r={4} fill={m.balance < 0 ? C.overdraft : C.balance} stroke="white" />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function DayTooltip({ point, markers, currency }: { point: ForecastPoint | undefined; markers: ForecastMarkerPoint[]; currency: string }) {
  if (!point) return null;
  const marker = markers.find((m) => m.day === point.day);
  return (
    <ChartTooltipBox
      title={point.date}
      currency={currency}
      rows={[
        { label: "Forecast balance", amount: point.exact, colour: C.balance },
        ...(marker
          ? [
              { label: `${marker.horizon}-day liquidity score`, text: String(marker.score) },
              { label: "Lowest until then", amount: marker.minimum },
              { label: "Days below zero", text: String(marker.daysBelowZero) },
            ]
          : []),
      ]}
    />
  );
}

"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/components/ui/format";
import { dayLabel, type PrincipalPoint } from "./principal-series";

const compact = new Intl.NumberFormat("en-ZA", { notation: "compact", maximumFractionDigits: 1 });

/** Principal outstanding over time: the actual line (solid) and the schedule's projection (dashed). */
export function PrincipalChart({ points, currency }: { points: PrincipalPoint[]; currency: string }) {
  if (points.length === 0) {
    return <p className="py-10 text-center text-sm text-slate-500">Nothing to chart until the loan is disbursed.</p>;
  }
  return (
    <figure className="h-72 w-full" aria-label="Principal outstanding over time">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayLabel} tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis tickFormatter={(value: number) => compact.format(value)} tick={{ fontSize: 12 }} width={56} />
          <Tooltip content={({ active, label }) => (active ? <PointTooltip point={points.find((p) => p.day === label)} currency={currency} /> : null)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line name="Actual" dataKey="actual" type="stepAfter" stroke="#2f5bc4" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          <Line name="Projected" dataKey="projected" type="monotone" stroke="#94a3b8" strokeWidth={2} strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

function PointTooltip({ point, currency }: { point: PrincipalPoint | undefined; currency: string }) {
  if (!point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <div className="font-medium text-slate-900">{point.date}</div>
      {point.actualLabel !== null && <div className="text-brand-700">Actual {formatMoney(point.actualLabel, currency)}</div>}
      {point.projectedLabel !== null && <div className="text-slate-500">Projected {formatMoney(point.projectedLabel, currency)}</div>}
    </div>
  );
}

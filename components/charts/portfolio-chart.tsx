"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/components/ui/format";
import { dayLabel } from "./principal-series";
import type { PortfolioBucket, PortfolioPoint } from "./portfolio-series";

const compact = new Intl.NumberFormat("en-ZA", { notation: "compact", maximumFractionDigits: 1 });

/** Current in green, then warmer as accounts fall further behind. */
const BUCKET_COLOURS = ["#34d399", "#fcd34d", "#fbbf24", "#f59e0b", "#f97316", "#ef4444", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d", "#450a0a"];
const colourOf = (i: number) => BUCKET_COLOURS[Math.min(i, BUCKET_COLOURS.length - 1)] ?? "#64748b";

interface PortfolioChartProps {
  points: PortfolioPoint[];
  buckets: readonly PortfolioBucket[];
  metric: "accounts" | "outstanding";
  currency: string;
  label: string;
}

/** Accounts or principal outstanding per delinquency bucket, stacked, one point per closed day. */
export function PortfolioChart({ points, buckets, metric, currency, label }: PortfolioChartProps) {
  if (points.length === 0) {
    return <p className="py-10 text-center text-sm text-slate-500">No closed day in this range yet: close of business takes a snapshot at the end of each day.</p>;
  }
  return (
    <figure className="h-72 w-full" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayLabel} tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis tickFormatter={(value: number) => compact.format(value)} tick={{ fontSize: 12 }} width={56} allowDecimals={metric === "outstanding"} />
          <Tooltip content={({ active, label: day }) => (active ? <PointTooltip point={points.find((p) => p.day === day)} buckets={buckets} metric={metric} currency={currency} /> : null)} />
          {/* In bucket order, not alphabetical (Recharts sorts legend items by name unless told not to). */}
          <Legend wrapperStyle={{ fontSize: 12 }} iconType="square" itemSorter={null} />
          {buckets.map((b, i) => (
            <Area
              key={b.bucket}
              name={b.label}
              dataKey={(p: PortfolioPoint) => (metric === "accounts" ? p.accounts[i] : p.outstanding[i]) ?? 0}
              type="stepAfter"
              stackId="buckets"
              stroke={colourOf(i)}
              fill={colourOf(i)}
              fillOpacity={0.7}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}

function PointTooltip({ point, buckets, metric, currency }: { point: PortfolioPoint | undefined; buckets: readonly PortfolioBucket[]; metric: PortfolioChartProps["metric"]; currency: string }) {
  if (!point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <div className="font-medium text-slate-900">{point.date}</div>
      {[...buckets.entries()].reverse().map(([i, b]) => (
        <div key={b.bucket} className="tabular flex justify-between gap-4">
          <span className="flex items-center gap-1.5 text-slate-600">
            <span className="size-2 rounded-sm" style={{ backgroundColor: colourOf(i) }} aria-hidden />
            {b.label}
          </span>
          <span className="text-slate-700">{metric === "accounts" ? (point.accounts[i] ?? 0) : formatMoney(point.outstandingLabels[i] ?? "0", currency)}</span>
        </div>
      ))}
    </div>
  );
}

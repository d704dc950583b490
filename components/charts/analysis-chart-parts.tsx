import type { ReactNode } from "react";
import { formatMoney } from "@/components/ui/format";

/** What the analysis charts share: colours, the axis number format and the tooltip box. */
export const ANALYSIS_COLOURS = {
  primary: "#2f5bc4",
  secondary: "#93b4f5",
  nonDiscretionary: "#64748b",
  discretionary: "#f59e0b",
  debt: "#a855f7",
  affordability: "#059669",
  balance: "#2f5bc4",
  overdraft: "#dc2626",
  gambling: "#dc2626",
  cash: "#0891b2",
  grid: "#e2e8f0",
} as const;

const compact = new Intl.NumberFormat("en-ZA", { notation: "compact", maximumFractionDigits: 1 });

export function compactAmount(value: number): string {
  return compact.format(value);
}

export interface TooltipRow {
  label: string;
  /** Exact decimal string, formatted as money; or text as it is. */
  amount?: string;
  text?: string;
  colour?: string;
}

export function ChartTooltipBox({ title, rows, currency, note }: { title: string; rows: readonly TooltipRow[]; currency: string; note?: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <div className="font-medium text-slate-900">{title}</div>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="flex items-center gap-1.5 text-slate-500">
              {row.colour && <span className="inline-block size-2 rounded-full" style={{ backgroundColor: row.colour }} aria-hidden />}
              {row.label}
            </dt>
            <dd className="tabular text-right text-slate-900">{row.amount !== undefined ? formatMoney(row.amount, currency) : row.text}</dd>
          </div>
        ))}
      </dl>
      {note && <div className="mt-1 text-slate-500">{note}</div>}
    </div>
  );
}

/** The chart's box: a fixed height Recharts can fill, named for screen readers. */
export function ChartFigure({ label, className = "h-72", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <figure className={`${className} w-full`} aria-label={label}>
      {children}
    </figure>
  );
}

/** When there is nothing to draw, say so instead of an empty frame. */
export function NoChartData({ children }: { children: ReactNode }) {
  return <p className="py-10 text-center text-sm text-slate-500">{children}</p>;
}

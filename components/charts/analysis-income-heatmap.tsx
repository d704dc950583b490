import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/components/ui/format";
import { NoChartData } from "./analysis-chart-parts";
import type { HeatmapYear } from "./analysis-series";

const LEVELS = ["bg-slate-100 text-slate-500", "bg-emerald-100 text-emerald-900", "bg-emerald-200 text-emerald-900", "bg-emerald-400 text-emerald-950", "bg-emerald-600 text-white"] as const;
const BREAK = "bg-red-50 text-red-700 ring-1 ring-inset ring-red-300";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Primary income by month as a calendar grid (a year a row), darker for more; an income break (an
 * assessed month without primary income) is outlined red. A grid reads better than a chart for this.
 */
export function AnalysisIncomeHeatmap({ years, currency }: { years: HeatmapYear[]; currency: string }) {
  if (years.length === 0) return <NoChartData>No months to show.</NoChartData>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-separate border-spacing-0.5 text-[11px]" aria-label="Income heatmap">
        <thead>
          <tr>
            <th scope="col" className="w-10" />
            {MONTHS.map((m) => (
              <th key={m} scope="col" className="font-medium text-slate-500">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className="pr-1 text-left font-medium text-slate-500">
                {y.year}
              </th>
              {y.cells.map((cell, i) =>
                cell ? (
                  <td
                    key={cell.month}
                    title={`${cell.label}: ${formatMoney(cell.amount, currency)}${cell.isBreak ? " (income break)" : ""}`}
                    className={cn("tabular h-9 rounded text-center", cell.isBreak ? BREAK : LEVELS[cell.level])}
                  >
                    <span className="sr-only">{cell.label}: </span>
                    {compactMoney(cell.amount)}
                  </td>
                ) : (
                  <td key={`${y.year}-${i}`} className="h-9 rounded bg-slate-50" aria-label="outside the analysis" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const compact = new Intl.NumberFormat("en-ZA", { notation: "compact", maximumFractionDigits: 1 });

function compactMoney(amount: string): string {
  return Number(amount) === 0 ? "none" : compact.format(Number(amount));
}

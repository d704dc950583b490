import { fromDayNumber, toDayNumber } from "@/server/shared/dates";

/**
 * The loan page's principal chart as data: what was owed after each posting (actual) and what the
 * schedule in force expects after each future due date (projected). Pure, so the shaping is tested
 * without a browser; the chart component only draws it.
 */
export interface PrincipalPoint {
  /** Days since 1970-01-01: a numeric x axis keeps the gaps between dates proportional. */
  day: number;
  date: string;
  actual: number | null;
  projected: number | null;
  /** The exact amounts, for the tooltip: the plotted numbers are only for geometry. */
  actualLabel: string | null;
  projectedLabel: string | null;
}

export interface PrincipalSeriesInput {
  history: ReadonlyArray<{ date: string; principal: string }>;
  schedule: ReadonlyArray<{ dueDate: string; balanceAfter: string }> | null;
  asOf: string;
  /** Closed or written off: nothing is projected. */
  closed: boolean;
}

// Recharts positions points with JavaScript numbers; a cent of float error is invisible on a chart,
// and every figure a user reads comes from the exact string label instead.
function plotValue(amount: string): number {
  return Number(amount);
}

export function principalSeries({ history, schedule, asOf, closed }: PrincipalSeriesInput): PrincipalPoint[] {
  if (history.length === 0) return [];
  const points = new Map<string, PrincipalPoint>();
  const at = (date: string): PrincipalPoint => {
    const existing = points.get(date);
    if (existing) return existing;
    const point: PrincipalPoint = { day: toDayNumber(date), date, actual: null, projected: null, actualLabel: null, projectedLabel: null };
    points.set(date, point);
    return point;
  };
  // Several postings on one day: the day ends on the last one.
  for (const entry of history) {
    const point = at(entry.date);
    point.actual = plotValue(entry.principal);
    point.actualLabel = entry.principal;
  }
  const last = history[history.length - 1];
  if (last && asOf > last.date) {
    const today = at(asOf);
    today.actual = plotValue(last.principal);
    today.actualLabel = last.principal;
  }
  const future = closed || !schedule ? [] : schedule.filter((row) => row.dueDate > asOf);
  if (last && future.length > 0 && plotValue(last.principal) > 0) {
    // The projection starts where the actual line ends, so the two lines join.
    const start = at(asOf > last.date ? asOf : last.date);
    start.projected = plotValue(last.principal);
    start.projectedLabel = last.principal;
    for (const row of future) {
      const point = at(row.dueDate);
      point.projected = plotValue(row.balanceAfter);
      point.projectedLabel = row.balanceAfter;
    }
  }
  return [...points.values()].sort((a, b) => a.day - b.day);
}

export function dayLabel(day: number): string {
  return fromDayNumber(day);
}

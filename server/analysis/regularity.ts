import { addMonths, dayOfWeekOfDayNumber, fromDayNumber, toDayNumber } from "@/server/shared/dates";
import { medianNumber } from "./amounts";

/**
 * Recurrence, shared by income streams, cash flows and credit commitments. A group's dates are
 * first reduced to *events* (dates within SAME_EVENT_DAYS of the previous kept date are one event:
 * a re-presented direct debit, a double booking). The periodicity is the band that contains the
 * median gap between events; the accuracy is the share of gaps inside that band, so one missed
 * month among five gives 75 %. Linear in the number of dates once they are sorted.
 */
export type Periodicity = "weekly" | "biweekly" | "monthly" | "bimonthly" | "quarterly" | "semi_annual" | "yearly" | "irregular";

export interface PeriodBand {
  readonly periodicity: Exclude<Periodicity, "irregular">;
  readonly nominalDays: number;
  readonly minDays: number;
  readonly maxDays: number;
  /** Calendar step for scheduling (monthly and longer); weekly bands step in days. */
  readonly months: number | null;
}

export const PERIOD_BANDS: readonly PeriodBand[] = [
  { periodicity: "weekly", nominalDays: 7, minDays: 5, maxDays: 9, months: null },
  { periodicity: "biweekly", nominalDays: 14, minDays: 12, maxDays: 16, months: null },
  { periodicity: "monthly", nominalDays: 30.44, minDays: 26, maxDays: 35, months: 1 },
  { periodicity: "bimonthly", nominalDays: 61, minDays: 55, maxDays: 66, months: 2 },
  { periodicity: "quarterly", nominalDays: 91, minDays: 84, maxDays: 98, months: 3 },
  { periodicity: "semi_annual", nominalDays: 182, minDays: 170, maxDays: 195, months: 6 },
  { periodicity: "yearly", nominalDays: 365, minDays: 350, maxDays: 380, months: 12 },
];

export const MONTHLY_BAND: PeriodBand = { periodicity: "monthly", nominalDays: 30.44, minDays: 26, maxDays: 35, months: 1 };

/** Dates closer than this to the previous kept date are the same event. */
export const SAME_EVENT_DAYS = 3;

/** Days of grace after a band's longest gap before a flow counts as stopped. */
export const STOP_GRACE_DAYS = 5;

export interface Regularity {
  readonly periodicity: Periodicity;
  readonly band: PeriodBand | null;
  /** Day numbers of the events. */
  readonly events: readonly number[];
  readonly gaps: readonly number[];
  readonly meanGap: number | null;
  readonly minGap: number | null;
  readonly maxGap: number | null;
  /** 0–100: share of gaps inside the band (0 without a band). */
  readonly accuracy: number;
  /** Median day of month of the events (1–31). */
  readonly dueDayOfMonth: number | null;
  /** Most frequent weekday of the events (0 = Sunday), earliest weekday on ties. */
  readonly usualWeekday: number | null;
}

function dayOfMonth(day: number): number {
  return Number(fromDayNumber(day).slice(8, 10));
}

/** Reduces sorted day numbers to events (see SAME_EVENT_DAYS). */
function toEvents(sortedDays: readonly number[]): number[] {
  const events: number[] = [];
  for (const day of sortedDays) {
    const last = events[events.length - 1];
    if (last === undefined || day - last > SAME_EVENT_DAYS) events.push(day);
  }
  return events;
}

/** The regularity of a group from its dates as sorted day numbers. */
export function detectRegularity(sortedDays: readonly number[]): Regularity {
  const events = toEvents(sortedDays);
  const gaps = events.slice(1).map((day, i) => day - (events[i] ?? day));
  const median = medianNumber(gaps);
  const band = median === null ? null : (PERIOD_BANDS.find((b) => median >= b.minDays && median <= b.maxDays) ?? null);
  const inBand = band ? gaps.filter((g) => g >= band.minDays && g <= band.maxDays).length : 0;
  const weekdays = new Array<number>(7).fill(0);
  for (const day of events) weekdays[dayOfWeekOfDayNumber(day)] = (weekdays[dayOfWeekOfDayNumber(day)] ?? 0) + 1;
  const topWeekday = Math.max(...weekdays);
  return {
    periodicity: band?.periodicity ?? "irregular",
    band,
    events,
    gaps,
    meanGap: gaps.length === 0 ? null : Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 10) / 10,
    minGap: gaps.length === 0 ? null : Math.min(...gaps),
    maxGap: gaps.length === 0 ? null : Math.max(...gaps),
    accuracy: gaps.length === 0 ? 0 : Math.round((inBand / gaps.length) * 100),
    dueDayOfMonth: events.length === 0 ? null : Math.floor(medianNumber(events.map(dayOfMonth)) ?? 1),
    usualWeekday: events.length === 0 ? null : weekdays.indexOf(topWeekday),
  };
}

/** Whether a flow last seen on `lastDay` is still expected at `endDay` (no gap beyond its band plus grace). */
export function isActiveAt(band: PeriodBand | null, lastDay: number, endDay: number): boolean {
  return endDay - lastDay <= (band ?? MONTHLY_BAND).maxDays + STOP_GRACE_DAYS;
}

/**
 * The next due dates of a recurring flow after `afterDay` up to `untilDay` (day numbers): monthly
 * and longer bands keep their due day of month (clamped to short months), weekly ones step in days.
 */
export function scheduleOccurrences(band: PeriodBand, lastDay: number, dueDayOfMonth: number | null, afterDay: number, untilDay: number): number[] {
  const due: number[] = [];
  const last = fromDayNumber(lastDay);
  for (let k = 1; k < 1000; k++) {
    const day = band.months === null ? lastDay + k * band.nominalDays : toDayNumber(addMonths(last, k * band.months, dueDayOfMonth ?? undefined));
    if (day > untilDay) break;
    if (day > afterDay) due.push(day);
  }
  return due;
}

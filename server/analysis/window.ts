import { daysInMonth, fromYmd, toDayNumber, type IsoDate } from "@/server/shared/dates";

/**
 * The analysis window: from the first to the last transaction of the analysed current accounts.
 * A calendar month is *full* when the window covers every one of its days; every
 * `average_full_month_*` figure averages full months only, so a statement that starts on the 25th
 * does not count a five-day May as a month of income.
 */
export interface WindowMonth {
  /** "YYYY-MM". */
  readonly key: string;
  readonly year: number;
  readonly month: number;
  /** Day number of the 1st of the month (possibly before the window). */
  readonly monthStartDay: number;
  /** Day numbers (see dates.ts) of the first and last day of the month inside the window. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly daysCovered: number;
  readonly daysInMonth: number;
  readonly full: boolean;
}

export interface AnalysisWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly startDay: number;
  readonly endDay: number;
  /** Days in the window, both ends included. */
  readonly days: number;
  readonly months: readonly WindowMonth[];
  /** Indexes into `months` of the full months. */
  readonly fullMonths: readonly number[];
}

function monthOrdinal(date: IsoDate): number {
  // Only the digits of a validated business date: year × 12 + month − 1.
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The window from `start` to `end` (inclusive) with its calendar months. */
export function buildWindow(start: IsoDate, end: IsoDate): AnalysisWindow {
  const startDay = toDayNumber(start);
  const endDay = toDayNumber(end);
  const months: WindowMonth[] = [];
  for (let ordinal = monthOrdinal(start); ordinal <= monthOrdinal(end); ordinal++) {
    const year = Math.floor(ordinal / 12);
    const month = (ordinal % 12) + 1;
    const length = daysInMonth(year, month);
    const monthFirst = toDayNumber(fromYmd(year, month, 1));
    const firstDay = Math.max(monthFirst, startDay);
    const lastDay = Math.min(monthFirst + length - 1, endDay);
    const daysCovered = lastDay - firstDay + 1;
    months.push({ key: fromYmd(year, month, 1).slice(0, 7), year, month, monthStartDay: monthFirst, firstDay, lastDay, daysCovered, daysInMonth: length, full: daysCovered === length });
  }
  const fullMonths = months.flatMap((m, i) => (m.full ? [i] : []));
  return { start, end, startDay, endDay, days: endDay - startDay + 1, months, fullMonths };
}

/** Index into `window.months` of a date inside the window. */
export function monthIndexOf(window: AnalysisWindow, date: IsoDate): number {
  return monthOrdinal(date) - monthOrdinal(window.start);
}

/** Days covered by the full months (the denominator of per-day averages). */
export function fullMonthDays(window: AnalysisWindow): number {
  return window.fullMonths.reduce((sum, i) => sum + (window.months[i]?.daysCovered ?? 0), 0);
}

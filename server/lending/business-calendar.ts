import { DomainError } from "@/server/platform/errors";
import { type IsoDate, dayOfWeekOfDayNumber, toDayNumber } from "@/server/shared/dates";
import { WEEKDAYS, type Weekday } from "./schedule-terms";

/**
 * An organisation's business days: its working weekdays minus its holidays. Dates are day numbers
 * (see `toDayNumber`) because schedule generation asks this question for every instalment.
 */
export interface BusinessCalendar {
  /** Sorted, unique holiday day numbers. */
  readonly holidays: readonly number[];
  isHoliday(day: number): boolean;
  isBusinessDay(day: number): boolean;
  /** The day itself if it is a business day, else the first business day after it. */
  onOrAfter(day: number): number;
  /** The day itself if it is a business day, else the last business day before it. */
  onOrBefore(day: number): number;
}

/** A working-days and holidays configuration under which no business day can be found. */
export class CalendarError extends DomainError {
  constructor(message: string) {
    super("VALIDATION", message);
  }
}

// A year of consecutive holidays cannot happen in practice; the bound turns a configuration
// mistake (every day a holiday) into an error instead of an endless loop.
const MAX_SEARCH_DAYS = 366;

/**
 * Builds the calendar from working weekdays and holiday dates (any order, duplicates allowed).
 * `within` (ISO dates, inclusive) skips holidays that cannot matter: ISO text compares like dates.
 */
export function createBusinessCalendar(
  workingDays: readonly Weekday[],
  holidays: readonly IsoDate[],
  within?: { from: IsoDate; to: IsoDate },
): BusinessCalendar {
  const working = WEEKDAYS.map((name) => workingDays.includes(name));
  const relevant = within === undefined ? holidays : holidays.filter((d) => d >= within.from && d <= within.to);
  const holidaySet = new Set(relevant.map(toDayNumber));
  const sorted = [...holidaySet].sort((a, b) => a - b);
  const isHoliday = (day: number) => holidaySet.has(day);
  const isBusinessDay = (day: number) => working[dayOfWeekOfDayNumber(day)] === true && !holidaySet.has(day);

  const search = (day: number, step: 1 | -1): number => {
    for (let i = 0, d = day; i <= MAX_SEARCH_DAYS; i += 1, d += step) {
      if (isBusinessDay(d)) return d;
    }
    throw new CalendarError("no business day within a year: check workingDays and holidays");
  };

  return {
    holidays: sorted,
    isHoliday,
    isBusinessDay,
    onOrAfter: (day) => search(day, 1),
    onOrBefore: (day) => search(day, -1),
  };
}

import { type IsoDate, dayNumberOfYmd, daysInMonth, fromDayNumber, fromYmd, toDayNumber, ymd } from "@/server/shared/dates";
import type { BusinessCalendar } from "./business-calendar";
import type { ResolvedTerms } from "./resolved-terms";

/**
 * One repayment period: interest runs over [start, due). `days` is the calendar length even under
 * 30-day months, as Fineract displays it; the 30/360 count only weighs daily interest.
 */
export interface Period {
  number: number;
  start: number;
  due: number;
  dueDate: IsoDate;
  days: number;
}

function monthIndexOf(date: IsoDate): number {
  const { year, month } = ymd(date);
  return year * 12 + month - 1;
}

function monthDay(index: number, anchorDay: number): number {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumberOfYmd(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}

/** ISO text of `monthDay(index, anchorDay)`, built from its parts (cheaper than via a Date). */
function monthDayText(index: number, anchorDay: number): IsoDate {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromYmd(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}

function lastBusinessDayOfMonth(index: number, calendar: BusinessCalendar): number {
  return calendar.onOrBefore(monthDay(index, 31));
}

function firstBusinessDayOfMonth(index: number, calendar: BusinessCalendar): number {
  return calendar.onOrAfter(monthDay(index, 1));
}

/** Nominal (unshifted) due dates as day numbers, with their ISO text when already known. */
function nominalDueDays(rt: ResolvedTerms): { days: number[]; texts: (IsoDate | undefined)[] } {
  const t = rt.terms;
  const n = t.numberOfInstalments;
  const every = t.repaymentEvery;
  const first = t.firstRepaymentDate;
  const out: number[] = new Array<number>(n);
  const texts: (IsoDate | undefined)[] = [];

  if (t.repaymentFrequency !== "months") {
    const step = t.repaymentFrequency === "weeks" ? 7 * every : every;
    const start = first === undefined ? rt.disbursement + step : toDayNumber(first);
    for (let i = 0; i < n; i += 1) out[i] = start + i * step;
    return { days: out, texts };
  }

  let month0 = first === undefined ? monthIndexOf(t.disbursementDate) + every : monthIndexOf(first);
  if (t.repaymentDateType === "day_of_month") {
    // The anchor day is kept for every month, so 31 Jan → 28/29 Feb → 31 Mar never drifts to 28.
    const anchor = rt.dayCount.anchorDay;
    for (let i = 0; i < n; i += 1) {
      out[i] = monthDay(month0 + i * every, anchor);
      texts[i] = monthDayText(month0 + i * every, anchor);
    }
    // An explicit first repayment date is honoured as given, even off the anchor day.
    if (first !== undefined) {
      out[0] = toDayNumber(first);
      texts[0] = first;
    }
    return { days: out, texts };
  }

  const pick = t.repaymentDateType === "last_day_of_month" ? lastBusinessDayOfMonth : firstBusinessDayOfMonth;
  // The seed's "last/first day of month" are business days; if that lands on or before the
  // disbursement (a disbursement in the month's last days), the schedule starts a period later.
  if (pick(month0, rt.calendar) <= rt.disbursement) month0 += every;
  for (let i = 0; i < n; i += 1) out[i] = pick(month0 + i * every, rt.calendar);
  return { days: out, texts };
}

function shiftForHolidays(day: number, rt: ResolvedTerms): number {
  const shift = rt.terms.holidayShift;
  if (shift === "on_day" || rt.terms.repaymentDateType !== "day_of_month") return day;
  return shift === "first_business_day_after_the_day" ? rt.calendar.onOrAfter(day) : rt.calendar.onOrBefore(day);
}

/**
 * The schedule's periods. Shifts are applied to each nominal date independently (a shifted date
 * never moves the next one). When shifting would make a due date fall on or before the previous
 * one (daily loans over a weekend, or a shift back onto the disbursement day), the instalment
 * moves to the first business day after the previous due date instead, so due dates always
 * strictly increase.
 */
export function generatePeriods(rt: ResolvedTerms): Period[] {
  const nominal = nominalDueDays(rt);
  const periods: Period[] = new Array<Period>(nominal.days.length);
  let previous = rt.disbursement;
  for (let i = 0; i < nominal.days.length; i += 1) {
    const day = nominal.days[i] ?? previous;
    let due = shiftForHolidays(day, rt);
    if (due <= previous) due = rt.calendar.onOrAfter(previous + 1);
    const text = due === day ? nominal.texts[i] : undefined;
    periods[i] = { number: i + 1, start: previous, due, dueDate: text ?? fromDayNumber(due), days: due - previous };
    previous = due;
  }
  return periods;
}

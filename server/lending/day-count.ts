import { dayNumberOfYmd, daysInMonth, isLeapYear } from "@/server/shared/dates";
import type { DAYS_IN_YEAR } from "./schedule-terms";

/**
 * Day-count conventions for interest that accrues by the day. Interest over [from, to) is
 * balance × rate × F where F = Σ (weight of each day) / (days in that day's year). F is returned
 * as an exact fraction so that callers divide once, at the end: dividing early by 365 would leave
 * a 40-digit approximation that "up"/"down" rounding could push across a cent.
 */

export type DaysInYear = (typeof DAYS_IN_YEAR)[number];

/** A half-open range of day numbers, [from, to). */
export interface DayRange {
  from: number;
  to: number;
}

export interface DayCount {
  daysInYear: DaysInYear;
  /** 30/360 day weights (every month counts 30 days); see `toThirtyDayIndex`. */
  thirtyDayMonths: boolean;
  /** The loan's repayment day: tells a clamped month end (31 → 28 Feb) from a real 28th. */
  anchorDay: number;
  /** Sorted day numbers that accrue nothing (holidays when interest is off on holidays). */
  excludedDays: readonly number[];
  /** Sorted, non-overlapping ranges in which interest is stopped. */
  stops: readonly DayRange[];
}

export interface YearFraction {
  num: number;
  den: number;
}

// With actual days in year every weight is scaled to this common denominator (365 × 366), so a
// period that spans a year end is still one exact fraction.
const ACTUAL_DENOMINATOR = 365 * 366;
const MS_PER_DAY = 86_400_000;

/**
 * 30/360 index of a day: differences of indexes are 30/360 day counts, so counts over split
 * ranges always add up. A day is capped at 30, and a month end reached only because the anchor
 * day does not exist in that month (31 → 28/29 Feb, 30 → 28 Feb) counts as the anchor day, so
 * that every regular monthly period counts exactly 30 days, as Fineract's DAYS_30 does.
 */
export function toThirtyDayIndex(day: number, anchorDay: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const dom = date.getUTCDate();
  const clamped = dom === daysInMonth(year, month) && anchorDay > dom;
  return year * 360 + (month - 1) * 30 + Math.min(clamped ? anchorDay : dom, 30);
}

function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

function weightOf(from: number, to: number, dc: DayCount): number {
  return dc.thirtyDayMonths ? toThirtyDayIndex(to, dc.anchorDay) - toThirtyDayIndex(from, dc.anchorDay) : to - from;
}

/**
 * Numerator contribution of [from, to) over the convention's denominator. Under "actual" each day
 * is a 1/365th or a 1/366th of a year according to its own year (a period across New Year is
 * split), as the contract says. Fineract's cumulative engine at the reference commit divides by 365
 * even in leap years (RS03 of LoanRepayment.feature; FINERACT-3049 later moved it to 366): we do
 * not copy that, so its published daily table maps onto `daysInYear: "365"`, not "actual".
 */
function rangeNumerator(from: number, to: number, dc: DayCount): number {
  if (to <= from) return 0;
  if (dc.daysInYear !== "actual") return weightOf(from, to, dc);
  let total = 0;
  for (let start = from; start < to; ) {
    const year = yearOf(start);
    const end = Math.min(to, dayNumberOfYmd(year + 1, 1, 1));
    total += weightOf(start, end, dc) * (isLeapYear(year) ? 365 : 366);
    start = end;
  }
  return total;
}

/** The denominator of every `computeAccrualFraction` under this days-in-year convention. */
export function getYearDenominator(daysInYear: DaysInYear): number {
  return daysInYear === "actual" ? ACTUAL_DENOMINATOR : Number(daysInYear);
}

/** First index in a sorted array whose value is ≥ `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isStopped(day: number, stops: readonly DayRange[]): boolean {
  return stops.some((s) => day >= s.from && day < s.to);
}

/** The exact fraction of a year over which interest accrues in [from, to) under `dc`. */
export function computeAccrualFraction(from: number, to: number, dc: DayCount): YearFraction {
  const den = getYearDenominator(dc.daysInYear);
  if (to <= from) return { num: 0, den };
  let num = rangeNumerator(from, to, dc);
  for (const stop of dc.stops) {
    num -= rangeNumerator(Math.max(stop.from, from), Math.min(stop.to, to), dc);
  }
  for (let i = lowerBound(dc.excludedDays, from); i < dc.excludedDays.length; i += 1) {
    const day = dc.excludedDays[i] ?? to;
    if (day >= to) break;
    if (!isStopped(day, dc.stops)) num -= rangeNumerator(day, day + 1, dc);
  }
  return { num, den };
}

/** Actual calendar days in [from, to) on which interest is not stopped (holidays still count). */
export function countActiveDays(from: number, to: number, stops: readonly DayRange[]): number {
  let days = Math.max(0, to - from);
  for (const stop of stops) days -= Math.max(0, Math.min(stop.to, to) - Math.max(stop.from, from));
  return days;
}

/**
 * Days in year used for a *nominal* rate (rate per day, not per accrual day): "actual" has no
 * single answer there, and 365 is what Fineract's period calculator uses.
 */
export function getNominalDaysInYear(daysInYear: DaysInYear): number {
  return daysInYear === "actual" ? 365 : Number(daysInYear);
}

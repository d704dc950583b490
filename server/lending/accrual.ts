import { type IsoDate, isIsoDate, toDayNumber } from "@/server/shared/dates";
import { type RoundingMode, ZERO, formatAmount, isDecimalString, money, roundMoney } from "@/server/shared/money";
import { type DayCount, type DayRange, type DaysInYear, computeAccrualFraction } from "./day-count";
import { LendingInputError } from "./errors";
import { getAnchorDay } from "./resolved-terms";
import type { ScheduleTerms } from "./schedule-terms";

/**
 * Interest accrued on a balance over a date range, by the day: balance × rate × Σ(day weight /
 * days in that day's year), with no interest on stopped days nor, when interest is off on
 * holidays, on holidays. The exact amount is additive over split ranges (`exact(a, b) + exact(b,
 * c) = exact(a, c)` to 40 significant digits); the rounded amount is rounded once, so close of
 * business should post "rounded accrual to date − already posted", never a sum of rounded days.
 */

export interface AccrualConvention {
  daysInYear: DaysInYear;
  /** "30": 30/360 day weights (every month 30 days). */
  daysInMonth: "actual" | "30";
  /** The loan's repayment day, used to count clamped month ends under 30/360 (default 31). */
  anchorDay?: number;
  interestOnHolidays: boolean;
  holidays?: readonly IsoDate[];
  /** Interest stopped from `from` (inclusive) to `to` (exclusive; open-ended when absent). */
  stops?: readonly { from: IsoDate; to?: IsoDate }[];
}

export interface AccrualRequest extends AccrualConvention {
  balance: string;
  /** Percent a year. */
  annualInterestRate: string;
  /** Accrual runs over [from, to): from the start of `from` to the start of `to`. */
  from: IsoDate;
  to: IsoDate;
  currencyDecimals?: number;
  roundingMode?: RoundingMode;
}

export interface AccrualResult {
  /** Calendar days in the range. */
  days: number;
  /** Full-precision interest, for adding up across ranges. */
  exact: string;
  /** Rounded to the currency's minor unit with the rounding mode. */
  interest: string;
}

function toDayCount(convention: AccrualConvention): DayCount {
  const stops: DayRange[] = (convention.stops ?? [])
    .map((s) => ({ from: toDayNumber(s.from), to: s.to === undefined ? Number.POSITIVE_INFINITY : toDayNumber(s.to) }))
    .sort((a, b) => a.from - b.from);
  const holidays = convention.interestOnHolidays ? [] : [...new Set((convention.holidays ?? []).map(toDayNumber))];
  return {
    daysInYear: convention.daysInYear,
    thirtyDayMonths: convention.daysInMonth === "30",
    anchorDay: convention.anchorDay ?? 31,
    excludedDays: holidays.sort((a, b) => a - b),
    stops,
  };
}

/** The accrual convention a loan's schedule terms imply (30-day months only for monthly loans). */
export function deriveAccrualConvention(terms: ScheduleTerms): AccrualConvention {
  return {
    daysInYear: terms.daysInYear,
    daysInMonth: terms.daysInMonth === "30" && terms.repaymentFrequency === "months" ? "30" : "actual",
    anchorDay: getAnchorDay(terms),
    interestOnHolidays: terms.interestOnHolidays,
    holidays: terms.holidays,
  };
}

/** Interest accrued on `balance` over [from, to) under the convention. */
export function accrueInterest(request: AccrualRequest): AccrualResult {
  for (const field of ["from", "to"] as const) {
    if (!isIsoDate(request[field])) throw new LendingInputError(field, "must be a date written as YYYY-MM-DD");
  }
  for (const field of ["balance", "annualInterestRate"] as const) {
    if (!isDecimalString(request[field])) throw new LendingInputError(field, "must be a decimal written as a string");
  }
  const from = toDayNumber(request.from);
  const to = toDayNumber(request.to);
  if (to < from) throw new LendingInputError("to", `must not be before from (${request.from})`);
  const { num, den } = computeAccrualFraction(from, to, toDayCount(request));
  const exact = num === 0 ? ZERO : money(request.balance).times(money(request.annualInterestRate)).times(num).div(100 * den);
  const decimals = request.currencyDecimals ?? 2;
  return {
    days: to - from,
    exact: exact.toFixed(),
    interest: formatAmount(roundMoney(exact, decimals, request.roundingMode ?? "half_even"), decimals),
  };
}

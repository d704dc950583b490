import type Decimal from "decimal.js";
import { type IsoDate, addDays, toDayNumber, ymd } from "@/server/shared/dates";
import { Money, type RoundingMode, ZERO, formatAmount, money } from "@/server/shared/money";
import { type BusinessCalendar, createBusinessCalendar } from "./business-calendar";
import { type DayCount, type DayRange, getYearDenominator, getNominalDaysInYear } from "./day-count";
import { divideExactly } from "./exact-fraction";
import type { ScheduleTerms } from "./schedule-terms";

/**
 * Terms turned into the values the engine works with: Decimals parsed once, dates as day numbers,
 * the business calendar built once. Everything here is derived; nothing is decided here that the
 * terms do not say.
 */
export interface ResolvedTerms {
  readonly terms: ScheduleTerms;
  readonly principal: Decimal;
  /** Annual rate in percent. */
  readonly rate: Decimal;
  readonly decimals: number;
  readonly roundingMode: RoundingMode;
  /**
   * Tie-break for amounts rounded "to the nearest" (instalment, principal share). Fineract applies
   * its one product mode here too, but "up"/"down" would not be "nearest" as the contract says, so
   * those modes govern interest only and ties go half-even.
   */
  readonly nearestMode: RoundingMode;
  /** The instalment multiple, or the currency's minor unit when the terms give none. */
  readonly multiple: Decimal;
  readonly minorUnit: Decimal;
  readonly disbursement: number;
  readonly periodsPerYear: number;
  /** Nominal periodic rate = rateTimesEvery / rateDivisor (as a fraction, not a percentage). */
  readonly rateTimesEvery: Decimal;
  readonly rateDivisor: number;
  readonly rateDivisorDecimal: Decimal;
  /** 100 × the accrual denominator: daily interest = balance × rate × num / this. */
  readonly dailyDenominator: Decimal;
  /** The same rate as one Decimal when that is exact (e.g. 12 % monthly = 0.01), else null. */
  readonly exactPeriodRate: Decimal | null;
  readonly dayCount: DayCount;
  readonly calendar: BusinessCalendar;
  readonly zeroText: string;
}

export interface ResolveOptions {
  /** Ranges in which interest is stopped (loan accounts only; a fresh schedule has none). */
  stops?: readonly DayRange[];
}

function periodsPerYearOf(terms: ScheduleTerms): number {
  if (terms.repaymentFrequency === "months") return 12;
  if (terms.repaymentFrequency === "weeks") return 52;
  return getNominalDaysInYear(terms.daysInYear);
}

/** The day of month the repayment dates are anchored to (30/360 counts clamped month ends by it). */
export function getAnchorDay(terms: ScheduleTerms): number {
  if (terms.repaymentDateType === "last_day_of_month") return 31;
  if (terms.repaymentDateType === "first_day_of_month") return 1;
  return terms.repaymentDay ?? ymd(terms.firstRepaymentDate ?? terms.disbursementDate).day;
}

/**
 * Dates a schedule can touch: from the disbursement to beyond any due date it can produce, even when
 * shifts push daily instalments to one working day a week (hence at least 7 days per instalment).
 */
function calendarWindow(terms: ScheduleTerms): { from: IsoDate; to: IsoDate } {
  const unitDays = terms.repaymentFrequency === "months" ? 31 : terms.repaymentFrequency === "weeks" ? 7 : 1;
  const span = (terms.numberOfInstalments + 1) * Math.max(7, unitDays * terms.repaymentEvery) + 400;
  return { from: terms.disbursementDate, to: addDays(terms.firstRepaymentDate ?? terms.disbursementDate, span) };
}

/** Parses and precomputes everything the schedule engine needs from validated terms. */
export function resolveTerms(terms: ScheduleTerms, options: ResolveOptions = {}): ResolvedTerms {
  const calendar = createBusinessCalendar(terms.workingDays, terms.holidays, calendarWindow(terms));
  const rate = money(terms.annualInterestRate);
  const periodsPerYear = periodsPerYearOf(terms);
  const rateTimesEvery = rate.times(terms.repaymentEvery);
  const rateDivisor = 100 * periodsPerYear;
  const minorUnit = new Money(1).div(new Money(10).pow(terms.currencyDecimals));
  const nearestMode: RoundingMode = terms.roundingMode === "half_up" ? "half_up" : "half_even";
  return {
    terms,
    principal: money(terms.principal),
    rate,
    decimals: terms.currencyDecimals,
    roundingMode: terms.roundingMode,
    nearestMode,
    multiple: terms.instalmentAmountInMultiplesOf === undefined ? minorUnit : money(terms.instalmentAmountInMultiplesOf),
    minorUnit,
    disbursement: toDayNumber(terms.disbursementDate),
    periodsPerYear,
    rateTimesEvery,
    rateDivisor,
    rateDivisorDecimal: new Money(rateDivisor),
    dailyDenominator: new Money(100 * getYearDenominator(terms.daysInYear)),
    exactPeriodRate: divideExactly(rateTimesEvery, rateDivisor),
    dayCount: {
      daysInYear: terms.daysInYear,
      // A "30-day month" only means something for monthly periods; Fineract applies DAYS_30
      // to monthly schedules only, so weekly and daily loans keep actual days.
      thirtyDayMonths: terms.daysInMonth === "30" && terms.repaymentFrequency === "months",
      anchorDay: getAnchorDay(terms),
      excludedDays: terms.interestOnHolidays ? [] : calendar.holidays,
      stops: options.stops ?? [],
    },
    calendar,
    zeroText: formatAmount(ZERO, terms.currencyDecimals),
  };
}

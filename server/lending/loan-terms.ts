import { addDays, addMonths, type IsoDate } from "@/server/shared/dates";
import { currencyDecimals } from "@/server/shared/money";
import type { ProductConfig } from "./product-input";
import type { ScheduleTermsInput } from "./schedule-terms";

export interface LoanTermsRequest {
  product: Pick<
    ProductConfig,
    | "repaymentEvery"
    | "repaymentFrequency"
    | "graceOnPrincipal"
    | "graceOnInterestPayment"
    | "amortisation"
    | "interestMethod"
    | "interestCalculationPeriod"
    | "daysInYear"
    | "daysInMonth"
    | "instalmentMultiple"
    | "roundingMode"
    | "repaymentDateType"
    | "repaymentDay"
    | "holidayShift"
    | "interestOnHolidays"
  >;
  principal: string;
  annualInterestRate: string;
  numberOfInstalments: number;
  disbursementDate: IsoDate;
  currency: string;
  holidays: readonly IsoDate[];
}

const DAYS_PER_PERIOD = { days: 1, weeks: 7, months: 31, years: 366 } as const;

/** An upper bound of the days from disbursement to the last due date. */
export function loanSpanDays(instalments: number, every: number, frequency: keyof typeof DAYS_PER_PERIOD): number {
  return instalments * every * DAYS_PER_PERIOD[frequency];
}

/**
 * The holidays a loan's terms carry: those from its disbursement to two years past its last due
 * date (shifts, late payments and a reschedule stay covered). Carrying the organisation's thirty
 * years of holidays on every loan made each replay re-validate hundreds of dates.
 */
export function holidaysWithin(holidays: readonly IsoDate[], from: IsoDate, spanDays: number): IsoDate[] {
  const until = addDays(from, spanDays + 731);
  return holidays.filter((h) => h >= from && h <= until);
}

/**
 * The schedule contract's terms of one loan: the product's conventions with the application's
 * amount, rate and instalments, disbursed on a date. The first repayment is one period after
 * disbursement, on the product's repayment day when it has one.
 */
export function buildLoanTerms(request: LoanTermsRequest): ScheduleTermsInput {
  const p = request.product;
  const terms: ScheduleTermsInput = {
    principal: request.principal,
    annualInterestRate: request.annualInterestRate,
    numberOfInstalments: request.numberOfInstalments,
    disbursementDate: request.disbursementDate,
    repaymentEvery: p.repaymentEvery,
    repaymentFrequency: p.repaymentFrequency,
    amortisation: p.amortisation,
    interestMethod: p.interestMethod,
    interestCalculationPeriod: p.interestCalculationPeriod,
    daysInYear: p.daysInYear,
    daysInMonth: p.daysInMonth,
    graceOnPrincipal: p.graceOnPrincipal,
    graceOnInterestPayment: p.graceOnInterestPayment,
    currencyDecimals: currencyDecimals(request.currency),
    roundingMode: p.roundingMode,
    repaymentDateType: p.repaymentDateType,
    holidayShift: p.holidayShift,
    holidays: holidaysWithin(request.holidays, request.disbursementDate, loanSpanDays(request.numberOfInstalments, p.repaymentEvery, p.repaymentFrequency)),
    interestOnHolidays: p.interestOnHolidays,
  };
  if (p.instalmentMultiple) terms.instalmentAmountInMultiplesOf = p.instalmentMultiple;
  if (p.repaymentDateType === "day_of_month" && p.repaymentDay && p.repaymentFrequency === "months") {
    terms.repaymentDay = p.repaymentDay;
    terms.firstRepaymentDate = firstMonthlyDueDate(request.disbursementDate, p.repaymentEvery, p.repaymentDay);
  }
  return terms;
}

/**
 * The first `day` of a month on or after one full period from disbursement, so the first instalment
 * never covers less than a period (disbursed 10 March, day 25: 25 April; disbursed 28 March, day 1: 1 May).
 */
export function firstMonthlyDueDate(disbursement: IsoDate, every: number, day: number): IsoDate {
  const onePeriod = addMonths(disbursement, every);
  const monthStart = `${onePeriod.slice(0, 7)}-01`;
  const candidate = addMonths(monthStart, 0, day);
  return candidate >= onePeriod ? candidate : addMonths(monthStart, 1, day);
}

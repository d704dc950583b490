import { addMonths, type IsoDate } from "@/server/shared/dates";
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
    holidays: [...request.holidays],
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

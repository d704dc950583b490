import type { Choice } from "@/components/ui/choices";
import type { ProductConfig } from "@/server/lending/product-input";

/**
 * The product form's choices, each with the sentence a credit officer needs to pick it. Typed as
 * complete records over the server's enums, so a new option on the server fails the type check here.
 */
type Options<K extends keyof ProductConfig> = Record<ProductConfig[K] & string, Choice>;

export const PRODUCT_TYPE: Options<"type"> = {
  term_loan: { label: "Term loan", hint: "A fixed amount repaid in instalments on a schedule." },
  revolving_credit: { label: "Revolving credit", hint: "A credit line drawn and repaid at will; monthly statements set a minimum payment." },
};

export const FREQUENCY: Options<"repaymentFrequency"> = {
  days: { label: "Days" },
  weeks: { label: "Weeks" },
  months: { label: "Months" },
};

export const AMORTISATION: Options<"amortisation"> = {
  equal_instalments: { label: "Equal instalments", hint: "Every instalment is the same total; early ones are mostly interest, later ones mostly principal." },
  equal_principal: { label: "Equal principal", hint: "The same principal each time plus that period's interest, so instalments fall over the term." },
};

export const INTEREST_METHOD: Options<"interestMethod"> = {
  declining_balance: { label: "Declining balance", hint: "Interest on the principal still owed: it shrinks as the loan is repaid." },
  flat: { label: "Flat", hint: "Interest on the original principal for the whole term, however much is repaid." },
};

export const CALCULATION_PERIOD: Options<"interestCalculationPeriod"> = {
  same_as_repayment: { label: "Same as repayment", hint: "Interest per repayment period: every month costs the same." },
  daily: { label: "Daily", hint: "Interest day by day over the actual days between due dates." },
};

export const DAYS_IN_YEAR: Options<"daysInYear"> = {
  actual: { label: "Actual (365 or 366)", hint: "The calendar's days: leap years have 366." },
  "360": { label: "360", hint: "A 360-day year (money-market convention): a little more interest per day." },
  "364": { label: "364", hint: "52 weeks exactly." },
  "365": { label: "365", hint: "Always 365, leap years too." },
};

export const DAYS_IN_MONTH: Options<"daysInMonth"> = {
  actual: { label: "Actual", hint: "The calendar's days in each month." },
  "30": { label: "30", hint: "Every month counts 30 days (the 30/360 convention)." },
};

export const ROUNDING: Options<"roundingMode"> = {
  half_even: { label: "Half even (banker's)", hint: "Halves go to the even cent, so rounding errs neither way over many loans." },
  half_up: { label: "Half up", hint: "Halves go up, as taught at school." },
  down: { label: "Down", hint: "Always towards zero: the borrower never pays a rounded-up cent." },
  up: { label: "Up", hint: "Always away from zero." },
};

export const DATE_TYPE: Options<"repaymentDateType"> = {
  day_of_month: { label: "Day of month", hint: "On the repayment day below, or on the disbursement's day of month when none is set." },
  last_day_of_month: { label: "Last day of month", hint: "Always the month's last day (needs monthly repayments)." },
  first_day_of_month: { label: "First day of month", hint: "Always the 1st (needs monthly repayments)." },
};

export const HOLIDAY_SHIFT: Options<"holidayShift"> = {
  on_day: { label: "Keep the date", hint: "A due date on a weekend or public holiday stays where it is." },
  last_business_day_before_the_day: { label: "Business day before", hint: "A due date on a non-business day moves back to the business day before." },
  first_business_day_after_the_day: { label: "Business day after", hint: "A due date on a non-business day moves on to the next business day." },
};

export const EARLY_REPAYMENT: Options<"earlyRepaymentStrategy"> = {
  from_last_instalment: {
    label: "From last instalment",
    hint: "Extra principal pays off the last instalments first: the instalment amount stays and the loan ends earlier.",
  },
  reduced_instalments: {
    label: "Reduced instalments",
    hint: "Extra principal is spread over the remaining instalments: the end date stays and every instalment gets smaller.",
  },
};

type Fee = ProductConfig["fees"][number];
export const FEE_TYPE: Record<Fee["type"], Choice> = {
  flat: { label: "Flat amount", hint: "A fixed amount in the organisation's currency." },
  percent: { label: "Percent", hint: "A percentage of the balance (of the amount disbursed, for disbursement fees)." },
};

export const FEE_EVENT: Record<Fee["event"], Choice> = {
  disbursement: { label: "On disbursement", hint: "Charged with the first disbursement." },
  arrears: { label: "On arrears", hint: "Charged when the loan moves to arrears." },
  default: { label: "On default", hint: "Charged when the loan moves to default." },
  ad_hoc: { label: "Ad hoc", hint: "Charged only when an officer charges it by name." },
};

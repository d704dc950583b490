import { z } from "zod";
import { DomainError } from "@/server/platform/errors";
import { isIsoDate } from "@/server/shared/dates";
import { ROUNDING_MODES, isDecimalString, money } from "@/server/shared/money";

/**
 * The schedule contract's input (issue 3): every amount and rate is a string, rates in percent.
 * Optional fields get the defaults below; unknown keys are refused so that a typo in an option
 * name can never silently fall back to a default.
 */

export const REPAYMENT_FREQUENCIES = ["days", "weeks", "months"] as const;
export const AMORTISATIONS = ["equal_instalments", "equal_principal"] as const;
export const INTEREST_METHODS = ["declining_balance", "flat"] as const;
export const INTEREST_CALCULATION_PERIODS = ["same_as_repayment", "daily"] as const;
export const DAYS_IN_YEAR = ["actual", "360", "364", "365"] as const;
export const DAYS_IN_MONTH = ["actual", "30"] as const;
export const REPAYMENT_DATE_TYPES = ["day_of_month", "last_day_of_month", "first_day_of_month"] as const;
export const HOLIDAY_SHIFTS = ["on_day", "last_business_day_before_the_day", "first_business_day_after_the_day"] as const;
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const MAX_RATE = money("1000");
const MAX_INSTALMENTS = 5000;

/** A field-level message, except that a missing required field says so. */
function rule(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: rule(`must be one of: ${values.join(", ")}`) });
}

const decimalString = z
  .string({ error: rule("must be a decimal number written as a string") })
  // abort: the refinements chained after this one read the value as money, which needs it well-formed.
  .refine((v) => isDecimalString(v), { error: "must be a decimal number written as a string", abort: true });

const DATE_RULE = "must be a real calendar date written as YYYY-MM-DD (years 1900–2199)";

function isPlausibleDate(value: string): boolean {
  return isIsoDate(value) && value >= "1900-01-01" && value <= "2199-12-31";
}

const isoDate = z
  .string({ error: rule("must be a date written as YYYY-MM-DD") })
  .refine(isPlausibleDate, { error: DATE_RULE });

function integer(min: number, max: number) {
  return z
    .number({ error: rule("must be a whole number") })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
}

// Accepting 360 as well as "360" costs nothing and the value is a label, not an amount.
const dayCountLabel = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "number" ? String(v) : v), oneOf(values));

export const scheduleTermsSchema = z
  .strictObject({
    principal: decimalString.refine((v) => money(v).gt(0), { error: "must be greater than 0" }),
    annualInterestRate: decimalString
      .refine((v) => money(v).gte(0), { error: "must not be negative" })
      .refine((v) => money(v).lte(MAX_RATE), { error: "must not be above 1000 (percent a year)" }),
    numberOfInstalments: integer(1, MAX_INSTALMENTS),
    disbursementDate: isoDate,
    firstRepaymentDate: isoDate.optional(),
    repaymentEvery: integer(1, 1000).default(1),
    repaymentFrequency: oneOf(REPAYMENT_FREQUENCIES).default("months"),
    amortisation: oneOf(AMORTISATIONS).default("equal_instalments"),
    interestMethod: oneOf(INTEREST_METHODS).default("declining_balance"),
    interestCalculationPeriod: oneOf(INTEREST_CALCULATION_PERIODS).default("same_as_repayment"),
    daysInYear: dayCountLabel(DAYS_IN_YEAR).default("actual"),
    daysInMonth: dayCountLabel(DAYS_IN_MONTH).default("actual"),
    graceOnPrincipal: integer(0, MAX_INSTALMENTS).default(0),
    graceOnInterestPayment: integer(0, MAX_INSTALMENTS).default(0),
    instalmentAmountInMultiplesOf: decimalString
      .refine((v) => money(v).gt(0), { error: "must be greater than 0" })
      .optional(),
    currencyDecimals: integer(0, 4).default(2),
    roundingMode: oneOf(ROUNDING_MODES).default("half_even"),
    repaymentDateType: oneOf(REPAYMENT_DATE_TYPES).default("day_of_month"),
    repaymentDay: integer(1, 31).optional(),
    holidayShift: oneOf(HOLIDAY_SHIFTS).default("on_day"),
    // One check over the whole list: organisations pass decades of holidays with every schedule.
    holidays: z
      .array(z.string({ error: "must be a date written as YYYY-MM-DD" }), { error: "must be a list of dates" })
      .superRefine((dates, ctx) => {
        dates.forEach((date, i) => {
          if (!isPlausibleDate(date)) ctx.addIssue({ code: "custom", path: [i], message: DATE_RULE });
        });
      })
      .default([]),
    workingDays: z
      .array(oneOf(WEEKDAYS), { error: "must be a list of weekdays" })
      .min(1, { error: "must name at least one working day" })
      .refine((days) => new Set(days).size === days.length, { error: "must not repeat a weekday" })
      .default(["mon", "tue", "wed", "thu", "fri"]),
    interestOnHolidays: z.boolean({ error: "must be true or false" }).default(true),
  })
  .superRefine((t, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (t.graceOnPrincipal >= t.numberOfInstalments) {
      fail("graceOnPrincipal", `must be less than numberOfInstalments (${t.numberOfInstalments})`);
    }
    if (t.graceOnInterestPayment >= t.numberOfInstalments) {
      fail("graceOnInterestPayment", `must be less than numberOfInstalments (${t.numberOfInstalments})`);
    }
    if (t.firstRepaymentDate !== undefined && t.firstRepaymentDate <= t.disbursementDate) {
      fail("firstRepaymentDate", `must be after disbursementDate (${t.disbursementDate})`);
    }
    if (t.repaymentDateType !== "day_of_month" && t.repaymentFrequency !== "months") {
      fail("repaymentDateType", `${t.repaymentDateType} needs repaymentFrequency "months"`);
    }
    if (decimalPlaces(t.principal) > t.currencyDecimals) {
      fail("principal", `must have at most ${t.currencyDecimals} decimals (currencyDecimals)`);
    }
    const multiple = t.instalmentAmountInMultiplesOf;
    if (multiple !== undefined && decimalPlaces(multiple) > t.currencyDecimals) {
      fail("instalmentAmountInMultiplesOf", `must have at most ${t.currencyDecimals} decimals (currencyDecimals)`);
    }
  });

/** What callers may send (defaults optional). */
export type ScheduleTermsInput = z.input<typeof scheduleTermsSchema>;
/** Validated terms with every default filled in. */
export type ScheduleTerms = z.output<typeof scheduleTermsSchema>;

export interface TermsIssue {
  path: string;
  message: string;
}

/** Thrown for terms that break the contract; `issues` name each field and the rule it broke. */
export class ScheduleTermsError extends DomainError {
  constructor(readonly issues: TermsIssue[]) {
    super("VALIDATION", `invalid schedule terms: ${issues.map((i) => `${i.path || "(terms)"}: ${i.message}`).join("; ")}`);
  }
}

function decimalPlaces(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.trim().length - dot - 1;
}

function toTermsIssues(issues: readonly z.core.$ZodIssue[]): TermsIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: key, message: "is not a known option" }));
    }
    const path = issue.path.map(String).join(".");
    if (issue.code === "invalid_type" && issue.path.length === 0) {
      return [{ path: "", message: "must be a JSON object" }];
    }
    return [{ path, message: issue.message }];
  });
}

/** Validates terms against the contract and fills in defaults; throws `ScheduleTermsError`. */
export function parseScheduleTerms(input: unknown): ScheduleTerms {
  const result = scheduleTermsSchema.safeParse(input);
  if (!result.success) throw new ScheduleTermsError(toTermsIssues(result.error.issues));
  return result.data;
}

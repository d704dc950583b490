import { z } from "zod";
import { isDecimalString, money } from "@/server/shared/money";
import { EARLY_REPAYMENT_STRATEGIES } from "./early-repayment";
import { defaultFeeSchema } from "./fees";
import {
  AMORTISATIONS,
  DAYS_IN_MONTH,
  DAYS_IN_YEAR,
  HOLIDAY_SHIFTS,
  INTEREST_CALCULATION_PERIODS,
  INTEREST_METHODS,
  REPAYMENT_DATE_TYPES,
  REPAYMENT_FREQUENCIES,
} from "./schedule-terms";
import { ROUNDING_MODES } from "@/server/shared/money";

/**
 * A credit product's configuration: every option of the seed's product section and of the
 * schedule contract. Amounts and rates are decimal strings (rates in percent). Cross-field rules
 * (default within limits, grace below instalments…) name the field that breaks them.
 */
const decimal = (what = "a decimal number") =>
  z
    .string({ error: `must be ${what} written as a string` })
    .trim()
    .refine(isDecimalString, { error: `must be ${what} written as a string`, abort: true });
const nonNegative = decimal().refine((v) => !money(v).isNegative(), { error: "must not be negative" });
const positive = decimal().refine((v) => money(v).gt(0), { error: "must be greater than 0" });
const percent = decimal("a percentage").refine((v) => money(v).gte(0) && money(v).lte(1000), { error: "must be between 0 and 1000 (percent a year)" });
const whole = (min: number, max: number) =>
  z.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` });

export const PRODUCT_TYPES = ["term_loan", "revolving_credit"] as const;

export const ZProductConfig = z
  .object({
    type: z.enum(PRODUCT_TYPES),
    name: z.string().trim().min(2, { error: "must be at least 2 characters" }).max(120),
    description: z.string().trim().max(2000).nullish(),
    amountMin: nonNegative.default("0"),
    amountMax: positive,
    amountDefault: positive,
    interestMax: percent,
    interestDefault: percent,
    instalmentsMin: whole(1, 600).nullish(),
    instalmentsMax: whole(1, 600).nullish(),
    instalmentsDefault: whole(1, 600).nullish(),
    repaymentEvery: whole(1, 365).default(1),
    repaymentFrequency: z.enum(REPAYMENT_FREQUENCIES).default("months"),
    graceOnPrincipal: whole(0, 599).default(0),
    graceOnInterestPayment: whole(0, 599).default(0),
    amortisation: z.enum(AMORTISATIONS).default("equal_instalments"),
    interestMethod: z.enum(INTEREST_METHODS).default("declining_balance"),
    interestCalculationPeriod: z.enum(INTEREST_CALCULATION_PERIODS).default("same_as_repayment"),
    daysInYear: z.enum(DAYS_IN_YEAR).default("actual"),
    daysInMonth: z.enum(DAYS_IN_MONTH).default("actual"),
    instalmentMultiple: positive.nullish(),
    roundingMode: z.enum(ROUNDING_MODES).default("half_even"),
    repaymentDateType: z.enum(REPAYMENT_DATE_TYPES).default("day_of_month"),
    repaymentDay: whole(1, 31).nullish(),
    holidayShift: z.enum(HOLIDAY_SHIFTS).default("on_day"),
    interestOnHolidays: z.boolean().default(true),
    earlyRepaymentStrategy: z.enum(EARLY_REPAYMENT_STRATEGIES).default("from_last_instalment"),
    arrearsToleranceDays: whole(0, 3650).default(0),
    fees: z.array(defaultFeeSchema).max(20).default([]),
    statementDay: whole(1, 31).nullish(),
    dueDay: whole(1, 31).nullish(),
    minimumPaymentPercent: decimal("a percentage")
      .refine((v) => money(v).gt(0) && money(v).lte(100), { error: "must be above 0 and at most 100" })
      .nullish(),
    minimumPaymentFloor: nonNegative.nullish(),
  })
  .superRefine((p, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (money(p.amountMin).gt(money(p.amountMax))) fail("amountMin", `must not be above amountMax (${p.amountMax})`);
    if (money(p.amountDefault).gt(money(p.amountMax)) || money(p.amountDefault).lt(money(p.amountMin))) {
      fail("amountDefault", `must be between amountMin (${p.amountMin}) and amountMax (${p.amountMax})`);
    }
    if (money(p.interestDefault).gt(money(p.interestMax))) fail("interestDefault", `must not be above interestMax (${p.interestMax})`);
    const names = new Set<string>();
    p.fees.forEach((fee, i) => {
      const key = fee.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: "custom", path: ["fees", i, "name"], message: `"${fee.name}" is already the name of another fee` });
      names.add(key);
    });
    if (p.type === "term_loan") {
      if (!p.instalmentsDefault) return fail("instalmentsDefault", "is required for a term loan");
      const min = p.instalmentsMin ?? 1;
      const max = p.instalmentsMax ?? 600;
      if (min > max) fail("instalmentsMin", `must not be above instalmentsMax (${max})`);
      if (p.instalmentsDefault < min || p.instalmentsDefault > max) fail("instalmentsDefault", `must be between instalmentsMin (${min}) and instalmentsMax (${max})`);
      if (p.graceOnPrincipal >= min) fail("graceOnPrincipal", `must be less than the smallest number of instalments (${min})`);
      if (p.graceOnInterestPayment >= min) fail("graceOnInterestPayment", `must be less than the smallest number of instalments (${min})`);
      if (p.repaymentDateType !== "day_of_month" && p.repaymentFrequency !== "months") fail("repaymentDateType", `${p.repaymentDateType} needs monthly repayments`);
    } else {
      if (!p.statementDay) fail("statementDay", "is required for revolving credit");
      if (!p.dueDay) fail("dueDay", "is required for revolving credit");
      if (!p.minimumPaymentPercent) fail("minimumPaymentPercent", "is required for revolving credit");
      if (p.minimumPaymentFloor === null || p.minimumPaymentFloor === undefined) fail("minimumPaymentFloor", "is required for revolving credit");
    }
  });

export type ProductConfig = z.output<typeof ZProductConfig>;
export type ProductConfigInput = z.input<typeof ZProductConfig>;

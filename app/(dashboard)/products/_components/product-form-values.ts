import { parseChoice } from "@/components/ui/choices";
import { decimalIssues } from "@/components/ui/decimal";
import type { ProductConfigInput } from "@/server/lending/product-input";
import {
  AMORTISATION,
  CALCULATION_PERIOD,
  DATE_TYPE,
  DAYS_IN_MONTH,
  DAYS_IN_YEAR,
  EARLY_REPAYMENT,
  FEE_EVENT,
  FEE_TYPE,
  FREQUENCY,
  HOLIDAY_SHIFT,
  INTEREST_METHOD,
  PRODUCT_TYPE,
  ROUNDING,
} from "./product-options";
import type { ProductRow } from "./types";

/**
 * The product form as typed: every control holds text (so a half-typed value is kept as the user
 * wrote it), and `toProductConfig` turns it into the procedure's input. The server does all the
 * validation, so the messages under the fields are the server's own.
 */
export interface FeeRow {
  key: string;
  name: string;
  type: string;
  amount: string;
  event: string;
}

export interface ProductFormValues {
  type: string;
  name: string;
  description: string;
  amountMin: string;
  amountMax: string;
  amountDefault: string;
  interestMax: string;
  interestDefault: string;
  instalmentsMin: string;
  instalmentsMax: string;
  instalmentsDefault: string;
  repaymentEvery: string;
  repaymentFrequency: string;
  graceOnPrincipal: string;
  graceOnInterestPayment: string;
  amortisation: string;
  interestMethod: string;
  interestCalculationPeriod: string;
  daysInYear: string;
  daysInMonth: string;
  instalmentMultiple: string;
  roundingMode: string;
  repaymentDateType: string;
  repaymentDay: string;
  holidayShift: string;
  interestOnHolidays: boolean;
  earlyRepaymentStrategy: string;
  arrearsToleranceDays: string;
  fees: FeeRow[];
  statementDay: string;
  dueDay: string;
  minimumPaymentPercent: string;
  minimumPaymentFloor: string;
}

export type TextField = { [K in keyof ProductFormValues]: ProductFormValues[K] extends string ? K : never }[keyof ProductFormValues];

export const EMPTY_PRODUCT: ProductFormValues = {
  type: "term_loan",
  name: "",
  description: "",
  amountMin: "0",
  amountMax: "",
  amountDefault: "",
  interestMax: "",
  interestDefault: "",
  instalmentsMin: "",
  instalmentsMax: "",
  instalmentsDefault: "12",
  repaymentEvery: "1",
  repaymentFrequency: "months",
  graceOnPrincipal: "0",
  graceOnInterestPayment: "0",
  amortisation: "equal_instalments",
  interestMethod: "declining_balance",
  interestCalculationPeriod: "same_as_repayment",
  daysInYear: "actual",
  daysInMonth: "actual",
  instalmentMultiple: "",
  roundingMode: "half_even",
  repaymentDateType: "day_of_month",
  repaymentDay: "",
  holidayShift: "on_day",
  interestOnHolidays: true,
  earlyRepaymentStrategy: "from_last_instalment",
  arrearsToleranceDays: "0",
  fees: [],
  statementDay: "",
  dueDay: "",
  minimumPaymentPercent: "",
  minimumPaymentFloor: "",
};

const text = (value: string | number | null): string => (value === null ? "" : String(value));

export function valuesFromProduct(p: ProductRow): ProductFormValues {
  return {
    type: p.type,
    name: p.name,
    description: text(p.description),
    amountMin: p.amountMin,
    amountMax: p.amountMax,
    amountDefault: p.amountDefault,
    interestMax: p.interestMax,
    interestDefault: p.interestDefault,
    instalmentsMin: text(p.instalmentsMin),
    instalmentsMax: text(p.instalmentsMax),
    instalmentsDefault: text(p.instalmentsDefault),
    repaymentEvery: text(p.repaymentEvery),
    repaymentFrequency: p.repaymentFrequency,
    graceOnPrincipal: text(p.graceOnPrincipal),
    graceOnInterestPayment: text(p.graceOnInterestPayment),
    amortisation: p.amortisation,
    interestMethod: p.interestMethod,
    interestCalculationPeriod: p.interestCalculationPeriod,
    daysInYear: p.daysInYear,
    daysInMonth: p.daysInMonth,
    instalmentMultiple: text(p.instalmentMultiple),
    roundingMode: p.roundingMode,
    repaymentDateType: p.repaymentDateType,
    repaymentDay: text(p.repaymentDay),
    holidayShift: p.holidayShift,
    interestOnHolidays: p.interestOnHolidays,
    earlyRepaymentStrategy: p.earlyRepaymentStrategy,
    arrearsToleranceDays: text(p.arrearsToleranceDays),
    fees: p.fees.map((fee, i) => ({ key: `fee-${i}`, ...fee })),
    statementDay: text(p.statementDay),
    dueDay: text(p.dueDay),
    minimumPaymentPercent: text(p.minimumPaymentPercent),
    minimumPaymentFloor: text(p.minimumPaymentFloor),
  };
}

/** Blank means "not set"; anything else goes to the server as typed, which names what is wrong with it. */
const optionalText = (value: string) => (value.trim() === "" ? null : value.trim());
const wholeOrNull = (value: string) => (value.trim() === "" ? null : Number(value.trim()));
const wholeOrDefault = (value: string) => (value.trim() === "" ? undefined : Number(value.trim()));

/** The procedure's input; options of the other product type are sent as unset, since the form hides them. */
export function toProductConfig(v: ProductFormValues): ProductConfigInput {
  const term = v.type !== "revolving_credit";
  const termOnly = (value: string) => (term ? value : "");
  const revolvingOnly = (value: string) => (term ? "" : value);
  return {
    type: parseChoice(PRODUCT_TYPE, v.type) ?? "term_loan",
    name: v.name,
    description: optionalText(v.description),
    amountMin: v.amountMin.trim() === "" ? undefined : v.amountMin.trim(),
    amountMax: v.amountMax.trim(),
    amountDefault: v.amountDefault.trim(),
    interestMax: v.interestMax.trim(),
    interestDefault: v.interestDefault.trim(),
    instalmentsMin: wholeOrNull(termOnly(v.instalmentsMin)),
    instalmentsMax: wholeOrNull(termOnly(v.instalmentsMax)),
    instalmentsDefault: wholeOrNull(termOnly(v.instalmentsDefault)),
    repaymentEvery: wholeOrDefault(v.repaymentEvery),
    repaymentFrequency: parseChoice(FREQUENCY, v.repaymentFrequency),
    graceOnPrincipal: wholeOrDefault(v.graceOnPrincipal),
    graceOnInterestPayment: wholeOrDefault(v.graceOnInterestPayment),
    amortisation: parseChoice(AMORTISATION, v.amortisation),
    interestMethod: parseChoice(INTEREST_METHOD, v.interestMethod),
    interestCalculationPeriod: parseChoice(CALCULATION_PERIOD, v.interestCalculationPeriod),
    daysInYear: parseChoice(DAYS_IN_YEAR, v.daysInYear),
    daysInMonth: parseChoice(DAYS_IN_MONTH, v.daysInMonth),
    instalmentMultiple: optionalText(termOnly(v.instalmentMultiple)),
    roundingMode: parseChoice(ROUNDING, v.roundingMode),
    repaymentDateType: parseChoice(DATE_TYPE, v.repaymentDateType),
    repaymentDay: wholeOrNull(termOnly(v.repaymentDay)),
    holidayShift: parseChoice(HOLIDAY_SHIFT, v.holidayShift),
    interestOnHolidays: v.interestOnHolidays,
    earlyRepaymentStrategy: parseChoice(EARLY_REPAYMENT, v.earlyRepaymentStrategy),
    arrearsToleranceDays: wholeOrDefault(v.arrearsToleranceDays),
    fees: v.fees.map((fee) => ({
      name: fee.name,
      type: parseChoice(FEE_TYPE, fee.type) ?? "flat",
      amount: fee.amount.trim(),
      event: parseChoice(FEE_EVENT, fee.event) ?? "ad_hoc",
    })),
    statementDay: wholeOrNull(revolvingOnly(v.statementDay)),
    dueDay: wholeOrNull(revolvingOnly(v.dueDay)),
    minimumPaymentPercent: optionalText(revolvingOnly(v.minimumPaymentPercent)),
    minimumPaymentFloor: optionalText(revolvingOnly(v.minimumPaymentFloor)),
  };
}

/** Labels of the fields whose messages also show away from the field (the preview's list). */
export const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  amountMin: "Minimum amount",
  amountMax: "Maximum amount",
  amountDefault: "Default amount",
  interestMax: "Maximum interest rate",
  interestDefault: "Default interest rate",
  instalmentsMin: "Minimum instalments",
  instalmentsMax: "Maximum instalments",
  instalmentsDefault: "Default instalments",
  instalmentMultiple: "Instalment multiple",
  graceOnPrincipal: "Grace on principal",
  graceOnInterestPayment: "Grace on interest payment",
  repaymentDateType: "Repayment date type",
  repaymentDay: "Repayment day",
  statementDay: "Statement day",
  dueDay: "Due day",
  minimumPaymentPercent: "Minimum payment",
  minimumPaymentFloor: "Minimum payment floor",
};

export function fieldLabel(key: string): string {
  const fee = /^fees\.(\d+)\.(\w+)$/.exec(key);
  if (fee) return `Fee ${Number(fee[1]) + 1} ${fee[2]}`;
  return FIELD_LABELS[key] ?? key;
}

/** Amounts and rates that are not decimals, found before the server is asked. */
export function decimalProblems(v: ProductFormValues): Record<string, string> {
  const revolving = v.type === "revolving_credit";
  return decimalIssues([
    { key: "amountMin", value: v.amountMin },
    { key: "amountMax", value: v.amountMax, required: true },
    { key: "amountDefault", value: v.amountDefault, required: true },
    { key: "interestMax", value: v.interestMax, required: true },
    { key: "interestDefault", value: v.interestDefault, required: true },
    { key: "instalmentMultiple", value: revolving ? "" : v.instalmentMultiple },
    { key: "minimumPaymentPercent", value: revolving ? v.minimumPaymentPercent : "" },
    { key: "minimumPaymentFloor", value: revolving ? v.minimumPaymentFloor : "" },
    ...v.fees.map((fee, i) => ({ key: `fees.${i}.amount`, value: fee.amount, required: true })),
  ]);
}

import { z } from "zod";
import { type RoundingMode, ZERO, formatAmount, isDecimalString, money, roundMoney } from "@/server/shared/money";
import { LendingInputError } from "./errors";

/**
 * The seed's default fees: a flat amount or a percentage of the account balance, applied
 * automatically on disbursement, on going into arrears or default, or on request (ad hoc).
 */

export const FEE_TYPES = ["flat", "percent"] as const;
export const FEE_EVENTS = ["disbursement", "arrears", "default", "ad_hoc"] as const;
export type FeeType = (typeof FEE_TYPES)[number];
export type FeeEvent = (typeof FEE_EVENTS)[number];

const decimal = z
  .string({ error: "must be a decimal number written as a string" })
  .refine(isDecimalString, { error: "must be a decimal number written as a string", abort: true });

/** A product's default fee (amount in currency for flat fees, in percent for percent fees). */
export const defaultFeeSchema = z
  .strictObject({
    name: z.string({ error: "must be a name" }).trim().min(1, { error: "must not be empty" }).max(100),
    type: z.enum(FEE_TYPES, { error: `must be one of: ${FEE_TYPES.join(", ")}` }),
    amount: decimal.refine((v) => money(v).gte(0), { error: "must not be negative" }),
    event: z.enum(FEE_EVENTS, { error: `must be one of: ${FEE_EVENTS.join(", ")}` }),
  })
  .superRefine((fee, ctx) => {
    if (fee.type === "percent" && money(fee.amount).gt(100)) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "a percentage must not be above 100" });
    }
  });

export type DefaultFee = z.output<typeof defaultFeeSchema>;

/** The fee rule itself: what `computeFeeAmount` needs. */
export interface FeeRule {
  type: FeeType;
  amount: string;
}

export interface FeeRounding {
  currencyDecimals: number;
  roundingMode: RoundingMode;
}

/**
 * The amount of a fee: flat fees as configured (rounded to the currency), percent fees as that
 * percentage of the balance, rounded once with the product's mode. A zero or negative balance
 * (nothing owed, or a credit) gives no percentage fee.
 */
export function computeFeeAmount(rule: FeeRule, balance: string, rounding: FeeRounding): string {
  if (!isDecimalString(rule.amount) || money(rule.amount).isNegative()) {
    throw new LendingInputError("amount", "must be a non-negative decimal written as a string");
  }
  if (!isDecimalString(balance)) throw new LendingInputError("balance", "must be a decimal written as a string");
  const { currencyDecimals: d, roundingMode } = rounding;
  const base = money(balance);
  const raw = rule.type === "flat" ? money(rule.amount) : base.gt(0) ? base.times(money(rule.amount)).div(100) : ZERO;
  return formatAmount(roundMoney(raw, d, roundingMode), d);
}

/** The default fees a product applies automatically on `event`, in configuration order. */
export function feesForEvent(fees: readonly DefaultFee[], event: FeeEvent): DefaultFee[] {
  return fees.filter((fee) => fee.event === event);
}

/** A product's default fee by name (the seed's fee transactions refer to fees by name). */
export function findFeeByName(fees: readonly DefaultFee[], name: string): DefaultFee | undefined {
  const wanted = name.trim().toLowerCase();
  return fees.find((fee) => fee.name.toLowerCase() === wanted);
}

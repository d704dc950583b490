import { z } from "zod";
import { isIsoDate } from "@/server/shared/dates";
import { isDecimalString, money } from "@/server/shared/money";
import { FEE_TYPES } from "./fees";

const positiveAmount = z
  .string()
  .trim()
  .refine(isDecimalString, { error: "must be a decimal number written as a string", abort: true })
  .refine((v) => money(v).gt(0), { error: "must be greater than 0" });

/** The seed's "unique key": the same key and request returns the first result and creates nothing. */
/** Back-dating (repayments and fees): no earlier than the last statement or 31 days back, whichever is later. */
const valueDate = z
  .string()
  .refine(isIsoDate, { error: "must be a date as YYYY-MM-DD" })
  .optional();

const idempotencyKey = z.string().trim().min(8, { error: "must be at least 8 characters (a UUID is best)" }).max(255);

export const ZPostTransaction = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("disbursement"),
    loanId: z.uuid(),
    /** Term loans disburse exactly the approved amount (may be omitted); revolving lines any amount within the available credit. */
    amount: positiveAmount.optional(),
    idempotencyKey,
    note: z.string().trim().max(500).optional(),
  }),
  z.object({ type: z.literal("repayment"), loanId: z.uuid(), amount: positiveAmount, valueDate, idempotencyKey, note: z.string().trim().max(500).optional() }),
  z.object({
    type: z.literal("fee"),
    loanId: z.uuid(),
    /** A default fee of the product, by name… */
    feeName: z.string().trim().min(1).max(100).optional(),
    /** …or an ad-hoc fee: a flat amount or a percentage of the account balance. */
    feeType: z.enum(FEE_TYPES).optional(),
    amount: positiveAmount.optional(),
    valueDate,
    idempotencyKey,
    note: z.string().trim().max(500).optional(),
  }),
]);

export type PostTransactionInput = z.infer<typeof ZPostTransaction>;

export const ZRevertTransaction = z.object({
  loanId: z.uuid(),
  transactionId: z.uuid(),
  reason: z.string().trim().min(3, { error: "must say why, in at least 3 characters" }).max(500),
});

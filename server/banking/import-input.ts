import { z } from "zod";
import { ACCOUNT_TYPES } from "./taxonomy";
import { DATE_FORMATS } from "./csv-values";

const column = z.union([z.number().int().min(0).max(500), z.string().trim().min(1).max(200)]);

/** The CSV wizard's confirmed column mapping (see `csv-rows.ts` for what each part means). */
export const ZCsvMapping = z.object({
  date: column,
  description: z.union([column, z.array(column).min(1).max(5).readonly()]),
  amount: column.optional(),
  debit: column.optional(),
  credit: column.optional(),
  direction: column.optional(),
  balance: column.optional(),
  reference: column.optional(),
  dateFormat: z.enum(DATE_FORMATS),
  decimalSeparator: z.enum([".", ","]),
  delimiter: z.string().min(1).max(2).optional(),
  hasHeader: z.boolean(),
  skipLines: z.number().int().min(0).max(100).optional(),
  invertAmounts: z.boolean().optional(),
}).refine((m) => m.amount !== undefined || (m.debit !== undefined && m.credit !== undefined), { error: "map an amount column, or both debit and credit columns", path: ["amount"] });

/** What a CSV does not say about its account. */
export const ZCsvAccount = z.object({
  number: z.string().trim().max(64).nullish(),
  name: z.string().trim().max(120).nullish(),
  type: z.enum(ACCOUNT_TYPES).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "must be an ISO 4217 code such as ZAR" }).optional(),
  bank: z.string().trim().max(120).nullish(),
  holder: z.string().trim().max(200).nullish(),
  balance: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: "must be a decimal number written as a string" })
    .nullish(),
  balanceDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date as YYYY-MM-DD" })
    .nullish(),
});

import { z } from "zod";
import { isIsoDate } from "@/server/shared/dates";
import { isDecimalString, money } from "@/server/shared/money";

export const APPLICATION_STATUSES = ["incomplete", "complete", "processing", "accepted", "declined", "withdrawn"] as const;

const decimal = z.string().trim().refine(isDecimalString, { error: "must be a decimal number written as a string", abort: true });
const customFields = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 20_000, { error: "must be at most 20 000 characters of JSON" });

export const ZCreateApplication = z.object({
  borrowerId: z.uuid(),
  productId: z.uuid(),
  /** Omitted values take the product's defaults. */
  amount: decimal.refine((v) => money(v).gt(0), { error: "must be greater than 0" }).optional(),
  instalments: z.number().int({ error: "must be a whole number" }).min(1).max(600).optional(),
  interestRate: decimal.refine((v) => !money(v).isNegative(), { error: "must not be negative" }).optional(),
  customFields: customFields.optional(),
});

export const ZUpdateApplication = z.object({
  applicationId: z.uuid(),
  borrowerId: z.never({ error: "cannot be changed after an application is created" }).optional(),
  productId: z.never({ error: "cannot be changed after an application is created" }).optional(),
  amount: ZCreateApplication.shape.amount,
  instalments: ZCreateApplication.shape.instalments,
  interestRate: ZCreateApplication.shape.interestRate,
  customFields: customFields.optional(),
});

export const ZApplicationRef = z.object({ applicationId: z.uuid() });
export const ZOverrideDecision = z.object({
  applicationId: z.uuid(),
  outcome: z.enum(["accepted", "declined"]),
  reason: z.string().trim().min(10, { error: "must explain the override in at least 10 characters" }).max(1000),
});

/** The seed's list filters take several values separated by commas ("accepted,declined"). */
const splitCommas = z.string().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean));
const statusList = z.union([z.array(z.string()), splitCommas]).pipe(z.array(z.enum(APPLICATION_STATUSES)).max(10));
const idList = z.union([z.array(z.string()), splitCommas]).pipe(z.array(z.uuid()).max(50));

const isoDate = z.string().refine(isIsoDate, { error: "must be a date as YYYY-MM-DD" });

export const ZListApplications = z.object({
  status: statusList.optional(),
  productId: idList.optional(),
  borrowerId: idList.optional(),
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).default(0),
  sort: z.enum(["createdAt", "updatedAt", "amount", "status"]).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
});

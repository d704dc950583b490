import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { lendingSettings } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { isDecimalString, money } from "@/server/shared/money";

export type LendingSettings = typeof lendingSettings.$inferSelect;

/** The organisation's lending policy, with the defaults when it never changed them. */
export async function loadLendingSettings(db: Executor, orgId: string): Promise<LendingSettings> {
  const [row] = await db.select().from(lendingSettings).where(eq(lendingSettings.orgId, orgId));
  if (row) return row;
  const [created] = await db.insert(lendingSettings).values({ orgId }).onConflictDoNothing().returning();
  if (created) return created;
  const [again] = await db.select().from(lendingSettings).where(eq(lendingSettings.orgId, orgId));
  if (!again) throw new Error("lending settings could not be created");
  return again;
}

const decimal = z
  .string()
  .trim()
  .refine(isDecimalString, { error: "must be a decimal number written as a string", abort: true });

/** The organisation's lending policy; bank-data thresholds are optional (empty: rule off). */
export const ZLendingSettings = z
  .object({
    minimumBorrowerAge: z.number().int().min(16).max(100),
    maximumBorrowerAge: z.number().int().min(18).max(120).nullable(),
    defaultThresholdDays: z.number().int().min(1).max(3650),
    minimumAffordability: decimal.nullable(),
    requireAffordabilityCoversInstalment: z.boolean(),
    maximumGamblingShare: decimal.refine((v) => money(v).gte(0) && money(v).lte(1), { error: "must be a share between 0 and 1 (0.1 = 10 %)" }).nullable(),
    maximumReturnedDebits3m: z.number().int().min(0).max(100).nullable(),
    minimumHealthScore: z.number().int().min(0).max(100).nullable(),
    delinquencyBucketStarts: z
      .array(z.number().int().min(1).max(3650))
      .min(1)
      .max(10)
      .refine((starts) => starts.every((v, i) => i === 0 || v > (starts[i - 1] ?? 0)), { error: "must be increasing day counts, e.g. 1, 31, 61, 91, 181" })
      .optional(),
    cobTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a time as HH:MM (24 hours)" })
      .optional(),
    cobEnabled: z.boolean().optional(),
  })
  .refine((s) => s.maximumBorrowerAge === null || s.maximumBorrowerAge > s.minimumBorrowerAge, { error: "must be above the minimum age", path: ["maximumBorrowerAge"] });

export async function getLendingSettings(ctx: ServiceContext): Promise<LendingSettings> {
  return loadLendingSettings(ctx.db, ctx.orgId);
}

export async function updateLendingSettings(ctx: ServiceContext, input: z.infer<typeof ZLendingSettings>): Promise<LendingSettings> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadLendingSettings(tx, ctx.orgId);
    const [after] = await tx.update(lendingSettings).set({ ...input, updatedAt: new Date() }).where(eq(lendingSettings.orgId, ctx.orgId)).returning();
    if (!after) throw new Error("settings update returned nothing");
    await recordAudit(tx, ctx, { action: "lending_settings.updated", entityType: "organisation", entityId: ctx.orgId, before, after: input });
    return after;
  });
}

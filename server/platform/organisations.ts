import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import { recordAudit } from "./audit";
import { inTransaction, type ServiceContext } from "./context";
import { NotFoundError, ValidationError } from "./errors";
import { isIsoDate } from "@/server/shared/dates";

const TIME_ZONES = new Set(Intl.supportedValuesOf("timeZone").concat("UTC"));

export const ZUpdateOrganisation = z.object({
  name: z.string().trim().min(2).max(120),
  timeZone: z.string().refine((tz) => TIME_ZONES.has(tz), "must be an IANA time zone such as Africa/Johannesburg"),
  country: z
    .string()
    .length(2)
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166 code such as ZA"),
});

export async function getOrganisation(ctx: ServiceContext) {
  const org = await ctx.db.query.organisations.findFirst({ where: eq(organisations.id, ctx.orgId) });
  if (!org) throw new NotFoundError("organisation", ctx.orgId);
  return org;
}

/** The organisations a user can switch to (active memberships only). */
export async function listMyOrganisations(db: Database, userId: string) {
  return db
    .select({ orgId: organisations.id, name: organisations.name, slug: organisations.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "active")))
    .orderBy(asc(organisations.name));
}

/** Name, time zone and holiday country. Currency and business date are not edited here: loans depend on them. */
export async function updateOrganisation(ctx: ServiceContext, input: z.infer<typeof ZUpdateOrganisation>) {
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, ctx.orgId)).for("update");
    if (!before) throw new NotFoundError("organisation", ctx.orgId);
    const [after] = await tx.update(organisations).set(input).where(eq(organisations.id, ctx.orgId)).returning();
    await recordAudit(tx, ctx, {
      action: "organisation.updated",
      entityType: "organisation",
      entityId: ctx.orgId,
      before: { name: before.name, timeZone: before.timeZone, country: before.country },
      after: input,
    });
    return after;
  });
}

export const ZSetBusinessDate = z.object({ businessDate: z.string().refine(isIsoDate, { error: "must be a date as YYYY-MM-DD" }) });

/**
 * Moves the business date forward without processing the days in between (a catch-up or a test's
 * time travel). Never backwards: postings already made on later dates would then lie in the future.
 */
export async function setBusinessDate(ctx: ServiceContext, input: z.infer<typeof ZSetBusinessDate>) {
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, ctx.orgId)).for("update");
    if (!before) throw new NotFoundError("organisation", ctx.orgId);
    if (input.businessDate <= before.businessDate) throw new ValidationError("businessDate", `must be after the current business date (${before.businessDate})`);
    await tx.update(organisations).set({ businessDate: input.businessDate }).where(eq(organisations.id, ctx.orgId));
    await recordAudit(tx, ctx, { action: "organisation.business_date_set", entityType: "organisation", entityId: ctx.orgId, before: { businessDate: before.businessDate }, after: input });
    return { businessDate: input.businessDate };
  });
}

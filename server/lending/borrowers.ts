import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { borrowers } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { NotFoundError } from "@/server/platform/errors";
import { isIsoDate } from "@/server/shared/dates";

const text = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const NATIONAL_ID_TYPES = ["za_id", "passport", "national_id", "company_registration", "other"] as const;

/** People and businesses; a business has a registered name, a person first and last names and a date of birth. */
export const ZBorrowerInput = z
  .object({
    kind: z.enum(["person", "business"]),
    firstName: text(100),
    lastName: text(100),
    dateOfBirth: z
      .string()
      .refine((v) => isIsoDate(v), { error: "must be a date as YYYY-MM-DD" })
      .nullish()
      .transform((v) => v ?? null),
    nationalIdNumber: text(40),
    nationalIdType: z.enum(NATIONAL_ID_TYPES).nullish().transform((v) => v ?? null),
    registeredName: text(200),
    registrationNumber: text(60),
    email: z.email({ error: "must be an email address" }).max(254).nullish().or(z.literal("")).transform((v) => (v ? v.toLowerCase() : null)),
    phone: text(40).refine((v) => v === null || /^\+?[0-9 ()-]{6,}$/.test(v), { error: "must be a phone number (digits, spaces, +, -, brackets)" }),
    addressLine1: text(200),
    addressLine2: text(200),
    city: text(100),
    region: text(100),
    postalCode: text(20),
    country: text(2).refine((v) => v === null || /^[A-Z]{2}$/.test(v), { error: "must be an ISO 3166 code such as ZA" }),
  })
  .superRefine((b, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (b.kind === "person") {
      if (!b.firstName) fail("firstName", "is required for a person");
      if (!b.lastName) fail("lastName", "is required for a person");
    } else if (!b.registeredName) {
      fail("registeredName", "is required for a business");
    }
    if (b.nationalIdNumber && !b.nationalIdType) fail("nationalIdType", "is required with an ID number");
    if (b.nationalIdType === "za_id" && b.nationalIdNumber && !/^\d{13}$/.test(b.nationalIdNumber)) fail("nationalIdNumber", "a South African ID number has 13 digits");
  });

export type BorrowerInput = z.output<typeof ZBorrowerInput>;
export const ZBorrowerRef = z.object({ borrowerId: z.uuid() });
export const ZUpdateBorrower = z.object({ borrowerId: z.uuid(), details: ZBorrowerInput });
export const ZListBorrowers = z.object({
  search: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).default(0),
});

export type BorrowerRow = typeof borrowers.$inferSelect;

/** How a borrower is called on screens and in decisions. */
export function displayName(b: Pick<BorrowerRow, "kind" | "firstName" | "lastName" | "registeredName">): string {
  return b.kind === "business" ? (b.registeredName ?? "") : [b.firstName, b.lastName].filter(Boolean).join(" ");
}

export async function listBorrowers(ctx: ServiceContext, input: z.infer<typeof ZListBorrowers>) {
  const filters: SQL[] = [eq(borrowers.orgId, ctx.orgId)];
  if (input.search) {
    const pattern = `%${input.search.replace(/[%_\\]/g, "\\$&")}%`;
    const match = or(
      ilike(borrowers.firstName, pattern),
      ilike(borrowers.lastName, pattern),
      ilike(borrowers.registeredName, pattern),
      ilike(borrowers.email, pattern),
      ilike(borrowers.nationalIdNumber, pattern),
      ilike(borrowers.phone, pattern),
    );
    if (match) filters.push(match);
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(borrowers).where(where).orderBy(desc(borrowers.createdAt)).limit(input.limit).offset(input.offset),
    ctx.db.select({ n: count() }).from(borrowers).where(where),
  ]);
  return { borrowers: rows.map((b) => ({ ...b, displayName: displayName(b) })), total: total?.n ?? 0 };
}

export async function getBorrower(ctx: ServiceContext, borrowerId: string): Promise<BorrowerRow> {
  const [row] = await ctx.db.select().from(borrowers).where(and(eq(borrowers.id, borrowerId), eq(borrowers.orgId, ctx.orgId)));
  if (!row) throw new NotFoundError("borrower", borrowerId);
  return row;
}

export async function createBorrower(ctx: ServiceContext, details: BorrowerInput): Promise<BorrowerRow> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(borrowers).values({ orgId: ctx.orgId, ...details }).returning();
    if (!row) throw new Error("borrower insert returned nothing");
    await recordAudit(tx, ctx, { action: "borrower.created", entityType: "borrower", entityId: row.id, after: details });
    return row;
  });
}

/** Editable at any time: applications read the borrower's current details when they are processed. */
export async function updateBorrower(ctx: ServiceContext, input: z.infer<typeof ZUpdateBorrower>): Promise<BorrowerRow> {
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(borrowers).where(and(eq(borrowers.id, input.borrowerId), eq(borrowers.orgId, ctx.orgId))).for("update");
    if (!before) throw new NotFoundError("borrower", input.borrowerId);
    const [after] = await tx.update(borrowers).set({ ...input.details, updatedAt: new Date() }).where(eq(borrowers.id, before.id)).returning();
    if (!after) throw new Error("borrower update returned nothing");
    await recordAudit(tx, ctx, { action: "borrower.updated", entityType: "borrower", entityId: before.id, before, after: input.details });
    return after;
  });
}

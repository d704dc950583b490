import { and, asc, desc, eq, gte, inArray, lte, count, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { applicationDecisions, applications, borrowers, creditProducts, organisations } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { InvalidStateError, NotFoundError, ValidationError } from "@/server/platform/errors";
import { currencyDecimals, formatAmount, money } from "@/server/shared/money";
import type { ZApplicationRef, ZCreateApplication, ZListApplications, ZOverrideDecision, ZUpdateApplication } from "./application-input";
import { displayName } from "./borrowers";
import { decideApplication } from "./decision";
import { findLatestCompletedAnalysis } from "@/server/analysis/analysis-service";
import { loadLendingSettings } from "./lending-settings";
import { buildLoanTerms } from "./loan-terms";
import { loadOrgCalendar } from "./org-calendar";
import { productConfigOf } from "./products";
import { buildSchedule } from "./schedule";

type ApplicationRow = typeof applications.$inferSelect;
type ProductRow = typeof creditProducts.$inferSelect;

async function orgCurrency(tx: Transaction, orgId: string): Promise<string> {
  const [org] = await tx.select({ currency: organisations.currency }).from(organisations).where(eq(organisations.id, orgId));
  return org?.currency ?? "ZAR";
}

/** Locks the application row: every state change of one application is serialised. */
async function lockApplication(tx: Transaction, ctx: ServiceContext, applicationId: string): Promise<ApplicationRow> {
  const [row] = await tx.select().from(applications).where(and(eq(applications.id, applicationId), eq(applications.orgId, ctx.orgId))).for("update");
  if (!row) throw new NotFoundError("application", applicationId);
  return row;
}

function assertNoLoan(row: ApplicationRow, action: string): void {
  if (row.loanAccountId) throw new InvalidStateError("application", "linked to a loan account, so it can no longer change", action);
}

/** Terms within the product's limits, each refusal naming the field and the limit. */
function resolveTerms(product: ProductRow, input: { amount?: string | undefined; instalments?: number | undefined; interestRate?: string | undefined }, decimals: number) {
  const amountText = input.amount ?? product.amountDefault;
  const amount = money(amountText);
  if (!amount.equals(amount.toDecimalPlaces(decimals))) throw new ValidationError("amount", `must have at most ${decimals} decimals`);
  if (amount.gt(money(product.amountMax))) throw new ValidationError("amount", `must be at most ${product.amountMax} (the product's maximum)`);
  if (amount.lt(money(product.amountMin))) throw new ValidationError("amount", `must be at least ${product.amountMin} (the product's minimum)`);
  const interestRate = input.interestRate ?? product.interestDefault;
  if (money(interestRate).gt(money(product.interestMax))) throw new ValidationError("interestRate", `must be at most ${product.interestMax} (the product's maximum rate, % a year)`);
  let instalments: number | null = null;
  if (product.type === "term_loan") {
    instalments = input.instalments ?? product.instalmentsDefault;
    const min = product.instalmentsMin ?? 1;
    const max = product.instalmentsMax ?? 600;
    if (instalments === null) throw new ValidationError("instalments", "is required: the product has no default");
    if (instalments < min) throw new ValidationError("instalments", `must be at least ${min} (the product's minimum)`);
    if (instalments > max) throw new ValidationError("instalments", `must be at most ${max} (the product's maximum)`);
  } else if (input.instalments !== undefined) {
    throw new ValidationError("instalments", "does not apply to revolving credit");
  }
  return { amount: formatAmount(amount, decimals), interestRate: money(interestRate).toString(), instalments };
}

export async function createApplication(ctx: ServiceContext, input: z.infer<typeof ZCreateApplication>): Promise<ApplicationRow> {
  return inTransaction(ctx, async (tx) => {
    const [borrower] = await tx.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.id, input.borrowerId), eq(borrowers.orgId, ctx.orgId)));
    if (!borrower) throw new NotFoundError("borrower", input.borrowerId);
    const [product] = await tx.select().from(creditProducts).where(and(eq(creditProducts.id, input.productId), eq(creditProducts.orgId, ctx.orgId)));
    if (!product) throw new NotFoundError("product", input.productId);
    if (product.status !== "published") throw new InvalidStateError("product", "a draft", "apply for it (publish it first)");
    const terms = resolveTerms(product, input, currencyDecimals(await orgCurrency(tx, ctx.orgId)));
    const [row] = await tx
      .insert(applications)
      .values({ orgId: ctx.orgId, borrowerId: borrower.id, productId: product.id, ...terms, customFields: input.customFields ?? {} })
      .returning();
    if (!row) throw new Error("application insert returned nothing");
    await recordAudit(tx, ctx, { action: "application.created", entityType: "application", entityId: row.id, after: { ...terms, productId: product.id, borrowerId: borrower.id } });
    return row;
  });
}

export async function updateApplication(ctx: ServiceContext, input: z.infer<typeof ZUpdateApplication>): Promise<ApplicationRow> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockApplication(tx, ctx, input.applicationId);
    assertNoLoan(before, "update it");
    if (before.status !== "incomplete") throw new InvalidStateError("application", before.status, "update it (reopen it first)");
    const [product] = await tx.select().from(creditProducts).where(eq(creditProducts.id, before.productId));
    if (!product) throw new NotFoundError("product", before.productId);
    const terms = resolveTerms(
      product,
      { amount: input.amount ?? before.amount, instalments: input.instalments ?? before.instalments ?? undefined, interestRate: input.interestRate ?? before.interestRate },
      currencyDecimals(await orgCurrency(tx, ctx.orgId)),
    );
    const [after] = await tx
      .update(applications)
      .set({ ...terms, customFields: input.customFields ?? before.customFields, updatedAt: new Date() })
      .where(eq(applications.id, before.id))
      .returning();
    if (!after) throw new Error("application update returned nothing");
    await recordAudit(tx, ctx, {
      action: "application.updated",
      entityType: "application",
      entityId: before.id,
      before: { amount: before.amount, instalments: before.instalments, interestRate: before.interestRate, customFields: before.customFields },
      after: { ...terms, customFields: after.customFields },
    });
    return after;
  });
}

/**
 * Completes the application and decides it in the same transaction, on the borrower's details as
 * they are now (the seed: an application uses the borrower's current details when processed).
 */
export async function completeApplication(ctx: ServiceContext, input: z.infer<typeof ZApplicationRef>): Promise<ApplicationRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockApplication(tx, ctx, input.applicationId);
    assertNoLoan(row, "complete it");
    if (row.status !== "incomplete") throw new InvalidStateError("application", row.status, "complete it");
    await tx.update(applications).set({ status: "processing", completedAt: new Date() }).where(eq(applications.id, row.id));
    await recordAudit(tx, ctx, { action: "application.completed", entityType: "application", entityId: row.id, before: { status: row.status }, after: { status: "processing" } });

    const [product] = await tx.select().from(creditProducts).where(eq(creditProducts.id, row.productId));
    const [borrower] = await tx.select().from(borrowers).where(eq(borrowers.id, row.borrowerId));
    const [org] = await tx.select({ businessDate: organisations.businessDate }).from(organisations).where(eq(organisations.id, ctx.orgId));
    if (!product || !borrower || !org) throw new NotFoundError("application", row.id);
    const settings = await loadLendingSettings(tx, ctx.orgId);
    const decision = decideApplication({
      asOf: org.businessDate,
      product,
      application: row,
      borrower,
      rules: settings,
      bankData: await findLatestCompletedAnalysis(tx, ctx.orgId, borrower.id),
      instalment: product.type === "term_loan" ? await largestInstalment(tx, ctx.orgId, product, row) : null,
    });
    return recordDecision(tx, ctx, row, { ...decision, borrowerSnapshot: borrower, decidedBy: "rules", overriddenBy: null, overrideReason: null });
  });
}

/** The largest instalment of the schedule the application would get if disbursed on the business date. */
async function largestInstalment(tx: Transaction, orgId: string, product: ProductRow, row: ApplicationRow): Promise<string> {
  const calendar = await loadOrgCalendar(tx, orgId);
  const config = productConfigOf(product);
  const schedule = buildSchedule(
    buildLoanTerms({
      product: config,
      principal: row.amount,
      annualInterestRate: row.interestRate,
      numberOfInstalments: row.instalments ?? config.instalmentsDefault ?? 1,
      disbursementDate: calendar.businessDate,
      currency: calendar.currency,
      holidays: calendar.holidays,
    }),
  );
  return schedule.instalments.reduce((most, i) => (money(i.total).gt(money(most)) ? i.total : most), "0");
}

async function recordDecision(
  tx: Transaction,
  ctx: ServiceContext,
  row: ApplicationRow,
  decision: Omit<typeof applicationDecisions.$inferInsert, "orgId" | "applicationId">,
): Promise<ApplicationRow> {
  const [saved] = await tx.insert(applicationDecisions).values({ ...decision, orgId: ctx.orgId, applicationId: row.id }).returning({ id: applicationDecisions.id });
  if (!saved) throw new Error("decision insert returned nothing");
  const status = decision.outcome === "accepted" ? "accepted" : "declined";
  const [after] = await tx.update(applications).set({ status, decisionId: saved.id, updatedAt: new Date() }).where(eq(applications.id, row.id)).returning();
  if (!after) throw new Error("application update returned nothing");
  await recordAudit(tx, ctx, {
    action: decision.overriddenBy ? "application.decision_overridden" : "application.decided",
    entityType: "application",
    entityId: row.id,
    before: { status: row.status },
    after: { status, reasons: decision.reasons, overrideReason: decision.overrideReason ?? undefined },
  });
  return after;
}

/** A credit officer's decision over the rules', with a mandatory reason; the rules' reasons are kept. */
export async function overrideDecision(ctx: ServiceContext, input: z.infer<typeof ZOverrideDecision>): Promise<ApplicationRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockApplication(tx, ctx, input.applicationId);
    assertNoLoan(row, "override its decision");
    if (row.status !== "accepted" && row.status !== "declined") throw new InvalidStateError("application", row.status, "override its decision (it has none)");
    if (row.status === input.outcome) throw new InvalidStateError("application", row.status, `override it to ${input.outcome}`);
    const [current] = row.decisionId ? await tx.select().from(applicationDecisions).where(eq(applicationDecisions.id, row.decisionId)) : [];
    return recordDecision(tx, ctx, row, {
      outcome: input.outcome,
      reasons: current?.reasons ?? [],
      borrowerSnapshot: current?.borrowerSnapshot ?? {},
      decidedBy: "officer",
      overriddenBy: ctx.actor.userId,
      overrideReason: input.reason,
    });
  });
}

async function transition(ctx: ServiceContext, applicationId: string, action: "withdraw" | "reopen"): Promise<ApplicationRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockApplication(tx, ctx, applicationId);
    assertNoLoan(row, `${action} it`);
    const allowed = action === "withdraw" ? ["incomplete", "accepted", "declined"] : ["withdrawn", "accepted", "declined"];
    if (!allowed.includes(row.status)) throw new InvalidStateError("application", row.status, `${action} it`);
    const status = action === "withdraw" ? "withdrawn" : "incomplete";
    const [after] = await tx.update(applications).set({ status, updatedAt: new Date() }).where(eq(applications.id, row.id)).returning();
    if (!after) throw new Error("application update returned nothing");
    await recordAudit(tx, ctx, { action: action === "withdraw" ? "application.withdrawn" : "application.reopened", entityType: "application", entityId: row.id, before: { status: row.status }, after: { status } });
    return after;
  });
}

export const withdrawApplication = (ctx: ServiceContext, input: z.infer<typeof ZApplicationRef>) => transition(ctx, input.applicationId, "withdraw");
export const reopenApplication = (ctx: ServiceContext, input: z.infer<typeof ZApplicationRef>) => transition(ctx, input.applicationId, "reopen");

const SORT_COLUMNS = { createdAt: applications.createdAt, updatedAt: applications.updatedAt, amount: applications.amount, status: applications.status } as const;

export async function listApplications(ctx: ServiceContext, input: z.infer<typeof ZListApplications>) {
  const filters: SQL[] = [eq(applications.orgId, ctx.orgId)];
  if (input.status?.length) filters.push(inArray(applications.status, input.status));
  if (input.productId?.length) filters.push(inArray(applications.productId, input.productId));
  if (input.borrowerId?.length) filters.push(inArray(applications.borrowerId, input.borrowerId));
  if (input.createdFrom) filters.push(gte(applications.createdAt, new Date(`${input.createdFrom}T00:00:00Z`)));
  if (input.createdTo) filters.push(lte(applications.createdAt, new Date(`${input.createdTo}T23:59:59.999Z`)));
  const where = and(...filters);
  const order = input.direction === "asc" ? asc(SORT_COLUMNS[input.sort]) : desc(SORT_COLUMNS[input.sort]);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ application: applications, borrower: borrowers, productName: creditProducts.name, productType: creditProducts.type })
      .from(applications)
      .innerJoin(borrowers, eq(borrowers.id, applications.borrowerId))
      .innerJoin(creditProducts, eq(creditProducts.id, applications.productId))
      .where(where)
      .orderBy(order, desc(applications.id))
      .limit(input.limit)
      .offset(input.offset),
    ctx.db.select({ n: count() }).from(applications).where(where),
  ]);
  return {
    applications: rows.map((r) => ({ ...r.application, borrowerName: displayName(r.borrower), productName: r.productName, productType: r.productType })),
    total: total?.n ?? 0,
    limit: input.limit,
    offset: input.offset,
  };
}

export async function getApplication(ctx: ServiceContext, applicationId: string) {
  const [row] = await ctx.db
    .select({ application: applications, borrower: borrowers, product: creditProducts })
    .from(applications)
    .innerJoin(borrowers, eq(borrowers.id, applications.borrowerId))
    .innerJoin(creditProducts, eq(creditProducts.id, applications.productId))
    .where(and(eq(applications.id, applicationId), eq(applications.orgId, ctx.orgId)));
  if (!row) throw new NotFoundError("application", applicationId);
  const decisions = await ctx.db.select().from(applicationDecisions).where(eq(applicationDecisions.applicationId, applicationId)).orderBy(desc(applicationDecisions.createdAt));
  return { ...row.application, borrower: { ...row.borrower, displayName: displayName(row.borrower) }, product: row.product, decisions };
}

import { and, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { creditProducts } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { InvalidStateError, NotFoundError } from "@/server/platform/errors";
import { buildLoanTerms } from "./loan-terms";
import { loadOrgCalendar } from "./org-calendar";
import { PRODUCT_TYPES, ZProductConfig, type ProductConfig } from "./product-input";
import { buildSchedule, type Schedule } from "./schedule";

export const ZProductRef = z.object({ productId: z.uuid() });
export const ZUpdateProduct = z.object({ productId: z.uuid(), config: ZProductConfig });
export const ZListProducts = z.object({ status: z.enum(["draft", "published"]).optional(), type: z.enum(PRODUCT_TYPES).optional() });

export type ProductRow = typeof creditProducts.$inferSelect;

/** The configuration columns of a product row, validated back into the product's typed config. */
export function productConfigOf(row: ProductRow): ProductConfig {
  return ZProductConfig.parse(row);
}

function columnsOf(config: ProductConfig) {
  return {
    ...config,
    description: config.description ?? null,
    instalmentsMin: config.instalmentsMin ?? null,
    instalmentsMax: config.instalmentsMax ?? null,
    instalmentsDefault: config.instalmentsDefault ?? null,
    instalmentMultiple: config.instalmentMultiple ?? null,
    repaymentDay: config.repaymentDay ?? null,
    statementDay: config.statementDay ?? null,
    dueDay: config.dueDay ?? null,
    minimumPaymentPercent: config.minimumPaymentPercent ?? null,
    minimumPaymentFloor: config.minimumPaymentFloor ?? null,
  };
}

export async function listProducts(ctx: ServiceContext, input: z.infer<typeof ZListProducts>) {
  const filters: SQL[] = [eq(creditProducts.orgId, ctx.orgId)];
  if (input.status) filters.push(eq(creditProducts.status, input.status));
  if (input.type) filters.push(eq(creditProducts.type, input.type));
  return ctx.db.select().from(creditProducts).where(and(...filters)).orderBy(desc(creditProducts.createdAt));
}

export async function getProduct(ctx: ServiceContext, productId: string): Promise<ProductRow> {
  const [row] = await ctx.db.select().from(creditProducts).where(and(eq(creditProducts.id, productId), eq(creditProducts.orgId, ctx.orgId)));
  if (!row) throw new NotFoundError("product", productId);
  return row;
}

export async function createProduct(ctx: ServiceContext, config: ProductConfig): Promise<ProductRow> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(creditProducts).values({ orgId: ctx.orgId, ...columnsOf(config) }).returning();
    if (!row) throw new Error("product insert returned nothing");
    await recordAudit(tx, ctx, { action: "product.created", entityType: "product", entityId: row.id, after: config });
    return row;
  });
}

/** Drafts only: a published product is what loans were opened under, so it never changes. */
export async function updateProduct(ctx: ServiceContext, input: z.infer<typeof ZUpdateProduct>): Promise<ProductRow> {
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(creditProducts).where(and(eq(creditProducts.id, input.productId), eq(creditProducts.orgId, ctx.orgId))).for("update");
    if (!before) throw new NotFoundError("product", input.productId);
    if (before.status === "published") throw new InvalidStateError("product", "published", "update it (copy it into a new draft instead)");
    const [after] = await tx
      .update(creditProducts)
      .set({ ...columnsOf(input.config), updatedAt: new Date() })
      .where(eq(creditProducts.id, before.id))
      .returning();
    if (!after) throw new Error("product update returned nothing");
    await recordAudit(tx, ctx, { action: "product.updated", entityType: "product", entityId: before.id, before: productConfigOf(before), after: input.config });
    return after;
  });
}

export async function publishProduct(ctx: ServiceContext, productId: string): Promise<ProductRow> {
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(creditProducts).where(and(eq(creditProducts.id, productId), eq(creditProducts.orgId, ctx.orgId))).for("update");
    if (!before) throw new NotFoundError("product", productId);
    if (before.status === "published") throw new InvalidStateError("product", "published", "publish it again");
    const [after] = await tx.update(creditProducts).set({ status: "published", publishedAt: new Date(), updatedAt: new Date() }).where(eq(creditProducts.id, productId)).returning();
    if (!after) throw new Error("product update returned nothing");
    await recordAudit(tx, ctx, { action: "product.published", entityType: "product", entityId: productId, before: { status: "draft" }, after: { status: "published" } });
    return after;
  });
}

/** A new draft with the same configuration, to change what a published product cannot. */
export async function copyProduct(ctx: ServiceContext, productId: string): Promise<ProductRow> {
  return inTransaction(ctx, async (tx) => {
    const [source] = await tx.select().from(creditProducts).where(and(eq(creditProducts.id, productId), eq(creditProducts.orgId, ctx.orgId)));
    if (!source) throw new NotFoundError("product", productId);
    const config = { ...productConfigOf(source), name: `Copy of ${source.name}`.slice(0, 120) };
    const [row] = await tx.insert(creditProducts).values({ orgId: ctx.orgId, ...columnsOf(config), copiedFromId: source.id }).returning();
    if (!row) throw new Error("product insert returned nothing");
    await recordAudit(tx, ctx, { action: "product.copied", entityType: "product", entityId: row.id, after: { copiedFrom: source.id, name: config.name } });
    return row;
  });
}

export interface SchedulePreview {
  disbursementDate: string;
  schedule: Schedule | null;
  note: string | null;
}

/**
 * The schedule a loan with the product's default amount, rate and instalments would get if disbursed
 * on the business date: the form's live preview, computed by the same engine as real loans.
 */
export async function previewProductSchedule(ctx: ServiceContext, config: ProductConfig): Promise<SchedulePreview> {
  const calendar = await loadOrgCalendar(ctx.db, ctx.orgId);
  if (config.type !== "term_loan" || !config.instalmentsDefault) {
    return { disbursementDate: calendar.businessDate, schedule: null, note: "Revolving credit has no fixed schedule: each statement sets a minimum payment." };
  }
  const terms = buildLoanTerms({
    product: config,
    principal: config.amountDefault,
    annualInterestRate: config.interestDefault,
    numberOfInstalments: config.instalmentsDefault,
    disbursementDate: calendar.businessDate,
    currency: calendar.currency,
    holidays: calendar.holidays,
  });
  return { disbursementDate: calendar.businessDate, schedule: buildSchedule(terms), note: null };
}

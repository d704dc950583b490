import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { bankAccounts, bankLabelRules, bankTransactions } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { NotFoundError, ValidationError } from "@/server/platform/errors";
import { loadOrgRules, relabelAccounts, toLabellingTransaction, transactionTypeOf } from "./bank-store";
import { OrgRuleError } from "./labelling/org-rules";
import { testOrgRule } from "./labelling/test-org-rule";
import type { LabelledTransaction, OrgRule } from "./labelling/types";
import { validateOrgPattern } from "./labelling/validate-org-pattern";
import { isLabelCode, type LabelCode } from "./taxonomy";

const ZLabel = z.string().refine(isLabelCode, { error: "must be a label of the taxonomy" });

export const ZOverrideLabel = z.object({ transactionId: z.uuid(), label: ZLabel, note: z.string().trim().max(500).optional() });
export const ZTransactionRef = z.object({ transactionId: z.uuid() });
export const ZRuleInput = z.object({
  name: z.string().trim().min(2).max(120),
  pattern: z.string().min(1, { error: "is required" }).max(500, { error: "must be at most 500 characters" }),
  flags: z
    .string()
    .regex(/^[msu]*$/, { error: "may only contain m, s and u (i is always on)" })
    .nullish(),
  label: ZLabel,
  priority: z.number().int().min(0).max(10_000).default(100),
  appliesTo: z.enum(["credit", "debit", "any"]).default("any"),
});
export const ZRuleRef = z.object({ ruleId: z.uuid() });
export const ZUpdateRule = ZRuleRef.extend({ rule: ZRuleInput, enabled: z.boolean().default(true) });
export const ZTestRule = ZRuleInput.extend({ ruleId: z.uuid().optional() });

function labelOf(value: string): LabelCode {
  if (!isLabelCode(value)) throw new ValidationError("label", "must be a label of the taxonomy");
  return value;
}

/** A pattern is checked for syntax and for catastrophic backtracking (time-capped run) before it is saved. */
async function assertSafePattern(pattern: string, flags: string | null | undefined): Promise<void> {
  const verdict = await validateOrgPattern(pattern, flags ?? null);
  if (!verdict.ok) throw new ValidationError("pattern", verdict.reason);
}

async function orgAccountIds(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.db.select({ id: bankAccounts.id }).from(bankAccounts).where(eq(bankAccounts.orgId, ctx.orgId));
  return rows.map((r) => r.id);
}

/** An officer's label for one transaction; it outranks every rule until cleared. Audited. */
export async function overrideTransactionLabel(ctx: ServiceContext, input: z.infer<typeof ZOverrideLabel>) {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.select().from(bankTransactions).where(and(eq(bankTransactions.id, input.transactionId), eq(bankTransactions.orgId, ctx.orgId))).for("update");
    if (!row) throw new NotFoundError("transaction", input.transactionId);
    await tx
      .update(bankTransactions)
      .set({ overrideLabel: input.label, overrideNote: input.note ?? null, overrideBy: ctx.actor.userId, overrideAt: new Date() })
      .where(eq(bankTransactions.id, row.id));
    await relabelAccounts(tx, ctx.orgId, [row.accountId]);
    await recordAudit(tx, ctx, { action: "bank_data.label_overridden", entityType: "bank_transaction", entityId: row.id, before: { label: row.label, reason: row.reasonText }, after: { label: input.label, note: input.note } });
    return { transactionId: row.id, label: input.label };
  });
}

export async function clearTransactionLabelOverride(ctx: ServiceContext, input: z.infer<typeof ZTransactionRef>) {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.select().from(bankTransactions).where(and(eq(bankTransactions.id, input.transactionId), eq(bankTransactions.orgId, ctx.orgId))).for("update");
    if (!row) throw new NotFoundError("transaction", input.transactionId);
    await tx.update(bankTransactions).set({ overrideLabel: null, overrideNote: null, overrideBy: null, overrideAt: null }).where(eq(bankTransactions.id, row.id));
    await relabelAccounts(tx, ctx.orgId, [row.accountId]);
    await recordAudit(tx, ctx, { action: "bank_data.label_override_cleared", entityType: "bank_transaction", entityId: row.id, before: { label: row.overrideLabel } });
  });
}

export async function listLabelRules(ctx: ServiceContext) {
  return ctx.db.select().from(bankLabelRules).where(eq(bankLabelRules.orgId, ctx.orgId)).orderBy(asc(bankLabelRules.priority), asc(bankLabelRules.createdAt));
}

/** Saves a rule and applies it: every account of the organisation is relabelled in the same transaction. */
export async function createLabelRule(ctx: ServiceContext, input: z.infer<typeof ZRuleInput>) {
  await assertSafePattern(input.pattern, input.flags);
  const accountIds = await orgAccountIds(ctx);
  return inTransaction(ctx, async (tx) => {
    const [rule] = await tx.insert(bankLabelRules).values({ orgId: ctx.orgId, ...input, flags: input.flags ?? null, createdBy: ctx.actor.userId }).returning();
    if (!rule) throw new Error("rule insert returned nothing");
    const relabelled = await relabelAccounts(tx, ctx.orgId, accountIds);
    await recordAudit(tx, ctx, { action: "bank_rule.created", entityType: "bank_rule", entityId: rule.id, after: { ...input, relabelled } });
    return { rule, relabelled };
  });
}

export async function updateLabelRule(ctx: ServiceContext, input: z.infer<typeof ZUpdateRule>) {
  await assertSafePattern(input.rule.pattern, input.rule.flags);
  const accountIds = await orgAccountIds(ctx);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(bankLabelRules).where(and(eq(bankLabelRules.id, input.ruleId), eq(bankLabelRules.orgId, ctx.orgId))).for("update");
    if (!before) throw new NotFoundError("rule", input.ruleId);
    const [rule] = await tx
      .update(bankLabelRules)
      .set({ ...input.rule, flags: input.rule.flags ?? null, enabled: input.enabled, updatedAt: new Date() })
      .where(eq(bankLabelRules.id, before.id))
      .returning();
    const relabelled = await relabelAccounts(tx, ctx.orgId, accountIds);
    await recordAudit(tx, ctx, { action: "bank_rule.updated", entityType: "bank_rule", entityId: before.id, before, after: { ...input.rule, enabled: input.enabled, relabelled } });
    return { rule, relabelled };
  });
}

export async function deleteLabelRule(ctx: ServiceContext, input: z.infer<typeof ZRuleRef>) {
  const accountIds = await orgAccountIds(ctx);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(bankLabelRules).where(and(eq(bankLabelRules.id, input.ruleId), eq(bankLabelRules.orgId, ctx.orgId))).for("update");
    if (!before) throw new NotFoundError("rule", input.ruleId);
    await tx.delete(bankLabelRules).where(eq(bankLabelRules.id, before.id));
    const relabelled = await relabelAccounts(tx, ctx.orgId, accountIds);
    await recordAudit(tx, ctx, { action: "bank_rule.deleted", entityType: "bank_rule", entityId: before.id, before, after: { relabelled } });
    return { relabelled };
  });
}

/**
 * The seed's regex search: what a candidate rule matches among the organisation's transactions
 * and how each label would change, without saving anything.
 */
export async function testLabelRule(ctx: ServiceContext, input: z.infer<typeof ZTestRule>) {
  await assertSafePattern(input.pattern, input.flags);
  const accounts = await ctx.db.select().from(bankAccounts).where(eq(bankAccounts.orgId, ctx.orgId));
  const rows = accounts.length
    ? await ctx.db
        .select()
        .from(bankTransactions)
        .where(inArray(bankTransactions.accountId, accounts.map((a) => a.id)))
        .orderBy(asc(bankTransactions.accountId), asc(bankTransactions.date), asc(bankTransactions.position))
    : [];
  const labelled: LabelledTransaction[] = rows.map((row) => ({
    ...toLabellingTransaction(row),
    accountId: row.accountId,
    balance: row.balance,
    label: labelOf(row.label),
    type: transactionTypeOf(row.type) ?? "other",
    counterparty: row.counterparty,
    isReturned: row.isReturned,
    returnedTransactionId: row.returnedTransactionId,
    returnedById: null,
    reason: { source: row.reasonSource === "builtin" || row.reasonSource === "organisation" || row.reasonSource === "override" ? row.reasonSource : "fallback", ruleId: row.reasonRuleId, description: row.reasonText },
  }));
  const candidate: OrgRule = { id: input.ruleId ?? "candidate", name: input.name, pattern: input.pattern, flags: input.flags ?? null, label: labelOf(input.label), priority: input.priority, appliesTo: input.appliesTo };
  try {
    const result = testOrgRule(candidate, labelled, await loadOrgRules(ctx.db, ctx.orgId), 200);
    const currencies = new Map(accounts.map((a) => [a.id, a.currency]));
    return { ...result, matches: result.matches.map((m) => ({ ...m, currency: currencies.get(m.accountId) ?? null })) };
  } catch (error) {
    if (error instanceof OrgRuleError) throw new ValidationError("pattern", error.message);
    throw error;
  }
}

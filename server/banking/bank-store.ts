import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { bankAccounts, bankLabelRules, bankTransactions } from "@/db/schema";
import { labelTransactions } from "./labelling/label-transactions";
import type { LabelledTransaction, LabelOverride, LabellingAccount, OrgRule } from "./labelling/types";
import { ACCOUNT_TYPES, isLabelCode, TRANSACTION_TYPES, type AccountType, type TransactionType } from "./taxonomy";

/** Database plumbing for bank data: the organisation's rules, an account's stored rows, bulk relabelling. */
export type BankAccountRow = typeof bankAccounts.$inferSelect;
export type BankTransactionRow = typeof bankTransactions.$inferSelect;

export function accountTypeOf(value: string): AccountType {
  return ACCOUNT_TYPES.find((t) => t === value) ?? "other";
}

export function transactionTypeOf(value: string | null): TransactionType | null {
  return TRANSACTION_TYPES.find((t) => t === value) ?? null;
}

export async function loadOrgRules(db: Executor, orgId: string): Promise<OrgRule[]> {
  const rows = await db.select().from(bankLabelRules).where(and(eq(bankLabelRules.orgId, orgId), eq(bankLabelRules.enabled, true)));
  return rows.flatMap((r) => {
    const label = r.label;
    if (!isLabelCode(label)) return [];
    const appliesTo = r.appliesTo === "credit" || r.appliesTo === "debit" ? r.appliesTo : "any";
    return [{ id: r.id, name: r.name, pattern: r.pattern, flags: r.flags, label, priority: r.priority, appliesTo }];
  });
}

/** A stored row as the labelling engine's input (the label comes out again, not in). */
export function toLabellingTransaction(row: Pick<BankTransactionRow, "id" | "date" | "amount" | "description" | "balance" | "reference" | "typeHint">) {
  return { id: row.id, date: row.date, amount: row.amount, description: row.description, balance: row.balance, reference: row.reference, typeHint: transactionTypeOf(row.typeHint) };
}

export function overridesOf(rows: readonly Pick<BankTransactionRow, "id" | "overrideLabel" | "overrideNote" | "overrideBy">[]): Map<string, LabelOverride> {
  const overrides = new Map<string, LabelOverride>();
  for (const row of rows) if (row.overrideLabel && isLabelCode(row.overrideLabel)) overrides.set(row.id, { label: row.overrideLabel, note: row.overrideNote, by: row.overrideBy });
  return overrides;
}

/** The label columns of a labelled transaction, as stored. */
export function labelColumns(t: LabelledTransaction) {
  return {
    label: t.label,
    type: t.type,
    counterparty: t.counterparty,
    isReturned: t.isReturned,
    returnedTransactionId: t.returnedTransactionId,
    reasonSource: t.reason.source,
    reasonRuleId: t.reason.ruleId,
    reasonText: t.reason.description,
  };
}

function sameLabel(row: BankTransactionRow, t: LabelledTransaction): boolean {
  const c = labelColumns(t);
  return (
    row.label === c.label &&
    row.type === c.type &&
    row.counterparty === c.counterparty &&
    row.isReturned === c.isReturned &&
    row.returnedTransactionId === c.returnedTransactionId &&
    row.reasonRuleId === c.reasonRuleId &&
    row.reasonText === c.reasonText
  );
}

/** Writes changed labels back in batches of one UPDATE … FROM (VALUES …) each. */
export async function writeLabels(tx: Transaction, changed: readonly LabelledTransaction[]): Promise<void> {
  for (let start = 0; start < changed.length; start += 1000) {
    const rows = changed.slice(start, start + 1000).map((t) => {
      const c = labelColumns(t);
      return sql`(${t.id}::uuid, ${c.label}, ${c.type}, ${c.counterparty}, ${c.isReturned}, ${c.returnedTransactionId}::uuid, ${c.reasonSource}, ${c.reasonRuleId}, ${c.reasonText})`;
    });
    await tx.execute(sql`
      update bank_transactions as t set label = v.label, type = v.type, counterparty = v.counterparty, is_returned = v.is_returned,
        returned_transaction_id = v.returned_id, reason_source = v.source, reason_rule_id = v.rule_id, reason_text = v.reason
      from (values ${sql.join(rows, sql`, `)}) as v(id, label, type, counterparty, is_returned, returned_id, source, rule_id, reason)
      where t.id = v.id`);
  }
}

/**
 * Relabels every transaction of the given accounts with the organisation's current rules and the
 * officers' overrides (labels depend on the whole account: recurrence, returns), writing only the
 * rows whose label changed. Returns how many changed.
 */
export async function relabelAccounts(tx: Transaction, orgId: string, accountIds: readonly string[]): Promise<number> {
  if (accountIds.length === 0) return 0;
  const accounts = await tx.select().from(bankAccounts).where(and(eq(bankAccounts.orgId, orgId), inArray(bankAccounts.id, [...accountIds])));
  const rows = await tx
    .select()
    .from(bankTransactions)
    .where(inArray(bankTransactions.accountId, [...accountIds]))
    .orderBy(asc(bankTransactions.accountId), asc(bankTransactions.date), asc(bankTransactions.position), asc(bankTransactions.id));
  const byAccount = new Map<string, BankTransactionRow[]>();
  for (const row of rows) {
    const list = byAccount.get(row.accountId);
    if (list) list.push(row);
    else byAccount.set(row.accountId, [row]);
  }
  const input: LabellingAccount[] = accounts.map((a) => ({
    id: a.id,
    type: accountTypeOf(a.type),
    currency: a.currency,
    holder: a.holder,
    transactions: (byAccount.get(a.id) ?? []).map(toLabellingTransaction),
  }));
  const labelled = labelTransactions(input, await loadOrgRules(tx, orgId), { overrides: overridesOf(rows) });
  const stored = new Map(rows.map((r) => [r.id, r]));
  const changed = labelled.filter((t) => {
    const row = stored.get(t.id);
    return row !== undefined && !sameLabel(row, t);
  });
  await writeLabels(tx, changed);
  return changed.length;
}

import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { bankAccounts, bankLabelRules, bankTransactions, users } from "@/db/schema";
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

export function overridesOf(
  rows: readonly Pick<BankTransactionRow, "id" | "overrideLabel" | "overrideNote" | "overrideBy">[],
  names: ReadonlyMap<string, string> = new Map(),
): Map<string, LabelOverride> {
  const overrides = new Map<string, LabelOverride>();
  for (const row of rows) {
    if (row.overrideLabel && isLabelCode(row.overrideLabel)) overrides.set(row.id, { label: row.overrideLabel, note: row.overrideNote, by: row.overrideBy ? (names.get(row.overrideBy) ?? null) : null });
  }
  return overrides;
}

/** Names of the officers behind overrides, so a label's reason says who set it. */
async function overrideAuthors(tx: Transaction, rows: readonly Pick<BankTransactionRow, "overrideBy">[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.overrideBy ? [r.overrideBy] : [])))];
  if (ids.length === 0) return new Map();
  const found = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
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

/** A row about to be inserted by an import: labelled together with the account's stored rows first. */
export interface PendingRow {
  id: string;
  accountId: string;
  importId: string;
  fingerprint: string;
  position: number;
  date: string;
  amount: string;
  balance: string | null;
  description: string;
  reference: string | null;
  typeHint: string | null;
}

/**
 * Inserts rows with one statement per 20 000 (arrays unnested by PostgreSQL), so 100 000 rows cost a
 * handful of round trips instead of thousands of bound parameters.
 */
async function insertLabelledRows(tx: Transaction, orgId: string, pending: readonly PendingRow[], labels: ReadonlyMap<string, LabelledTransaction>): Promise<void> {
  for (let start = 0; start < pending.length; start += 20_000) {
    const chunk = pending.slice(start, start + 20_000);
    const column = (pick: (row: PendingRow, label: LabelledTransaction | undefined) => string | number | boolean | null) =>
      pgArrayLiteral(chunk.map((row) => pick(row, labels.get(row.id))));
    await tx.execute(sql`
      insert into bank_transactions (id, account_id, import_id, fingerprint, position, date, amount, balance, description, reference, type_hint,
        label, type, counterparty, is_returned, returned_transaction_id, reason_source, reason_rule_id, reason_text, org_id)
      select u.*, ${orgId}::uuid from unnest(
        ${column((r) => r.id)}::uuid[], ${column((r) => r.accountId)}::uuid[], ${column((r) => r.importId)}::uuid[], ${column((r) => r.fingerprint)}::text[],
        ${column((r) => r.position)}::int[], ${column((r) => r.date)}::date[], ${column((r) => r.amount)}::numeric[], ${column((r) => r.balance)}::numeric[],
        ${column((r) => r.description)}::text[], ${column((r) => r.reference)}::text[], ${column((r) => r.typeHint)}::text[],
        ${column((_, l) => l?.label ?? "other_expense")}::text[], ${column((_, l) => l?.type ?? "other")}::text[], ${column((_, l) => l?.counterparty ?? null)}::text[],
        ${column((_, l) => l?.isReturned ?? false)}::bool[], ${column((_, l) => l?.returnedTransactionId ?? null)}::uuid[],
        ${column((_, l) => l?.reason.source ?? "fallback")}::text[], ${column((_, l) => l?.reason.ruleId ?? "")}::text[], ${column((_, l) => l?.reason.description ?? "")}::text[]
      ) as u(id, account_id, import_id, fingerprint, position, date, amount, balance, description, reference, type_hint,
        label, type, counterparty, is_returned, returned_transaction_id, reason_source, reason_rule_id, reason_text)`);
  }
}

function byDatePosition(a: { date: string; position: number; id: string }, b: { date: string; position: number; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Labels every transaction of the given accounts with the organisation's current rules and the
 * officers' overrides (labels depend on the whole account: recurrence, returns). Stored rows are
 * rewritten only when their label changed; `pending` rows (an import's) are inserted already
 * labelled. Returns how many stored rows changed.
 */
export async function relabelAccounts(tx: Transaction, orgId: string, accountIds: readonly string[], pending: readonly PendingRow[] = []): Promise<number> {
  if (accountIds.length === 0) return 0;
  const accounts = await tx.select().from(bankAccounts).where(and(eq(bankAccounts.orgId, orgId), inArray(bankAccounts.id, [...accountIds])));
  const rows = await tx.select().from(bankTransactions).where(inArray(bankTransactions.accountId, [...accountIds]));
  const byAccount = new Map<string, Array<ReturnType<typeof toLabellingTransaction> & { position: number }>>();
  const add = (accountId: string, row: ReturnType<typeof toLabellingTransaction> & { position: number }) => {
    const list = byAccount.get(accountId);
    if (list) list.push(row);
    else byAccount.set(accountId, [row]);
  };
  for (const row of rows) add(row.accountId, { ...toLabellingTransaction(row), position: row.position });
  for (const row of pending) add(row.accountId, { ...toLabellingTransaction(row), position: row.position });
  const input: LabellingAccount[] = accounts.map((a) => ({
    id: a.id,
    type: accountTypeOf(a.type),
    currency: a.currency,
    holder: a.holder,
    transactions: (byAccount.get(a.id) ?? []).sort(byDatePosition),
  }));
  const labelled = labelTransactions(input, await loadOrgRules(tx, orgId), { overrides: overridesOf(rows, await overrideAuthors(tx, rows)) });
  const byId = new Map(labelled.map((t) => [t.id, t]));
  await insertLabelledRows(tx, orgId, pending, byId);
  const stored = new Map(rows.map((r) => [r.id, r]));
  const changed = rows.flatMap((row) => {
    const t = byId.get(row.id);
    return t && !sameLabel(row, t) ? [t] : [];
  });
  await writeLabels(tx, changed);
  // Reported as the tester counts: transactions whose label changed (a reworded reason alone is not a change).
  return changed.filter((t) => stored.get(t.id)?.label !== t.label).length;
}

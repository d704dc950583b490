import { and, asc, count, desc, eq, ilike, inArray, max, min, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { alias } from "drizzle-orm/pg-core";
import { bankAccounts, bankImports, bankTransactions, borrowers, organisations, users } from "@/db/schema";
import type { ServiceContext } from "@/server/platform/context";
import { NotFoundError } from "@/server/platform/errors";
import { summariseBankStatements } from "@/server/analysis";
import { loadBorrowerBankData } from "./bank-analysis-input";
import { isLabelCode, TRANSACTION_TYPES } from "./taxonomy";

export const ZBorrowerBankRef = z.object({ borrowerId: z.uuid() });
export const ZTransactionFilters = z.object({
  borrowerId: z.uuid(),
  accountId: z.uuid().optional(),
  label: z.string().refine(isLabelCode, { error: "must be a label of the taxonomy" }).optional(),
  type: z.enum(TRANSACTION_TYPES).optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "must be a month as YYYY-MM" })
    .optional(),
  returned: z.boolean().optional(),
  search: z.string().trim().max(100).optional(),
  /** Drill-down from an analysis figure to the transactions behind it, a page of ids at a time (ids stay in the URL of a query). */
  transactionIds: z.array(z.uuid()).min(1).max(200).optional(),
});
export const ZListTransactions = ZTransactionFilters.extend({
  limit: z.number().int().min(1).max(200).default(200),
  offset: z.number().int().min(0).default(0),
});

async function assertBorrower(ctx: ServiceContext, borrowerId: string): Promise<void> {
  const [row] = await ctx.db.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.id, borrowerId), eq(borrowers.orgId, ctx.orgId)));
  if (!row) throw new NotFoundError("borrower", borrowerId);
}

/** A borrower's accounts with their balances and the dates their transactions cover. */
export async function listBankAccounts(ctx: ServiceContext, borrowerId: string) {
  await assertBorrower(ctx, borrowerId);
  const coverage = ctx.db
    .select({ accountId: bankTransactions.accountId, from: min(bankTransactions.date).as("from_date"), to: max(bankTransactions.date).as("to_date"), transactions: count().as("transactions") })
    .from(bankTransactions)
    .groupBy(bankTransactions.accountId)
    .as("coverage");
  const rows = await ctx.db
    .select({ account: bankAccounts, from: coverage.from, to: coverage.to, transactions: coverage.transactions })
    .from(bankAccounts)
    .leftJoin(coverage, eq(coverage.accountId, bankAccounts.id))
    .where(and(eq(bankAccounts.orgId, ctx.orgId), eq(bankAccounts.borrowerId, borrowerId)))
    .orderBy(asc(bankAccounts.createdAt));
  return rows.map((r) => ({ ...r.account, coverageFrom: r.from, coverageTo: r.to, transactionCount: r.transactions ?? 0 }));
}

function filtersOf(ctx: ServiceContext, input: z.infer<typeof ZTransactionFilters>, accountIds: readonly string[]): SQL | undefined {
  const filters: SQL[] = [eq(bankTransactions.orgId, ctx.orgId), inArray(bankTransactions.accountId, accountIds.length ? [...accountIds] : ["00000000-0000-0000-0000-000000000000"])];
  if (input.accountId) filters.push(eq(bankTransactions.accountId, input.accountId));
  if (input.label) filters.push(eq(bankTransactions.label, input.label));
  if (input.type) filters.push(eq(bankTransactions.type, input.type));
  if (input.month) filters.push(sql`to_char(${bankTransactions.date}, 'YYYY-MM') = ${input.month}`);
  if (input.returned !== undefined) filters.push(eq(bankTransactions.isReturned, input.returned));
  if (input.transactionIds) filters.push(inArray(bankTransactions.id, input.transactionIds));
  if (input.search) {
    const pattern = `%${input.search.replace(/[%_\\]/g, "\\$&")}%`;
    filters.push(sql`(${ilike(bankTransactions.description, pattern)} or ${ilike(bankTransactions.counterparty, pattern)})`);
  }
  return and(...filters);
}

async function accountIdsOf(ctx: ServiceContext, borrowerId: string): Promise<string[]> {
  await assertBorrower(ctx, borrowerId);
  const rows = await ctx.db.select({ id: bankAccounts.id }).from(bankAccounts).where(and(eq(bankAccounts.orgId, ctx.orgId), eq(bankAccounts.borrowerId, borrowerId)));
  return rows.map((r) => r.id);
}

/** Transactions newest first, filtered, 200 a page, each with its label and the reason for it. */
export async function listBankTransactions(ctx: ServiceContext, input: z.infer<typeof ZListTransactions>) {
  const where = filtersOf(ctx, input, await accountIdsOf(ctx, input.borrowerId));
  const returned = alias(bankTransactions, "returned");
  const returner = alias(bankTransactions, "returner");
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        t: bankTransactions,
        // A returning credit shows the debit it returns; a returned debit shows the credit that returned it.
        returns: { id: returned.id, date: returned.date, amount: returned.amount },
        returnedBy: { id: returner.id, date: returner.date, amount: returner.amount },
      })
      .from(bankTransactions)
      .leftJoin(returned, eq(returned.id, bankTransactions.returnedTransactionId))
      .leftJoin(returner, eq(returner.returnedTransactionId, bankTransactions.id))
      .where(where)
      .orderBy(desc(bankTransactions.date), desc(bankTransactions.position))
      .limit(input.limit)
      .offset(input.offset),
    ctx.db.select({ n: count() }).from(bankTransactions).where(where),
  ]);
  return {
    transactions: rows.map((r) => ({ ...r.t, returns: r.returns?.id ? r.returns : null, returnedBy: r.returnedBy?.id ? r.returnedBy : null })),
    total: total?.n ?? 0,
  };
}

function csvCell(value: string | null): string {
  const text = value ?? "";
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The filtered transactions as CSV (what the table shows, every page). */
export async function exportBankTransactionsCsv(ctx: ServiceContext, input: z.infer<typeof ZTransactionFilters>): Promise<string> {
  const where = filtersOf(ctx, input, await accountIdsOf(ctx, input.borrowerId));
  const rows = await ctx.db
    .select({ t: bankTransactions, accountName: bankAccounts.name, accountNumber: bankAccounts.number })
    .from(bankTransactions)
    .innerJoin(bankAccounts, eq(bankAccounts.id, bankTransactions.accountId))
    .where(where)
    .orderBy(asc(bankTransactions.date), asc(bankTransactions.position))
    .limit(200_000);
  const header = ["date", "account", "description", "amount", "balance", "label", "type", "counterparty", "returned", "label_reason"];
  const lines = rows.map(({ t, accountName, accountNumber }) =>
    [t.date, accountNumber ?? accountName, t.description, t.amount, t.balance, t.label, t.type, t.counterparty, t.isReturned ? "yes" : "no", t.reasonText].map(csvCell).join(","),
  );
  return [header.join(","), ...lines].join("\n") + "\n";
}

export async function listBankImports(ctx: ServiceContext, borrowerId: string) {
  await assertBorrower(ctx, borrowerId);
  const rows = await ctx.db
    .select({ i: bankImports, createdByName: users.name })
    .from(bankImports)
    .leftJoin(users, eq(users.id, bankImports.createdBy))
    .where(and(eq(bankImports.orgId, ctx.orgId), eq(bankImports.borrowerId, borrowerId)))
    .orderBy(desc(bankImports.createdAt));
  return rows.map((r) => ({ ...r.i, createdByName: r.createdByName }));
}

/** The seed's Get Statements: per account figures, plus the primary income and its usual day when the data can be analysed. */
export async function summariseBorrowerStatements(ctx: ServiceContext, borrowerId: string) {
  await assertBorrower(ctx, borrowerId);
  const data = await loadBorrowerBankData(ctx.db, ctx.orgId, borrowerId);
  if (!data.lastDate) return null;
  const currencies = [...new Set(data.accounts.map((a) => a.currency))];
  const [org] = await ctx.db.select({ currency: organisations.currency }).from(organisations).where(eq(organisations.id, ctx.orgId));
  return { ...summariseBankStatements({ accounts: data.accounts, transactions: data.transactions, asOf: data.lastDate }), currency: currencies.length === 1 ? (currencies[0] ?? null) : (org?.currency ?? null) };
}

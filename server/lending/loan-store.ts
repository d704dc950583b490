import { and, asc, desc, eq, max } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { journalEntries, journalLines, loanAccounts, loanSchedules, loanTransactions, organisations } from "@/db/schema";
import type { ServiceContext } from "@/server/platform/context";
import { NotFoundError } from "@/server/platform/errors";
import { currencyDecimals } from "@/server/shared/money";
import { EARLY_REPAYMENT_STRATEGIES, type EarlyRepaymentStrategy } from "./early-repayment";
import type { JournalLine } from "./journal";
import { positionOf, type AccountTerms, type LedgerEntry, type LoanPosition } from "./loan-position";
import type { Schedule } from "./schedule";

/** Database plumbing shared by the loan services: locking, the log, the journal, the snapshot. */
export type LoanRow = typeof loanAccounts.$inferSelect;

/** Every write to a loan account takes this row lock first, so writes to one account never interleave. */
export async function lockLoan(tx: Transaction, ctx: ServiceContext, loanId: string): Promise<LoanRow> {
  const [loan] = await tx.select().from(loanAccounts).where(and(eq(loanAccounts.id, loanId), eq(loanAccounts.orgId, ctx.orgId))).for("update");
  if (!loan) throw new NotFoundError("loan account", loanId);
  return loan;
}

export async function findLoan(db: Executor, ctx: ServiceContext, loanId: string): Promise<LoanRow> {
  const [loan] = await db.select().from(loanAccounts).where(and(eq(loanAccounts.id, loanId), eq(loanAccounts.orgId, ctx.orgId)));
  if (!loan) throw new NotFoundError("loan account", loanId);
  return loan;
}

export async function businessDateOf(db: Executor, orgId: string): Promise<string> {
  const [org] = await db.select({ businessDate: organisations.businessDate }).from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new NotFoundError("organisation", orgId);
  return org.businessDate;
}

export function strategyOf(value: string): EarlyRepaymentStrategy {
  return EARLY_REPAYMENT_STRATEGIES.find((s) => s === value) ?? "from_last_instalment";
}

export function accountTermsOf(loan: LoanRow): AccountTerms {
  return {
    type: loan.type,
    terms: loan.terms,
    earlyRepaymentStrategy: strategyOf(loan.earlyRepaymentStrategy),
    approvedAmount: loan.approvedAmount,
    currencyDecimals: currencyDecimals(loan.currency),
  };
}

export async function loadEntries(db: Executor, loanId: string): Promise<LedgerEntry[]> {
  return db
    .select({ id: loanTransactions.id, type: loanTransactions.type, amount: loanTransactions.amount, valueDate: loanTransactions.valueDate, status: loanTransactions.status })
    .from(loanTransactions)
    .where(eq(loanTransactions.loanId, loanId))
    .orderBy(asc(loanTransactions.sequence));
}

export async function nextSequence(tx: Transaction, loanId: string): Promise<number> {
  const [row] = await tx.select({ last: max(loanTransactions.sequence) }).from(loanTransactions).where(eq(loanTransactions.loanId, loanId));
  return (row?.last ?? 0) + 1;
}

export async function writeJournalEntry(
  tx: Transaction,
  ctx: ServiceContext,
  entry: { loanId: string; transactionId: string; kind: "posting" | "reversal"; entryDate: string; lines: JournalLine[] },
): Promise<void> {
  if (entry.lines.length === 0) return;
  const [row] = await tx
    .insert(journalEntries)
    .values({ orgId: ctx.orgId, loanId: entry.loanId, transactionId: entry.transactionId, kind: entry.kind, entryDate: entry.entryDate })
    .returning({ id: journalEntries.id });
  if (!row) throw new Error("journal entry insert returned nothing");
  await tx.insert(journalLines).values(entry.lines.map((line) => ({ entryId: row.id, account: line.account, amount: line.amount })));
}

export async function postingLinesOf(tx: Transaction, transactionId: string): Promise<JournalLine[]> {
  return tx
    .select({ account: journalLines.account, amount: journalLines.amount })
    .from(journalLines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
    .where(and(eq(journalEntries.transactionId, transactionId), eq(journalEntries.kind, "posting")));
}

/** Stores the schedule in force as a new version when it differs from the last one stored. */
export async function recordScheduleVersion(tx: Transaction, ctx: ServiceContext, loanId: string, schedule: Schedule | null, reason: string): Promise<void> {
  if (!schedule) return;
  const [last] = await tx.select().from(loanSchedules).where(eq(loanSchedules.loanId, loanId)).orderBy(desc(loanSchedules.version)).limit(1);
  if (last && JSON.stringify(last.rows) === JSON.stringify(schedule.instalments)) return;
  await tx.insert(loanSchedules).values({ orgId: ctx.orgId, loanId, version: (last?.version ?? 0) + 1, reason, rows: schedule.instalments, totals: schedule.totals });
}

/** Writes the position's figures onto the account row (lists and dashboards read them there). */
export async function saveSnapshot(tx: Transaction, loan: LoanRow, position: LoanPosition, changes: Partial<typeof loanAccounts.$inferInsert> = {}): Promise<LoanRow> {
  const [saved] = await tx
    .update(loanAccounts)
    .set({
      principalOutstanding: position.principalOutstanding,
      interestOutstanding: position.interestOutstanding,
      feesOutstanding: position.feesOutstanding,
      overdueAmount: position.overdue,
      daysOverdue: position.daysOverdue,
      nextDueDate: position.nextDueDate,
      interestStopped: position.interestStopped,
      version: loan.version + 1,
      updatedAt: new Date(),
      ...changes,
    })
    .where(eq(loanAccounts.id, loan.id))
    .returning();
  if (!saved) throw new Error("loan update returned nothing");
  return saved;
}

export async function positionNow(db: Executor, loan: LoanRow, asOf: string): Promise<LoanPosition> {
  return positionOf(accountTermsOf(loan), await loadEntries(db, loan.id), asOf);
}

import { and, asc, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { journalEntries, journalLines, loanAccounts, loanSchedules, loanTransactions, organisations } from "@/db/schema";
import type { ServiceContext } from "@/server/platform/context";
import { ConflictError, NotFoundError } from "@/server/platform/errors";
import { pgArrayLiteral } from "@/db/pg-array";
import { currencyDecimals, money } from "@/server/shared/money";
import { EARLY_REPAYMENT_STRATEGIES, type EarlyRepaymentStrategy } from "./early-repayment";
import type { JournalLine } from "./journal";
import { positionOf, type AccountTerms, type LedgerEntry, type LoanPosition } from "./loan-position";
import type { Schedule } from "./schedule";

/** Database plumbing shared by the loan services: locking, the log, the journal, the snapshot. */
export type LoanRow = typeof loanAccounts.$inferSelect;

/** How long a write waits for an account that close of business (or another write) holds. */
export const LOCK_WAIT = "3s";

function isLockTimeout(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === "55P03";
}

/**
 * Every write to a loan account takes this row lock first, so writes to one account never
 * interleave. It waits a few seconds for a holder (another posting, a close-of-business batch)
 * and then refuses with a message to retry, rather than leaving a request hanging.
 */
export async function lockLoan(tx: Transaction, ctx: ServiceContext, loanId: string): Promise<LoanRow> {
  await tx.execute(sql.raw(`set local lock_timeout = '${LOCK_WAIT}'`));
  try {
    const [loan] = await tx.select().from(loanAccounts).where(and(eq(loanAccounts.id, loanId), eq(loanAccounts.orgId, ctx.orgId))).for("update");
    if (!loan) throw new NotFoundError("loan account", loanId);
    await tx.execute(sql.raw("set local lock_timeout = 0"));
    return loan;
  } catch (error) {
    if (isLockTimeout(error)) throw new ConflictError("the account is being processed (close of business or another posting); try again in a moment");
    throw error;
  }
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
    minimumPayment: {
      amount: loan.minimumPaymentDue,
      dueDate: loan.minimumPaymentDueDate,
      statementDate: loan.lastStatementDate,
      pastDue: loan.minimumPaymentPastDue,
      pastDueSince: loan.minimumPaymentPastDueSince,
    },
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
  entry: { loanId: string; transactionId: string; kind: "posting" | "reversal" | "reallocation"; entryDate: string; lines: JournalLine[] },
): Promise<void> {
  if (entry.lines.length === 0) return;
  const [row] = await tx
    .insert(journalEntries)
    .values({ orgId: ctx.orgId, loanId: entry.loanId, transactionId: entry.transactionId, kind: entry.kind, entryDate: entry.entryDate })
    .returning({ id: journalEntries.id });
  if (!row) throw new Error("journal entry insert returned nothing");
  await tx.insert(journalLines).values(entry.lines.map((line) => ({ entryId: row.id, account: line.account, amount: line.amount })));
}

/** What a transaction has booked so far, per account: its posting plus any reallocations since. */
export async function postingLinesOf(tx: Transaction, transactionId: string): Promise<JournalLine[]> {
  const rows = await tx
    .select({ account: journalLines.account, amount: sql<string>`sum(${journalLines.amount})::text` })
    .from(journalLines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
    .where(and(eq(journalEntries.transactionId, transactionId), inArray(journalEntries.kind, ["posting", "reallocation"])))
    .groupBy(journalLines.account);
  return rows.filter((r) => !money(r.amount).isZero());
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
      accruedInterest: position.cob.accruedInterest,
      accrualFrom: position.cob.accrualFrom,
      accrualCurve: position.cob.accrualCurve,
      oldestUnpaidDueDate: position.cob.oldestUnpaidDueDate,
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

export interface SnapshotWrite {
  loanId: string;
  position: LoanPosition;
  statement?: Pick<LoanRow, "minimumPaymentDue" | "minimumPaymentDueDate" | "lastStatementDate" | "minimumPaymentPastDue" | "minimumPaymentPastDueSince">;
}

/**
 * `saveSnapshot` for many accounts in one statement (close of business): each column travels as one
 * array, so a batch costs one round trip however many accounts reached a due date.
 */
export async function saveSnapshots(tx: Transaction, writes: readonly SnapshotWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const col = (pick: (w: SnapshotWrite) => string | number | boolean | null) => pgArrayLiteral(writes.map(pick));
  const stmt = (w: SnapshotWrite) => w.statement;
  await tx.execute(sql`
    update loan_accounts as la set
      principal_outstanding = v.principal, interest_outstanding = v.interest, fees_outstanding = v.fees, overdue_amount = v.overdue,
      days_overdue = v.days_overdue, next_due_date = v.next_due, interest_stopped = v.stopped, accrued_interest = v.accrued,
      accrual_from = v.accrual_from, accrual_curve = v.curve, oldest_unpaid_due_date = v.oldest_unpaid,
      minimum_payment_due = case when v.has_statement then v.min_due else la.minimum_payment_due end,
      minimum_payment_due_date = case when v.has_statement then v.min_due_date else la.minimum_payment_due_date end,
      last_statement_date = case when v.has_statement then v.statement_date else la.last_statement_date end,
      minimum_payment_past_due = case when v.has_statement then v.past_due else la.minimum_payment_past_due end,
      minimum_payment_past_due_since = case when v.has_statement then v.past_due_since else la.minimum_payment_past_due_since end,
      version = la.version + 1, updated_at = now()
    from unnest(
      ${col((w) => w.loanId)}::uuid[], ${col((w) => w.position.principalOutstanding)}::numeric[], ${col((w) => w.position.interestOutstanding)}::numeric[],
      ${col((w) => w.position.feesOutstanding)}::numeric[], ${col((w) => w.position.overdue)}::numeric[], ${col((w) => w.position.daysOverdue)}::int[],
      ${col((w) => w.position.nextDueDate)}::date[], ${col((w) => w.position.interestStopped)}::bool[], ${col((w) => w.position.cob.accruedInterest)}::numeric[],
      ${col((w) => w.position.cob.accrualFrom)}::date[], ${col((w) => JSON.stringify(w.position.cob.accrualCurve))}::jsonb[], ${col((w) => w.position.cob.oldestUnpaidDueDate)}::date[],
      ${col((w) => Boolean(stmt(w)))}::bool[], ${col((w) => stmt(w)?.minimumPaymentDue ?? null)}::numeric[], ${col((w) => stmt(w)?.minimumPaymentDueDate ?? null)}::date[],
      ${col((w) => stmt(w)?.lastStatementDate ?? null)}::date[], ${col((w) => stmt(w)?.minimumPaymentPastDue ?? null)}::numeric[], ${col((w) => stmt(w)?.minimumPaymentPastDueSince ?? null)}::date[]
    ) as v(id, principal, interest, fees, overdue, days_overdue, next_due, stopped, accrued, accrual_from, curve, oldest_unpaid,
      has_statement, min_due, min_due_date, statement_date, past_due, past_due_since)
    where la.id = v.id`);
}

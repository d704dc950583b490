import { and, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { creditProducts, loanAccounts, loanStatements, loanTransactions } from "@/db/schema";
import type { ServiceContext } from "@/server/platform/context";
import { addDays, type IsoDate } from "@/server/shared/dates";
import { currencyDecimals, formatAmount, maxMoney, money, ZERO } from "@/server/shared/money";
import { buildStatement, isStatementDate, type StatementFigures } from "./cob-statements";
import type { DelinquencyFacts } from "./cob-transitions";
import { positionOf, type LedgerEntry } from "./loan-position";
import { accountTermsOf, saveSnapshots, type LoanRow, type SnapshotWrite } from "./loan-store";

/**
 * Close of business for the few accounts a day changes more than their accrual: a due date
 * reached, a statement day, a curve that does not reach tomorrow. Their ledgers are replayed by
 * the lending engine in memory and written back in one statement.
 */

export const OPEN_STATUSES = ["active", "late", "arrears", "default"] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];
export const isOpen = (status: string): status is OpenStatus => OPEN_STATUSES.some((s) => s === status);

export interface Failure {
  loanId: string;
  error: string;
}

type Product = Pick<typeof creditProducts.$inferSelect, "id" | "arrearsToleranceDays" | "statementDay" | "dueDay" | "minimumPaymentPercent" | "minimumPaymentFloor">;

export function messageOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return (error instanceof Error ? error.message : String(error)) + cause;
}

async function entriesOf(tx: Transaction, loanIds: readonly string[]): Promise<Map<string, LedgerEntry[]>> {
  const byLoan = new Map<string, LedgerEntry[]>();
  if (loanIds.length === 0) return byLoan;
  const rows = await tx
    .select({ loanId: loanTransactions.loanId, id: loanTransactions.id, type: loanTransactions.type, amount: loanTransactions.amount, valueDate: loanTransactions.valueDate, status: loanTransactions.status })
    .from(loanTransactions)
    .where(inArray(loanTransactions.loanId, [...loanIds]))
    .orderBy(loanTransactions.loanId, loanTransactions.sequence);
  for (const { loanId, ...entry } of rows) {
    const list = byLoan.get(loanId);
    if (list) list.push(entry);
    else byLoan.set(loanId, [entry]);
  }
  return byLoan;
}

/**
 * A revolving statement day: the statement of the period ending today, from the ledger. The
 * previous statement's minimum, less what was repaid since, is past due and carried forward.
 */
function prepareStatement(loan: LoanRow, product: Product, day: IsoDate, entries: readonly LedgerEntry[], previousClosing: string | null): { loan: LoanRow; figures: StatementFigures } {
  const decimals = currencyDecimals(loan.currency);
  const start = loan.lastStatementDate ? addDays(loan.lastStatementDate, 1) : (loan.disbursedOn ?? day);
  const closing = positionOf(accountTermsOf(loan), entries, addDays(day, 1)).totalOutstanding;
  const since = loan.lastStatementDate;
  const paid = since ? entries.reduce((sum, e) => (e.status === "applied" && e.type === "repayment" && e.valueDate > since && e.valueDate <= day ? sum.plus(money(e.amount)) : sum), ZERO) : ZERO;
  const unpaid = maxMoney(money(loan.minimumPaymentDue ?? "0").minus(paid), ZERO);
  const pastDueSince = unpaid.gt(0) ? (loan.minimumPaymentPastDue && paid.lt(money(loan.minimumPaymentPastDue)) ? loan.minimumPaymentPastDueSince : loan.minimumPaymentDueDate) : null;
  const figures = buildStatement(
    { statementDay: product.statementDay ?? 1, dueDay: product.dueDay ?? 1, minimumPaymentPercent: product.minimumPaymentPercent ?? "0", minimumPaymentFloor: product.minimumPaymentFloor ?? "0", decimals },
    { start, statementDate: day },
    { opening: previousClosing ?? "0", closing },
    entries,
    formatAmount(unpaid, decimals),
  );
  return {
    loan: {
      ...loan,
      minimumPaymentDue: figures.minimumPayment,
      minimumPaymentDueDate: figures.dueDate,
      lastStatementDate: day,
      minimumPaymentPastDue: unpaid.gt(0) ? figures.pastDue : null,
      minimumPaymentPastDueSince: pastDueSince,
    },
    figures,
  };
}

async function previousClosings(tx: Transaction, loanIds: readonly string[]): Promise<Map<string, string>> {
  if (loanIds.length === 0) return new Map();
  const rows = await tx.execute<{ loan_id: string; closing_balance: string }>(sql`
    select distinct on (loan_id) loan_id, closing_balance from loan_statements
    where loan_id = any(${pgArrayLiteral(loanIds)}::uuid[]) order by loan_id, statement_date desc`);
  return new Map(Array.from(rows, (r) => [r.loan_id, r.closing_balance]));
}

/** Steps 1, 2 and 6 through the engine, in memory, for the accounts the stored curve cannot carry; one write for them all. */
export async function closeWithEngine(tx: Transaction, ctx: ServiceContext, day: IsoDate, ids: readonly string[], failed: Failure[]): Promise<DelinquencyFacts[]> {
  if (ids.length === 0) return [];
  const next = addDays(day, 1);
  const loans = await tx
    .select()
    .from(loanAccounts)
    .where(and(inArray(loanAccounts.id, [...ids]), inArray(loanAccounts.status, [...OPEN_STATUSES]), or(isNull(loanAccounts.lastCobDate), lt(loanAccounts.lastCobDate, day))))
    .for("update");
  const productIds = [...new Set(loans.map((l) => l.productId))];
  const products = new Map(
    (await tx
      .select({ id: creditProducts.id, arrearsToleranceDays: creditProducts.arrearsToleranceDays, statementDay: creditProducts.statementDay, dueDay: creditProducts.dueDay, minimumPaymentPercent: creditProducts.minimumPaymentPercent, minimumPaymentFloor: creditProducts.minimumPaymentFloor })
      .from(creditProducts)
      .where(inArray(creditProducts.id, productIds))).map((p) => [p.id, p]),
  );
  const statementDay = (loan: LoanRow) => {
    const product = products.get(loan.productId);
    return loan.type === "revolving_credit" && typeof product?.statementDay === "number" && isStatementDate(day, product.statementDay) ? product : null;
  };
  const entries = await entriesOf(tx, loans.map((l) => l.id));
  const closings = await previousClosings(tx, loans.filter((l) => statementDay(l) !== null).map((l) => l.id));
  const writes: SnapshotWrite[] = [];
  const statements: Array<typeof loanStatements.$inferInsert> = [];
  for (const loan of loans) {
    try {
      const log = entries.get(loan.id) ?? [];
      const product = statementDay(loan);
      const prepared = product ? prepareStatement(loan, product, day, log, closings.get(loan.id) ?? null) : null;
      const current = prepared?.loan ?? loan;
      writes.push({ loanId: loan.id, position: positionOf(accountTermsOf(current), log, next), ...(prepared ? { statement: prepared.loan } : {}) });
      if (prepared) statements.push({ orgId: ctx.orgId, loanId: loan.id, ...prepared.figures });
    } catch (error) {
      failed.push({ loanId: loan.id, error: messageOf(error) });
    }
  }
  await saveSnapshots(tx, writes);
  if (statements.length) await tx.insert(loanStatements).values(statements).onConflictDoNothing();
  const done = writes.map((w) => w.loanId);
  if (done.length) await tx.execute(sql`update loan_accounts set last_cob_date = ${day}::date where id = any(${pgArrayLiteral(done)}::uuid[])`);
  const byId = new Map(loans.map((l) => [l.id, l]));
  return writes.flatMap((w) => {
    const loan = byId.get(w.loanId);
    if (!loan || !isOpen(loan.status)) return [];
    return [{ id: loan.id, status: loan.status, oldestUnpaidDueDate: w.position.cob.oldestUnpaidDueDate, arrearsSince: loan.arrearsSince, arrearsToleranceDays: products.get(loan.productId)?.arrearsToleranceDays ?? 0 }];
  });
}


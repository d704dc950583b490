import { eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { creditProducts, loanAccounts, loanStatements, loanTransactions } from "@/db/schema";
import type { ServiceContext } from "@/server/platform/context";
import { addDays, daysBetween, type IsoDate } from "@/server/shared/dates";
import { currencyDecimals, formatAmount, maxMoney, money, ZERO } from "@/server/shared/money";
import { buildStatement, isStatementDate, type StatementFigures } from "./cob-statements";
import { enterDelinquency } from "./loan-actions";
import { positionOf, type LedgerEntry } from "./loan-position";
import { accountTermsOf, saveSnapshots, type LoanRow, type SnapshotWrite } from "./loan-store";

export interface BatchOutcome {
  done: string[];
  failed: Array<{ loanId: string; error: string }>;
}

type Product = Pick<typeof creditProducts.$inferSelect, "id" | "arrearsToleranceDays" | "statementDay" | "dueDay" | "minimumPaymentPercent" | "minimumPaymentFloor">;

function messageOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return (error instanceof Error ? error.message : String(error)) + cause;
}

/** Whether the account's stored curve and dates carry it to `next`, or the engine must run for it. */
function needsEngine(loan: LoanRow, next: IsoDate, product: Product | undefined, day: IsoDate): boolean {
  if (!loan.accrualFrom || !loan.accrualCurve) return true;
  const index = daysBetween(loan.accrualFrom, next);
  if (index < 0 || index >= loan.accrualCurve.length) return true;
  if (loan.type === "term_loan" && loan.nextDueDate !== null && loan.nextDueDate <= next) return true;
  return loan.type === "revolving_credit" && typeof product?.statementDay === "number" && isStatementDate(day, product.statementDay);
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

/**
 * Closes `day` for a batch of locked accounts, leaving each as it stands at the start of the next
 * day: accrual read from the stored curve (one statement for the whole batch), the engine only for
 * accounts reaching a due date or a statement, then state changes as set-based updates. An account
 * that fails is rolled back to its savepoint and reported; the others carry on.
 */
export async function closeBatch(tx: Transaction, ctx: ServiceContext, day: IsoDate, loans: readonly LoanRow[], defaultThresholdDays: number): Promise<BatchOutcome> {
  const next = addDays(day, 1);
  const productIds = [...new Set(loans.map((l) => l.productId))];
  const products = new Map(
    (await tx
      .select({ id: creditProducts.id, arrearsToleranceDays: creditProducts.arrearsToleranceDays, statementDay: creditProducts.statementDay, dueDay: creditProducts.dueDay, minimumPaymentPercent: creditProducts.minimumPaymentPercent, minimumPaymentFloor: creditProducts.minimumPaymentFloor })
      .from(creditProducts)
      .where(inArray(creditProducts.id, productIds))).map((p) => [p.id, p]),
  );
  const heavy = loans.filter((l) => needsEngine(l, next, products.get(l.productId), day));
  const heavyIds = new Set(heavy.map((l) => l.id));
  const light = loans.filter((l) => !heavyIds.has(l.id)).map((l) => l.id);
  const failed: BatchOutcome["failed"] = [];

  // 1. Accrue (and count the days overdue) from the stored curves.
  if (light.length) {
    await tx.execute(sql`
      update loan_accounts set
        accrued_interest = (accrual_curve ->> (${next}::date - accrual_from))::numeric,
        days_overdue = greatest(0, ${next}::date - coalesce(oldest_unpaid_due_date, ${next}::date)),
        version = version + 1
      where id = any(${pgArrayLiteral(light)}::uuid[])`);
  }
  // 2. Due dates and statements: the engine, in memory, for the few accounts reaching one; one write for them all.
  const entries = await entriesOf(tx, [...heavyIds]);
  const statementDay = (loan: LoanRow) => {
    const product = products.get(loan.productId);
    return loan.type === "revolving_credit" && typeof product?.statementDay === "number" && isStatementDate(day, product.statementDay) ? product : null;
  };
  const closings = await previousClosings(tx, heavy.filter((l) => statementDay(l) !== null).map((l) => l.id));
  const writes: SnapshotWrite[] = [];
  const statements: Array<typeof loanStatements.$inferInsert> = [];
  for (const loan of heavy) {
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
  const failedIds = new Set(failed.map((f) => f.loanId));
  const ok = loans.filter((l) => !failedIds.has(l.id)).map((l) => l.id);
  if (ok.length === 0) return { done: [], failed };
  const okArray = sql`${pgArrayLiteral(ok)}::uuid[]`;

  // 3. Late: something due and unpaid after its due date. 7. Recovery: nothing overdue any more (not from default).
  const late = await tx.execute<{ id: string }>(sql`
    update loan_accounts set status = 'late', late_since = oldest_unpaid_due_date
    where id = any(${okArray}) and status = 'active' and oldest_unpaid_due_date < ${next}::date returning id`);
  const recovered = await tx.execute<{ id: string }>(sql`
    update loan_accounts set status = 'active', late_since = null, arrears_since = null
    where id = any(${okArray}) and status in ('late', 'arrears') and (oldest_unpaid_due_date is null or oldest_unpaid_due_date >= ${next}::date) returning id`);
  await auditSystemChanges(tx, ctx, day, [
    { action: "loan.became_late", ids: Array.from(late, (r) => r.id), from: "active", to: "late" },
    { action: "loan.recovered", ids: Array.from(recovered, (r) => r.id), from: "late or arrears", to: "active" },
  ]);

  // 4. Arrears after the product's tolerance; 5. default after the organisation's threshold. Fees once, with the move.
  const moves = await tx.execute<{ id: string; target: "arrears" | "default" }>(sql`
    select la.id, case when la.status = 'late' then 'arrears' else 'default' end as target
    from loan_accounts la join credit_products p on p.id = la.product_id
    where la.id = any(${okArray}) and (
      (la.status = 'late' and ${next}::date - la.oldest_unpaid_due_date > p.arrears_tolerance_days)
      or (la.status = 'arrears' and ${next}::date - la.arrears_since > ${defaultThresholdDays}))`);
  for (const move of moves) {
    try {
      await tx.transaction(async (savepoint) => {
        const [loan] = await savepoint.select().from(loanAccounts).where(eq(loanAccounts.id, move.id));
        if (loan) await enterDelinquency(savepoint, ctx, loan, move.target, { valueDate: day, asOf: next }, "close of business");
      });
    } catch (error) {
      failed.push({ loanId: move.id, error: messageOf(error) });
    }
  }

  const failedNow = new Set(failed.map((f) => f.loanId));
  const done = ok.filter((id) => !failedNow.has(id));
  if (done.length) await tx.execute(sql`update loan_accounts set last_cob_date = ${day}::date where id = any(${pgArrayLiteral(done)}::uuid[]) and org_id = ${ctx.orgId}::uuid`);
  return { done, failed };
}

async function auditSystemChanges(tx: Transaction, ctx: ServiceContext, day: IsoDate, changes: Array<{ action: string; ids: string[]; from: string; to: string }>): Promise<void> {
  for (const change of changes) {
    if (change.ids.length === 0) continue;
    await tx.execute(sql`
      insert into audit_events (org_id, actor_type, action, entity_type, entity_id, before, after, request_id)
      select ${ctx.orgId}::uuid, 'system', ${change.action}, 'loan', id::text, ${JSON.stringify({ status: change.from })}::jsonb,
        ${JSON.stringify({ status: change.to, businessDate: day })}::jsonb, ${ctx.requestId}
      from unnest(${pgArrayLiteral(change.ids)}::uuid[]) as id`);
  }
}

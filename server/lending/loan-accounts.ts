import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { applications, borrowers, creditProducts, journalEntries, journalLines, loanAccounts, loanSchedules, loanTransactions, users } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { InvalidStateError, NotFoundError, ValidationError } from "@/server/platform/errors";
import { isIsoDate } from "@/server/shared/dates";
import { displayName } from "./borrowers";
import { OPEN_STATUSES } from "./cob-run";
import { delinquencyOf, type Delinquency } from "./delinquency";
import { loadLendingSettings } from "./lending-settings";
import { buildLoanTerms } from "./loan-terms";
import { loadOrgCalendar } from "./org-calendar";
import { productConfigOf } from "./products";
import { quotePayoff } from "./payoff";
import { buildSchedule } from "./schedule";
import { businessDateOf, findLoan, positionNow, recordScheduleVersion } from "./loan-store";

export const LOAN_STATUSES = ["approved", "active", "late", "arrears", "default", "closed"] as const;
export const ZLoanRef = z.object({ loanId: z.uuid() });
export const ZOpenLoan = z.object({ applicationId: z.uuid() });
export const ZPayoffQuote = z.object({ loanId: z.uuid(), date: z.string().refine(isIsoDate, { error: "must be a date as YYYY-MM-DD" }) });
export const ZListLoans = z.object({
  status: z
    .union([z.array(z.enum(LOAN_STATUSES)), z.string().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(LOAN_STATUSES)))
    .optional(),
  borrowerId: z.uuid().optional(),
  productId: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).default(0),
});

/**
 * Opens the loan account of an accepted application (one per application). Terms are frozen from
 * the product and the application; the schedule shown before disbursement assumes disbursement on
 * the business date and is re-computed when the money actually goes out.
 */
export async function openLoanAccount(ctx: ServiceContext, input: z.infer<typeof ZOpenLoan>) {
  return inTransaction(ctx, async (tx) => {
    const [application] = await tx.select().from(applications).where(and(eq(applications.id, input.applicationId), eq(applications.orgId, ctx.orgId))).for("update");
    if (!application) throw new NotFoundError("application", input.applicationId);
    if (application.loanAccountId) throw new InvalidStateError("application", "already linked to a loan account", "open another one");
    if (application.status !== "accepted") throw new InvalidStateError("application", application.status, "open a loan account (it must be accepted)");
    const [product] = await tx.select().from(creditProducts).where(eq(creditProducts.id, application.productId));
    if (!product) throw new NotFoundError("product", application.productId);
    const config = productConfigOf(product);
    const calendar = await loadOrgCalendar(tx, ctx.orgId);

    const terms =
      product.type === "term_loan"
        ? buildLoanTerms({
            product: config,
            principal: application.amount,
            annualInterestRate: application.interestRate,
            numberOfInstalments: application.instalments ?? config.instalmentsDefault ?? 1,
            disbursementDate: calendar.businessDate,
            currency: calendar.currency,
            holidays: calendar.holidays,
          })
        : {
            annualInterestRate: application.interestRate,
            daysInYear: config.daysInYear,
            statementDay: config.statementDay,
            dueDay: config.dueDay,
            minimumPaymentPercent: config.minimumPaymentPercent,
            minimumPaymentFloor: config.minimumPaymentFloor,
          };
    const [loan] = await tx
      .insert(loanAccounts)
      .values({
        orgId: ctx.orgId,
        applicationId: application.id,
        borrowerId: application.borrowerId,
        productId: product.id,
        type: product.type,
        currency: calendar.currency,
        approvedAmount: application.amount,
        interestRate: application.interestRate,
        terms: { ...terms },
        earlyRepaymentStrategy: config.earlyRepaymentStrategy,
        fees: config.fees,
      })
      .returning();
    if (!loan) throw new Error("loan insert returned nothing");
    await tx.update(applications).set({ loanAccountId: loan.id, updatedAt: new Date() }).where(eq(applications.id, application.id));
    if (product.type === "term_loan") await recordScheduleVersion(tx, ctx, loan.id, buildSchedule(terms), `expected schedule at approval (disbursement assumed on ${calendar.businessDate})`);
    await recordAudit(tx, ctx, { action: "loan.opened", entityType: "loan", entityId: loan.id, after: { applicationId: application.id, approvedAmount: loan.approvedAmount, interestRate: loan.interestRate } });
    return loan;
  });
}

/** Open accounts only: close of business buckets (and the portfolio snapshot counts) nothing else. */
function delinquencyFor(status: string, daysOverdue: number, starts: readonly number[]): Delinquency | null {
  return OPEN_STATUSES.some((s) => s === status) ? delinquencyOf(daysOverdue, starts) : null;
}

export async function listLoans(ctx: ServiceContext, input: z.infer<typeof ZListLoans>) {
  const filters: SQL[] = [eq(loanAccounts.orgId, ctx.orgId)];
  if (input.status?.length) filters.push(inArray(loanAccounts.status, input.status));
  if (input.borrowerId) filters.push(eq(loanAccounts.borrowerId, input.borrowerId));
  if (input.productId) filters.push(eq(loanAccounts.productId, input.productId));
  const where = and(...filters);
  const [rows, [total], settings] = await Promise.all([
    ctx.db
      .select({ loan: loanAccounts, borrower: borrowers, productName: creditProducts.name })
      .from(loanAccounts)
      .innerJoin(borrowers, eq(borrowers.id, loanAccounts.borrowerId))
      .innerJoin(creditProducts, eq(creditProducts.id, loanAccounts.productId))
      .where(where)
      .orderBy(desc(loanAccounts.createdAt), desc(loanAccounts.id))
      .limit(input.limit)
      .offset(input.offset),
    ctx.db.select({ n: count() }).from(loanAccounts).where(where),
    loadLendingSettings(ctx.db, ctx.orgId),
  ]);
  const starts = settings.delinquencyBucketStarts;
  return {
    loans: rows.map((r) => ({ ...r.loan, borrowerName: displayName(r.borrower), productName: r.productName, delinquency: delinquencyFor(r.loan.status, r.loan.daysOverdue, starts) })),
    total: total?.n ?? 0,
  };
}

/** Everything the loan page shows, with balances replayed from the ledger on the business date. */
export async function getLoan(ctx: ServiceContext, loanId: string) {
  const loan = await findLoan(ctx.db, ctx, loanId);
  const asOf = await businessDateOf(ctx.db, ctx.orgId);
  const [borrower] = await ctx.db.select().from(borrowers).where(eq(borrowers.id, loan.borrowerId));
  const [product] = await ctx.db.select({ name: creditProducts.name }).from(creditProducts).where(eq(creditProducts.id, loan.productId));
  const position = await positionNow(ctx.db, loan, asOf);
  const transactions = await ctx.db
    .select({ transaction: loanTransactions, createdByName: users.name })
    .from(loanTransactions)
    .leftJoin(users, eq(users.id, loanTransactions.createdBy))
    .where(eq(loanTransactions.loanId, loanId))
    .orderBy(asc(loanTransactions.sequence));
  const journal = await ctx.db
    .select({ entryId: journalEntries.id, transactionId: journalEntries.transactionId, kind: journalEntries.kind, entryDate: journalEntries.entryDate, account: journalLines.account, amount: journalLines.amount })
    .from(journalLines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
    .where(eq(journalEntries.loanId, loanId))
    .orderBy(asc(journalEntries.createdAt), asc(journalLines.id));
  const scheduleVersions = await ctx.db
    .select({ version: loanSchedules.version, reason: loanSchedules.reason, createdAt: loanSchedules.createdAt })
    .from(loanSchedules)
    .where(eq(loanSchedules.loanId, loanId))
    .orderBy(asc(loanSchedules.version));
  const { termState: _state, portions: _portions, cob: _cob, ...figures } = position;
  const settings = await loadLendingSettings(ctx.db, ctx.orgId);
  return {
    loan,
    borrower: borrower ? { id: borrower.id, displayName: displayName(borrower) } : null,
    productName: product?.name ?? "",
    businessDate: asOf,
    position: figures,
    /** Days overdue as replayed on the business date, in the organisation's buckets (null when not open). */
    delinquency: delinquencyFor(loan.status, position.daysOverdue, settings.delinquencyBucketStarts),
    transactions: transactions.map((t) => ({ ...t.transaction, createdByName: t.createdByName })),
    journal,
    scheduleVersions,
  };
}

export async function getScheduleVersion(ctx: ServiceContext, input: { loanId: string; version: number }) {
  await findLoan(ctx.db, ctx, input.loanId);
  const [row] = await ctx.db.select().from(loanSchedules).where(and(eq(loanSchedules.loanId, input.loanId), eq(loanSchedules.version, input.version)));
  if (!row) throw new NotFoundError("schedule version", String(input.version));
  return row;
}

/** What closes the loan on `date` (on or after the business date), from the ledger as it stands. */
export async function quoteLoanPayoff(ctx: ServiceContext, input: z.infer<typeof ZPayoffQuote>) {
  const loan = await findLoan(ctx.db, ctx, input.loanId);
  const asOf = await businessDateOf(ctx.db, ctx.orgId);
  if (input.date < asOf) throw new ValidationError("date", `must not be before the business date (${asOf})`);
  const position = await positionNow(ctx.db, loan, asOf);
  if (!position.disbursed) throw new InvalidStateError("loan account", loan.status, "quote a payoff (nothing is disbursed)");
  if (loan.type === "revolving_credit" || !position.termState) {
    const later = await positionNow(ctx.db, loan, input.date);
    return { date: input.date, principal: later.principalOutstanding, interestDue: "0.00", interestAccrued: later.interestAccrued, fees: later.feesOutstanding, total: later.payoff };
  }
  return quotePayoff(position.termState, input.date);
}

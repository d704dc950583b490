import { and, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DatabaseHandle, Transaction } from "@/db/client";
import { borrowers, cobFailures, cobRuns, lendingSettings, loanAccounts, loanStatements, organisations, portfolioSnapshots, users } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { InvalidStateError, NotFoundError, ValidationError } from "@/server/platform/errors";
import { enqueueJob } from "@/server/platform/jobs/boss";
import { QUEUES } from "@/server/platform/jobs/queues";
import { addDays, isIsoDate, todayIn } from "@/server/shared/dates";
import { displayName } from "./borrowers";
import { delinquencyBuckets } from "./delinquency";
import { findLoan } from "./loan-store";
import { loadLendingSettings } from "./lending-settings";

const ZDate = z.string().refine(isIsoDate, { error: "must be a date as YYYY-MM-DD" });
export const ZStartCob = z.object({ until: ZDate.optional() });
export const ZRunRef = z.object({ runId: z.uuid() });
export const ZPortfolioRange = z.object({ from: ZDate.optional(), to: ZDate.optional() });
export const ZStatementRef = z.object({ statementId: z.uuid() });

/** A run may close days up to the end of today in the organisation's time zone: the business date can reach tomorrow, never beyond. */
function latestClosableDate(today: string): string {
  return addDays(today, 1);
}

/** Whether a runner holds the organisation's close-of-business lock (taken and given back at once otherwise). */
async function isRunnerAlive(tx: Transaction, orgId: string): Promise<boolean> {
  const key = `cob:${orgId}`;
  const [row] = await tx.execute<{ free: boolean }>(sql`select pg_try_advisory_lock(hashtext(${key})) as free`);
  if (row?.free) await tx.execute(sql`select pg_advisory_unlock(hashtext(${key}))`);
  return !row?.free;
}

/**
 * Queues close of business for the organisation, one day (the business date) or up to `until`.
 * The job runs it in the background; the page follows the run's progress.
 */
export async function startCloseOfBusiness(ctx: ServiceContext, input: z.infer<typeof ZStartCob>) {
  return inTransaction(ctx, async (tx) => {
    const [org] = await tx.select({ businessDate: organisations.businessDate, timeZone: organisations.timeZone }).from(organisations).where(eq(organisations.id, ctx.orgId));
    if (!org) throw new NotFoundError("organisation", ctx.orgId);
    const until = input.until ?? addDays(org.businessDate, 1);
    if (until <= org.businessDate) throw new ValidationError("until", `must be after the business date (${org.businessDate})`);
    const limit = latestClosableDate(todayIn(org.timeZone));
    if (until > limit) throw new ValidationError("until", `cannot close days that have not ended: at most ${limit} (today is ${todayIn(org.timeZone)})`);
    const [running] = await tx.select().from(cobRuns).where(and(eq(cobRuns.orgId, ctx.orgId), eq(cobRuns.status, "running")));
    // A "running" run whose runner died (its advisory lock is free) is resumed by the job queued here.
    if (running && (await isRunnerAlive(tx, ctx.orgId))) throw new InvalidStateError("close of business", `running for ${running.businessDate}`, "start another run");
    await enqueueJob(tx, QUEUES.cobRun.name, { orgId: ctx.orgId, until, startedBy: ctx.actor.userId });
    await recordAudit(tx, ctx, { action: "cob.requested", entityType: "organisation", entityId: ctx.orgId, after: { from: org.businessDate, until } });
    return { from: org.businessDate, until };
  });
}

/**
 * The business date, the latest runs (progress of a running one, who started them) and the last
 * run's failures with their account numbers. `closableUntil` is the latest date a run may close up
 * to, so the page offers what `startCloseOfBusiness` accepts.
 */
export async function getCobStatus(ctx: ServiceContext) {
  const [org] = await ctx.db.select({ businessDate: organisations.businessDate, timeZone: organisations.timeZone }).from(organisations).where(eq(organisations.id, ctx.orgId));
  if (!org) throw new NotFoundError("organisation", ctx.orgId);
  const rows = await ctx.db
    .select({ run: cobRuns, startedByName: users.name })
    .from(cobRuns)
    .leftJoin(users, eq(users.id, cobRuns.startedBy))
    .where(eq(cobRuns.orgId, ctx.orgId))
    .orderBy(desc(cobRuns.startedAt))
    .limit(15);
  const runs = rows.map((r) => ({ ...r.run, startedByName: r.startedByName }));
  const last = runs[0];
  const failures = last
    ? (
        await ctx.db
          .select({ failure: cobFailures, loanNumber: loanAccounts.number })
          .from(cobFailures)
          .innerJoin(loanAccounts, eq(loanAccounts.id, cobFailures.loanId))
          .where(and(eq(cobFailures.runId, last.id), eq(loanAccounts.orgId, ctx.orgId)))
          .orderBy(cobFailures.createdAt)
          .limit(100)
      ).map((f) => ({ ...f.failure, loanNumber: f.loanNumber }))
    : [];
  const settings = await loadLendingSettings(ctx.db, ctx.orgId);
  const today = todayIn(org.timeZone);
  return { businessDate: org.businessDate, today, closableUntil: latestClosableDate(today), cobTime: settings.cobTime, cobEnabled: settings.cobEnabled, runs, failures };
}

/** Portfolio at risk by delinquency bucket, one point per closed day. */
export async function getPortfolioAtRisk(ctx: ServiceContext, input: z.infer<typeof ZPortfolioRange>) {
  const filters: SQL[] = [eq(portfolioSnapshots.orgId, ctx.orgId)];
  if (input.from) filters.push(gte(portfolioSnapshots.businessDate, input.from));
  if (input.to) filters.push(lte(portfolioSnapshots.businessDate, input.to));
  const rows = await ctx.db.select().from(portfolioSnapshots).where(and(...filters)).orderBy(portfolioSnapshots.businessDate, portfolioSnapshots.bucket).limit(5000);
  const settings = await loadLendingSettings(ctx.db, ctx.orgId);
  return { buckets: delinquencyBuckets(settings.delinquencyBucketStarts), snapshots: rows };
}

export async function listLoanStatements(ctx: ServiceContext, loanId: string) {
  await findLoan(ctx.db, ctx, loanId);
  return ctx.db.select().from(loanStatements).where(eq(loanStatements.loanId, loanId)).orderBy(desc(loanStatements.statementDate));
}

/** One stored statement with what its printed page heads it with: the lender, the borrower, the account. */
export async function getLoanStatement(ctx: ServiceContext, statementId: string) {
  const [row] = await ctx.db
    .select({ statement: loanStatements, number: loanAccounts.number, currency: loanAccounts.currency, creditLimit: loanAccounts.approvedAmount, borrower: borrowers, orgName: organisations.name })
    .from(loanStatements)
    .innerJoin(loanAccounts, eq(loanAccounts.id, loanStatements.loanId))
    .innerJoin(borrowers, eq(borrowers.id, loanAccounts.borrowerId))
    .innerJoin(organisations, eq(organisations.id, loanStatements.orgId))
    .where(and(eq(loanStatements.id, statementId), eq(loanStatements.orgId, ctx.orgId)));
  if (!row) throw new NotFoundError("statement", statementId);
  return { ...row.statement, loanNumber: row.number, currency: row.currency, creditLimit: row.creditLimit, borrowerName: displayName(row.borrower), orgName: row.orgName };
}

/**
 * The scheduler's tick: queues close of business for every organisation whose configured time has
 * passed in its own time zone and whose business date is behind (a missed day is caught up).
 */
export async function queueDueCloseOfBusiness(handle: DatabaseHandle, now: Date = new Date()): Promise<number> {
  const orgs = await handle.db
    .select({ id: organisations.id, businessDate: organisations.businessDate, timeZone: organisations.timeZone, cobTime: lendingSettings.cobTime, cobEnabled: lendingSettings.cobEnabled })
    .from(organisations)
    .leftJoin(lendingSettings, eq(lendingSettings.orgId, organisations.id));
  let queued = 0;
  for (const org of orgs) {
    if (org.cobEnabled === false) continue;
    const today = todayIn(org.timeZone, now);
    const time = new Intl.DateTimeFormat("en-GB", { timeZone: org.timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(now);
    const until = time >= (org.cobTime ?? "23:30") ? addDays(today, 1) : today;
    if (org.businessDate >= until) continue;
    await handle.db.transaction(async (tx) => {
      const [running] = await tx.select({ id: cobRuns.id }).from(cobRuns).where(and(eq(cobRuns.orgId, org.id), eq(cobRuns.status, "running")));
      if (!running) await enqueueJob(tx, QUEUES.cobRun.name, { orgId: org.id, until, startedBy: null });
    });
    queued += 1;
  }
  return queued;
}

import { and, asc, count, eq, gt, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { cobFailures, cobRuns, loanAccounts, organisations } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import type { ServiceContext } from "@/server/platform/context";
import { ConflictError, NotFoundError } from "@/server/platform/errors";
import { addDays, type IsoDate } from "@/server/shared/dates";
import { closeBatch, loadDayRules, OPEN_STATUSES } from "./cob-batch";
import { loadLendingSettings } from "./lending-settings";

export { OPEN_STATUSES };
const FIRST_ID = "00000000-0000-0000-0000-000000000000";

export interface CobOptions {
  trigger: "officer" | "schedule" | "test";
  startedBy?: string | null;
  batchSize?: number;
  /** Close days until the business date reaches this one (default: one day). */
  until?: IsoDate;
  /** Called after each batch commits (progress reporting; the resume test kills the process there). */
  onBatchCommitted?: () => void;
}

export interface CobDaySummary {
  runId: string;
  businessDate: IsoDate;
  accountsTotal: number;
  accountsDone: number;
  accountsFailed: number;
}

function eligible(orgId: string, day: IsoDate, runId: string, after: string) {
  return and(
    eq(loanAccounts.orgId, orgId),
    // Keyset: each batch starts after the last one, so a run reads the accounts once, in key order.
    gt(loanAccounts.id, after),
    inArray(loanAccounts.status, [...OPEN_STATUSES]),
    or(isNull(loanAccounts.lastCobDate), lt(loanAccounts.lastCobDate, day)),
    sql`${loanAccounts.disbursedOn} <= ${day}`,
    notInArray(loanAccounts.id, sql`(select ${cobFailures.loanId} from ${cobFailures} where ${cobFailures.runId} = ${runId})`),
  );
}

/**
 * Closes the organisation's business date D: every open account is processed for D exactly once
 * (batches commit with their `last_cob_date` marker, so a run killed half-way resumes where it
 * stopped), the portfolio snapshot is taken, and the business date moves to D + 1.
 */
async function closeDay(handle: DatabaseHandle, orgId: string, options: CobOptions): Promise<CobDaySummary> {
  const db = handle.db;
  const [org] = await db.select({ businessDate: organisations.businessDate }).from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new NotFoundError("organisation", orgId);
  const day = org.businessDate;
  const ctx: ServiceContext = { db, orgId, role: "owner", actor: { type: "system", userId: null }, requestId: `cob:${day}` };
  const settings = await loadLendingSettings(db, orgId);

  const [created] = await db.insert(cobRuns).values({ orgId, businessDate: day, trigger: options.trigger, startedBy: options.startedBy ?? null }).onConflictDoNothing().returning();
  const [run] = created ? [created] : await db.select().from(cobRuns).where(and(eq(cobRuns.orgId, orgId), eq(cobRuns.businessDate, day)));
  if (!run) throw new Error("close-of-business run could not be created");
  if (created) {
    const [total] = await db.select({ n: count() }).from(loanAccounts).where(eligible(orgId, day, run.id, FIRST_ID));
    await db.update(cobRuns).set({ accountsTotal: total?.n ?? 0 }).where(eq(cobRuns.id, run.id));
  }

  const rules = await loadDayRules(db, orgId, day, settings.defaultThresholdDays);
  const batchSize = options.batchSize ?? 1000;
  let after = FIRST_ID;
  for (;;) {
    const processed = await db.transaction(async (tx) => {
      const batch = await tx.select({ id: loanAccounts.id, lastCobDate: loanAccounts.lastCobDate }).from(loanAccounts).where(eligible(orgId, day, run.id, after)).orderBy(asc(loanAccounts.id)).limit(batchSize);
      if (batch.length === 0) return 0;
      after = batch[batch.length - 1]?.id ?? after;
      const outcome = await closeBatch(tx, { ...ctx, db: tx }, day, batch, rules);
      if (outcome.failed.length) await tx.insert(cobFailures).values(outcome.failed.map((f) => ({ runId: run.id, loanId: f.loanId, businessDate: day, error: f.error.slice(0, 2000) })));
      await tx
        .update(cobRuns)
        .set({ accountsDone: sql`${cobRuns.accountsDone} + ${outcome.done.length}`, accountsFailed: sql`${cobRuns.accountsFailed} + ${outcome.failed.length}` })
        .where(eq(cobRuns.id, run.id));
      return batch.length;
    });
    if (processed === 0) break;
    options.onBatchCommitted?.();
  }

  return db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into portfolio_snapshots (org_id, business_date, bucket, accounts, principal_outstanding, overdue_amount)
      select ${orgId}::uuid, ${day}::date, coalesce(b.bucket, 0), count(*)::int, coalesce(sum(la.principal_outstanding), 0), coalesce(sum(la.overdue_amount), 0)
      from loan_accounts la
      left join lateral (
        select max(i) as bucket from jsonb_array_elements_text(${JSON.stringify(settings.delinquencyBucketStarts)}::jsonb) with ordinality as s(start, i)
        where la.days_overdue >= s.start::int
      ) b on true
      where la.org_id = ${orgId}::uuid and la.status in ('active', 'late', 'arrears', 'default')
      group by coalesce(b.bucket, 0)
      on conflict (org_id, business_date, bucket) do update set accounts = excluded.accounts, principal_outstanding = excluded.principal_outstanding, overdue_amount = excluded.overdue_amount`);
    await tx.update(organisations).set({ businessDate: addDays(day, 1) }).where(and(eq(organisations.id, orgId), eq(organisations.businessDate, day)));
    const [done] = await tx.update(cobRuns).set({ status: "completed", finishedAt: new Date() }).where(eq(cobRuns.id, run.id)).returning();
    await recordAudit(tx, ctx, { action: "cob.day_closed", entityType: "organisation", entityId: orgId, after: { businessDate: day, accountsDone: done?.accountsDone, accountsFailed: done?.accountsFailed } });
    return { runId: run.id, businessDate: day, accountsTotal: done?.accountsTotal ?? 0, accountsDone: done?.accountsDone ?? 0, accountsFailed: done?.accountsFailed ?? 0 };
  });
}

/**
 * Runs close of business for one organisation, one day at a time until `until` (a missed day is
 * caught up day by day). One runner per organisation at a time: a session advisory lock on a
 * reserved connection, released when the runner ends or its process dies.
 */
export async function runCloseOfBusiness(handle: DatabaseHandle, orgId: string, options: CobOptions): Promise<CobDaySummary[]> {
  const lockConnection = await handle.sql.reserve();
  try {
    const [lock] = await lockConnection<{ locked: boolean }[]>`select pg_try_advisory_lock(hashtext(${`cob:${orgId}`})) as locked`;
    if (!lock?.locked) throw new ConflictError("close of business is already running for this organisation");
    const days: CobDaySummary[] = [];
    for (;;) {
      const [org] = await handle.db.select({ businessDate: organisations.businessDate }).from(organisations).where(eq(organisations.id, orgId));
      if (!org) throw new NotFoundError("organisation", orgId);
      const until = options.until ?? addDays(days[0]?.businessDate ?? org.businessDate, 1);
      if (org.businessDate >= until) break;
      days.push(await closeDay(handle, orgId, options));
    }
    await lockConnection`select pg_advisory_unlock(hashtext(${`cob:${orgId}`}))`;
    return days;
  } finally {
    lockConnection.release();
  }
}

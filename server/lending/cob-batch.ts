import { eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { creditProducts, loanAccounts } from "@/db/schema";
import type { ServiceContext } from "@/server/platform/context";
import { addDays, type IsoDate } from "@/server/shared/dates";
import { closeWithEngine, messageOf, OPEN_STATUSES, type Failure, type OpenStatus } from "./cob-engine-step";
import { isStatementDate } from "./cob-statements";
import { planTransitions, type DelinquencyFacts } from "./cob-transitions";
import { enterDelinquency } from "./loan-actions";

export { OPEN_STATUSES };

const OPEN_LIST = sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(", "));

export interface BatchAccount {
  id: string;
  lastCobDate: IsoDate | null;
}

export interface BatchOutcome {
  done: string[];
  failed: Failure[];
}

/** What holds for every account on the day being closed. */
export interface DayRules {
  defaultThresholdDays: number;
  /** Revolving products whose statement falls on the day. */
  statementProductIds: readonly string[];
  arrearsToleranceDays: ReadonlyMap<string, number>;
}

export async function loadDayRules(db: Executor, orgId: string, day: IsoDate, defaultThresholdDays: number): Promise<DayRules> {
  const products = await db
    .select({ id: creditProducts.id, statementDay: creditProducts.statementDay, arrearsToleranceDays: creditProducts.arrearsToleranceDays })
    .from(creditProducts)
    .where(eq(creditProducts.orgId, orgId));
  return {
    defaultThresholdDays,
    statementProductIds: products.filter((p) => typeof p.statementDay === "number" && isStatementDate(day, p.statementDay)).map((p) => p.id),
    arrearsToleranceDays: new Map(products.map((p) => [p.id, p.arrearsToleranceDays])),
  };
}

/**
 * Step 1 for the common account, as one statement: the day's accrual read from the account's stored
 * curve, the days overdue counted, the day marked closed. The row lock comes with the update (no
 * separate SELECT … FOR UPDATE, which would write every row twice); a posting that holds an
 * account makes the update wait and re-read the row. Accounts reaching a due date or a statement,
 * or whose curve does not reach tomorrow, are left for the engine.
 */
async function accrueFromCurves(tx: Transaction, ids: readonly string[], day: IsoDate, rules: DayRules): Promise<DelinquencyFacts[]> {
  const next = addDays(day, 1);
  const rows = await tx.execute<{ id: string; status: OpenStatus; oldest_unpaid_due_date: string | null; arrears_since: string | null; product_id: string }>(sql`
    update loan_accounts set
      accrued_interest = (accrual_curve ->> (${next}::date - accrual_from))::numeric,
      days_overdue = greatest(0, ${next}::date - coalesce(oldest_unpaid_due_date, ${next}::date)),
      last_cob_date = ${day}::date,
      version = version + 1
    where id = any(${pgArrayLiteral(ids)}::uuid[])
      and status in (${OPEN_LIST}) and (last_cob_date is null or last_cob_date < ${day}::date)
      and accrual_from is not null and accrual_curve is not null
      and ${next}::date - accrual_from between 0 and jsonb_array_length(accrual_curve) - 1
      and not (type = 'term_loan' and next_due_date is not null and next_due_date <= ${next}::date)
      and not (type = 'revolving_credit' and product_id = any(${pgArrayLiteral(rules.statementProductIds)}::uuid[]))
    returning id, status, oldest_unpaid_due_date, arrears_since, product_id`);
  return Array.from(rows, (r) => ({
    id: r.id,
    status: r.status,
    oldestUnpaidDueDate: r.oldest_unpaid_due_date,
    arrearsSince: r.arrears_since,
    arrearsToleranceDays: rules.arrearsToleranceDays.get(r.product_id) ?? 0,
  }));
}

/**
 * Closes `day` for a batch of accounts, leaving each as it stands at the start of the next day:
 * accrual from the stored curves (one statement), the engine only for accounts reaching a due
 * date or a statement, then the state changes, written only for the accounts that change. An
 * account that fails is rolled back to its savepoint, keeps its previous close-of-business date
 * and is reported; the others carry on.
 */
export async function closeBatch(tx: Transaction, ctx: ServiceContext, day: IsoDate, batch: readonly BatchAccount[], rules: DayRules): Promise<BatchOutcome> {
  const next = addDays(day, 1);
  const failed: Failure[] = [];
  const ids = batch.map((a) => a.id);
  const light = await accrueFromCurves(tx, ids, day, rules);
  const lightIds = new Set(light.map((a) => a.id));
  const heavy = await closeWithEngine(tx, ctx, day, ids.filter((id) => !lightIds.has(id)), failed);
  const closed = [...light, ...heavy];
  const plan = planTransitions(closed, next, rules.defaultThresholdDays);

  if (plan.late.length) {
    await tx.execute(sql`update loan_accounts set status = 'late', late_since = oldest_unpaid_due_date where id = any(${pgArrayLiteral(plan.late)}::uuid[])`);
  }
  if (plan.recovered.length) {
    await tx.execute(sql`update loan_accounts set status = 'active', late_since = null, arrears_since = null where id = any(${pgArrayLiteral(plan.recovered)}::uuid[])`);
  }
  await auditSystemChanges(tx, ctx, day, [
    { action: "loan.became_late", ids: plan.late, from: "active", to: "late" },
    { action: "loan.recovered", ids: plan.recovered, from: "late or arrears", to: "active" },
  ]);

  // Arrears and default charge the product's fees with the move: through the same action an officer uses, one savepoint each.
  const moves = [...plan.arrears.map((id) => ({ id, target: "arrears" as const })), ...plan.default.map((id) => ({ id, target: "default" as const }))];
  const movesFailed: Failure[] = [];
  for (const move of moves) {
    try {
      await tx.transaction(async (savepoint) => {
        const [loan] = await savepoint.select().from(loanAccounts).where(eq(loanAccounts.id, move.id));
        if (loan) await enterDelinquency(savepoint, ctx, loan, move.target, { valueDate: day, asOf: next }, "close of business");
      });
    } catch (error) {
      movesFailed.push({ loanId: move.id, error: messageOf(error) });
    }
  }
  if (movesFailed.length) {
    // Not closed for the day after all: back to the date it had, so that it is visibly behind.
    const previous = new Map(batch.map((a) => [a.id, a.lastCobDate]));
    await tx.execute(sql`
      update loan_accounts la set last_cob_date = v.previous
      from unnest(${pgArrayLiteral(movesFailed.map((f) => f.loanId))}::uuid[], ${pgArrayLiteral(movesFailed.map((f) => previous.get(f.loanId) ?? null))}::date[]) as v(id, previous)
      where la.id = v.id`);
  }
  const failedMoves = new Set(movesFailed.map((f) => f.loanId));
  return { done: closed.map((a) => a.id).filter((id) => !failedMoves.has(id)), failed: [...failed, ...movesFailed] };
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

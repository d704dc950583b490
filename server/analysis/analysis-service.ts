import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database, Executor, Transaction } from "@/db/client";
import { applications, bankAnalyses, borrowers } from "@/db/schema";
import { loadBorrowerBankData } from "@/server/banking/bank-analysis-input";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { NotFoundError, ValidationError } from "@/server/platform/errors";
import { enqueueJob } from "@/server/platform/jobs/boss";
import { QUEUES } from "@/server/platform/jobs/queues";
import { analyseBankData } from "./analyse-bank-data";

export const ZStartAnalysis = z.object({ borrowerId: z.uuid(), applicationId: z.uuid().optional() });
export const ZAnalysisRef = z.object({ analysisId: z.uuid() });
export const ZBorrowerAnalyses = z.object({ borrowerId: z.uuid() });

export type AnalysisTrigger = "officer" | "import" | "api";

/** Creates the analysis record and its job in the caller's transaction (import, officer, API). */
export async function requestAnalysis(tx: Transaction, ctx: Pick<ServiceContext, "orgId" | "actor">, input: { borrowerId: string; applicationId?: string | null; trigger: AnalysisTrigger }): Promise<string> {
  const [row] = await tx
    .insert(bankAnalyses)
    .values({ orgId: ctx.orgId, borrowerId: input.borrowerId, applicationId: input.applicationId ?? null, trigger: input.trigger, createdBy: ctx.actor.userId })
    .returning({ id: bankAnalyses.id });
  if (!row) throw new Error("analysis insert returned nothing");
  await enqueueJob(tx, QUEUES.analysisRun.name, { orgId: ctx.orgId, analysisId: row.id });
  return row.id;
}

export async function startAnalysis(ctx: ServiceContext, input: z.infer<typeof ZStartAnalysis>): Promise<{ analysisId: string }> {
  return inTransaction(ctx, async (tx) => {
    const [borrower] = await tx.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.id, input.borrowerId), eq(borrowers.orgId, ctx.orgId)));
    if (!borrower) throw new NotFoundError("borrower", input.borrowerId);
    if (input.applicationId) {
      const [app] = await tx.select({ borrowerId: applications.borrowerId }).from(applications).where(and(eq(applications.id, input.applicationId), eq(applications.orgId, ctx.orgId)));
      if (!app) throw new NotFoundError("application", input.applicationId);
      if (app.borrowerId !== borrower.id) throw new ValidationError("applicationId", "belongs to another borrower");
    }
    const analysisId = await requestAnalysis(tx, ctx, { borrowerId: borrower.id, applicationId: input.applicationId ?? null, trigger: "officer" });
    await recordAudit(tx, ctx, { action: "analysis.requested", entityType: "analysis", entityId: analysisId, after: input });
    return { analysisId };
  });
}

/**
 * The job: analyses the borrower's bank data as of its last transaction (the data's own "today":
 * a statement imported weeks later must not look like weeks without income) and stores the result.
 * Runs once: a completed or failed analysis is never recomputed, so a retried job changes nothing.
 */
export async function runAnalysis(db: Database, analysisId: string): Promise<void> {
  const claimed = await db
    .update(bankAnalyses)
    .set({ status: "in_progress", startedAt: new Date() })
    .where(and(eq(bankAnalyses.id, analysisId), eq(bankAnalyses.status, "created")))
    .returning();
  const row = claimed[0] ?? (await db.select().from(bankAnalyses).where(eq(bankAnalyses.id, analysisId)))[0];
  if (!row || row.status === "completed" || row.status === "error") return;
  const data = await loadBorrowerBankData(db, row.orgId, row.borrowerId);
  // Without transactions, the accounts' balance dates are the data's date: the gate then says what is missing.
  const asOf = data.lastDate ?? data.accounts.map((a) => a.balanceDate).filter((d): d is string => d !== null).sort().at(-1) ?? null;
  if (!asOf) {
    await db.update(bankAnalyses).set({ status: "error", errorCode: "no_bank_data", errorMessage: "the borrower has no bank data: import a statement first", completedAt: new Date() }).where(eq(bankAnalyses.id, row.id));
    return;
  }
  const result = analyseBankData({ accounts: data.accounts, transactions: data.transactions, asOf });
  if (result.status === "error") {
    await db
      .update(bankAnalyses)
      .set({ status: "error", asOf, engineVersion: result.engine_version, errorCode: result.error.code, errorMessage: result.error.message, transactionCount: data.transactions.length, result, completedAt: new Date() })
      .where(eq(bankAnalyses.id, row.id));
    return;
  }
  const risk = result.risk_insights.risk_insights;
  await db
    .update(bankAnalyses)
    .set({
      status: "completed",
      asOf,
      engineVersion: result.engine_version,
      transactionCount: data.transactions.length,
      averagePrimaryIncome: result.affordability.average_full_month_primary_income,
      averageAffordability: result.affordability.average_full_month_affordability,
      gamblingShare: risk.gambling_insights.monthly_average_gambling_proportion === null ? null : String(risk.gambling_insights.monthly_average_gambling_proportion),
      returnedDebits3m: risk.returned_debit_orders_insights.last_3_months_count,
      healthScore: result.health_score.final_financial_health_score,
      creditScore: result.credit_score.value,
      result,
      completedAt: new Date(),
    })
    .where(eq(bankAnalyses.id, row.id));
}

const SUMMARY = {
  id: bankAnalyses.id,
  borrowerId: bankAnalyses.borrowerId,
  applicationId: bankAnalyses.applicationId,
  status: bankAnalyses.status,
  trigger: bankAnalyses.trigger,
  asOf: bankAnalyses.asOf,
  engineVersion: bankAnalyses.engineVersion,
  errorCode: bankAnalyses.errorCode,
  errorMessage: bankAnalyses.errorMessage,
  transactionCount: bankAnalyses.transactionCount,
  averagePrimaryIncome: bankAnalyses.averagePrimaryIncome,
  averageAffordability: bankAnalyses.averageAffordability,
  gamblingShare: bankAnalyses.gamblingShare,
  returnedDebits3m: bankAnalyses.returnedDebits3m,
  healthScore: bankAnalyses.healthScore,
  creditScore: bankAnalyses.creditScore,
  createdAt: bankAnalyses.createdAt,
  completedAt: bankAnalyses.completedAt,
};

/** The borrower's analyses, newest first (history is kept). */
export async function listAnalyses(ctx: ServiceContext, borrowerId: string) {
  const [borrower] = await ctx.db.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.id, borrowerId), eq(borrowers.orgId, ctx.orgId)));
  if (!borrower) throw new NotFoundError("borrower", borrowerId);
  return ctx.db.select(SUMMARY).from(bankAnalyses).where(and(eq(bankAnalyses.orgId, ctx.orgId), eq(bankAnalyses.borrowerId, borrowerId))).orderBy(desc(bankAnalyses.createdAt));
}

/** One analysis with its full result once completed; while it runs, `result` is null and the status says so. */
export async function getAnalysis(ctx: ServiceContext, analysisId: string) {
  const [row] = await ctx.db.select().from(bankAnalyses).where(and(eq(bankAnalyses.id, analysisId), eq(bankAnalyses.orgId, ctx.orgId)));
  if (!row) throw new NotFoundError("analysis", analysisId);
  return row;
}

/** The newest completed analysis of a borrower, for decisions. */
export async function findLatestCompletedAnalysis(db: Executor, orgId: string, borrowerId: string) {
  const [row] = await db
    .select(SUMMARY)
    .from(bankAnalyses)
    .where(and(eq(bankAnalyses.orgId, orgId), eq(bankAnalyses.borrowerId, borrowerId), eq(bankAnalyses.status, "completed")))
    .orderBy(desc(bankAnalyses.completedAt))
    .limit(1);
  return row ?? null;
}

import { and, asc, eq } from "drizzle-orm";
import { runAnalysis } from "@/server/analysis/analysis-service";
import { importBankFile } from "@/server/banking/bank-import";
import type { ServiceContext } from "@/server/platform/context";
import type { DatabaseHandle } from "../client";
import { applications, borrowers } from "../schema";
import { buildShortStatement, buildStatement, LOAN_APPLICANT, SALARIED_WITH_RISKS, STEADY_SAVER } from "./bank-statements";
import type { SeededPlatform } from "./platform";

/**
 * Demo bank data for the Analysis tab: statements imported through the real import service (which
 * labels them and queues an analysis), and those analyses run here and now, so the first page an
 * officer opens already has figures. The job the import queued finds its analysis done and stops.
 *
 * - Lerato Ndlovu: salaried, small bets, a returned debit order last month, a few overdraft days.
 * - Sipho Pretorius: a net saver with a home loan.
 * - Lwazi Mahlangu: imported for his incomplete application, so that analysis is linked to it.
 * - Naledi Jacobs: three weeks of a new account, which the data-quality gate refuses.
 */
const STATEMENTS = [
  { email: "lerato.ndlovu@example.co.za", file: "lerato-ndlovu.json", build: (today: string) => buildStatement(SALARIED_WITH_RISKS, today), forApplication: false },
  { email: "sipho.pretorius@example.co.za", file: "sipho-pretorius.json", build: (today: string) => buildStatement(STEADY_SAVER, today), forApplication: false },
  { email: "lwazi.mahlangu@example.co.za", file: "lwazi-mahlangu.json", build: (today: string) => buildStatement(LOAN_APPLICANT, today), forApplication: true },
  { email: "naledi.jacobs@example.co.za", file: "naledi-jacobs.json", build: (today: string) => buildShortStatement("NALEDI JACOBS", today), forApplication: false },
] as const;

export async function seedBankData(handle: DatabaseHandle, platform: SeededPlatform, options: { businessDate: string }): Promise<void> {
  const db = handle.db;
  const orgId = platform.demoOrgId;
  const svc: ServiceContext = { db, orgId, role: "credit_officer", actor: { type: "user", userId: platform.users.credit_officer.id }, requestId: "seed" };
  for (const statement of STATEMENTS) {
    const [borrower] = await db.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.orgId, orgId), eq(borrowers.email, statement.email)));
    if (!borrower) throw new Error(`seed: no demo borrower ${statement.email} for bank data`);
    const [application] = statement.forApplication
      ? await db.select({ id: applications.id }).from(applications).where(and(eq(applications.orgId, orgId), eq(applications.borrowerId, borrower.id), eq(applications.status, "incomplete")))
          .orderBy(asc(applications.createdAt))
          .limit(1)
      : [];
    const summary = await importBankFile(svc, {
      borrowerId: borrower.id,
      ...(application ? { applicationId: application.id } : {}),
      fileName: statement.file,
      contentBase64: Buffer.from(statement.build(options.businessDate), "utf8").toString("base64"),
      format: "byod_json",
    });
    if (summary.analysisId) await runAnalysis(db, summary.analysisId);
  }
}

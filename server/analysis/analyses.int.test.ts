import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bankAnalyses } from "@/db/schema";
import { fixturePath } from "@/server/banking/test-support/fixtures";
import { createBorrower } from "@/server/lending/borrowers";
import { createHarness, type Harness } from "@/server/testing/harness";
import { PERSON, publishedProduct } from "@/server/testing/lending-fixtures";
import { runAnalysis } from "./analysis-service";

let h: Harness;
const officer = () => h.callerAs("credit_officer");
const file = (relative: string) => readFileSync(fixturePath(relative)).toString("base64");

beforeAll(async () => {
  h = await createHarness();
});

async function importFor(fileName: string, relative: string) {
  const borrower = await createBorrower(h.serviceAs("credit_officer"), PERSON);
  const summary = await officer().bankData.import({ borrowerId: borrower.id, fileName, contentBase64: file(relative) });
  return { borrowerId: borrower.id, summary };
}

describe("analyses", () => {
  it("are queued by an import, run on the job queue, and kept as an immutable completed snapshot", async () => {
    const { borrowerId, summary } = await importFor("harry_potter.json", "algoan-personas/fr/harry_potter.json");
    expect(summary.analysisId).not.toBeNull();
    const queued = await officer().analyses.get({ analysisId: summary.analysisId ?? "" });
    expect(queued).toMatchObject({ status: "created", result: null, trigger: "import" });

    await runAnalysis(h.handle.db, summary.analysisId ?? "");
    const done = await officer().analyses.get({ analysisId: summary.analysisId ?? "" });
    expect(done).toMatchObject({ status: "completed", engineVersion: expect.any(String), healthScore: expect.any(Number) });
    expect(done.averagePrimaryIncome).toBe("2581.45");
    const result = done.result as { affordability?: { average_full_month_primary_income?: string } } | null;
    expect(result?.affordability?.average_full_month_primary_income).toBe("2581.45");

    // Running the job again (a retry) changes nothing.
    const completedAt = done.completedAt;
    await runAnalysis(h.handle.db, summary.analysisId ?? "");
    expect((await officer().analyses.get({ analysisId: summary.analysisId ?? "" })).completedAt).toEqual(completedAt);

    const { analysisId } = await officer().analyses.start({ borrowerId });
    await runAnalysis(h.handle.db, analysisId);
    expect((await officer().analyses.list({ borrowerId })).map((a) => a.status)).toEqual(["completed", "completed"]);
  });

  it("ends in error with the gate's reason when the data cannot be analysed", async () => {
    const { summary } = await importFor("not_enough_transactions.json", "algoan-personas/fr/not_enough_transactions.json");
    await runAnalysis(h.handle.db, summary.analysisId ?? "");
    const [row] = await h.handle.db.select().from(bankAnalyses).where(eq(bankAnalyses.id, summary.analysisId ?? ""));
    expect(row).toMatchObject({ status: "error", errorCode: "not_enough_transactions" });
    const empty = await createBorrower(h.serviceAs("credit_officer"), PERSON);
    const { analysisId } = await officer().analyses.start({ borrowerId: empty.id });
    await runAnalysis(h.handle.db, analysisId);
    expect(await officer().analyses.get({ analysisId })).toMatchObject({ status: "error", errorCode: "no_bank_data" });
  });

  it("feed the organisation's decision rules", async () => {
    const product = await publishedProduct(h.serviceAs("credit_officer"));
    const { borrowerId, summary } = await importFor("harry_potter.json", "algoan-personas/fr/harry_potter.json");
    await h.callerAs("admin").lendingSettings.update({
      minimumBorrowerAge: 18,
      maximumBorrowerAge: null,
      defaultThresholdDays: 90,
      minimumAffordability: null,
      requireAffordabilityCoversInstalment: false,
      maximumGamblingShare: null,
      maximumReturnedDebits3m: 0,
      minimumHealthScore: 40,
    });
    // Before the analysis has run, an application cannot pass the bank-data rules.
    const early = await officer().applications.create({ borrowerId, productId: product.id });
    expect((await officer().applications.complete({ applicationId: early.id })).status).toBe("declined");
    await runAnalysis(h.handle.db, summary.analysisId ?? "");
    const app = await officer().applications.create({ borrowerId, productId: product.id });
    await officer().applications.complete({ applicationId: app.id });
    const reasons = (await officer().applications.get({ applicationId: app.id })).decisions[0]?.reasons ?? [];
    // Harry has returned debits and a low health score (persona README: payment rejections, falling cash flows).
    expect(reasons.filter((r) => !r.passed).map((r) => r.rule)).toEqual(expect.arrayContaining(["returned_debits_3_months", "health_score"]));
    expect(reasons.find((r) => r.rule === "bank_data_analysed")).toMatchObject({ passed: true });
  });
});

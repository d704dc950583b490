import { beforeEach, describe, expect, it } from "vitest";
import { cobFailures } from "@/db/schema";
import { DEMO_ORG } from "@/server/platform/demo-accounts";
import { addDays, todayIn } from "@/server/shared/dates";
import { createHarness, type Harness } from "@/server/testing/harness";
import { approvedLoan, REVOLVING_PRODUCT, TERM_PRODUCT } from "@/server/testing/lending-fixtures";
import { runCloseOfBusiness } from "./cob-run";
import { postLoanTransaction } from "./loan-transactions";

/** What the close-of-business, portfolio and loan pages read: delinquency buckets, run history, statements. */
let h: Harness;
let keys = 0;
const key = () => `views-${++keys}-${Math.random().toString(36).slice(2)}`;
const POLICY = { minimumBorrowerAge: 18, maximumBorrowerAge: null, defaultThresholdDays: 90, minimumAffordability: null, requireAffordabilityCoversInstalment: false, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null };

beforeEach(async () => {
  h = await createHarness();
});

async function disbursed(product = TERM_PRODUCT) {
  const svc = h.serviceAs("credit_officer");
  const { loan } = await approvedLoan(svc, { product, ...(product.type === "revolving_credit" ? { amount: "10000" } : {}) });
  await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: key(), ...(product.type === "revolving_credit" ? { amount: "4000" } : {}) });
  return loan.id;
}

describe("delinquency on loan pages", () => {
  it("puts a late loan in the organisation's bucket on the loan and in the list, and follows changed bucket starts", async () => {
    const loanId = await disbursed({ ...TERM_PRODUCT, arrearsToleranceDays: 5 });
    await runCloseOfBusiness(h.handle, h.seed.demoOrgId, { trigger: "test", until: "2024-04-03" });
    const viewer = h.callerAs("viewer");
    expect((await viewer.loans.get({ loanId })).delinquency).toEqual({ daysOverdue: 2, bucket: 1, label: "1–30 days" });
    expect((await viewer.loans.list({})).loans.find((l) => l.id === loanId)?.delinquency).toEqual({ daysOverdue: 2, bucket: 1, label: "1–30 days" });

    await h.callerAs("admin").lendingSettings.update({ ...POLICY, delinquencyBucketStarts: [3, 10] });
    expect((await viewer.loans.get({ loanId })).delinquency).toEqual({ daysOverdue: 2, bucket: 0, label: "Current" });
    const par = await viewer.cob.portfolioAtRisk({});
    expect(par.buckets).toEqual([
      { bucket: 0, label: "Current" },
      { bucket: 1, label: "3–9 days" },
      { bucket: 2, label: "10+ days" },
    ]);
  });

  it("gives no bucket to an account that is not open", async () => {
    const { loan } = await approvedLoan(h.serviceAs("credit_officer"));
    expect((await h.callerAs("viewer").loans.get({ loanId: loan.id })).delinquency).toBeNull();
  });
});

describe("close-of-business status", () => {
  it("names who started each run, gives the latest date a run may reach, and numbers the failed accounts", async () => {
    const loanId = await disbursed();
    await runCloseOfBusiness(h.handle, h.seed.demoOrgId, { trigger: "test" });
    const [officerRun] = await runCloseOfBusiness(h.handle, h.seed.demoOrgId, { trigger: "officer", startedBy: h.seed.users.admin.id });
    if (!officerRun) throw new Error("no run");
    await h.handle.db.insert(cobFailures).values({ runId: officerRun.runId, loanId, businessDate: officerRun.businessDate, error: "boom" });

    const status = await h.callerAs("viewer").cob.status();
    const today = todayIn(DEMO_ORG.timeZone);
    expect(status).toMatchObject({ businessDate: "2024-03-03", today, closableUntil: addDays(today, 1) });
    expect(status.runs.map((r) => [r.businessDate, r.trigger, r.startedByName])).toEqual([
      ["2024-03-02", "officer", "Adam Admin"],
      ["2024-03-01", "test", null],
    ]);
    const [loan] = (await h.callerAs("viewer").loans.list({})).loans;
    expect(status.failures).toEqual([expect.objectContaining({ loanId, error: "boom", loanNumber: loan?.number })]);
  });
});

describe("statements", () => {
  it("heads a stored statement with the lender, the borrower and the credit limit", async () => {
    const loanId = await disbursed(REVOLVING_PRODUCT);
    await runCloseOfBusiness(h.handle, h.seed.demoOrgId, { trigger: "test", until: "2024-03-26" });
    const viewer = h.callerAs("viewer");
    const [listed] = await viewer.loans.statements({ loanId });
    if (!listed) throw new Error("no statement");
    expect(await viewer.loans.statement({ statementId: listed.id })).toMatchObject({
      statementDate: "2024-03-25",
      closingBalance: "4050.00",
      orgName: DEMO_ORG.name,
      borrowerName: "Thabo Nkosi",
      creditLimit: "10000.00",
      currency: "ZAR",
    });
  });
});

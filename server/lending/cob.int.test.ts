import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { loanAccounts, loanStatements, loanTransactions, organisations } from "@/db/schema";
import { createHarness, type Harness } from "@/server/testing/harness";
import { approvedLoan, REVOLVING_PRODUCT, TERM_PRODUCT } from "@/server/testing/lending-fixtures";
import { money } from "@/server/shared/money";
import { runCloseOfBusiness } from "./cob-run";
import { postLoanTransaction } from "./loan-transactions";

let h: Harness;
let keys = 0;
const key = () => `cob-${++keys}-${Math.random().toString(36).slice(2)}`;

beforeEach(async () => {
  h = await createHarness();
});

const cob = (until: string, orgId = h.seed.demoOrgId) => runCloseOfBusiness(h.handle, orgId, { trigger: "test", until });
async function loanRow(id: string) {
  const [row] = await h.handle.db.select().from(loanAccounts).where(eq(loanAccounts.id, id));
  if (!row) throw new Error("no loan");
  return row;
}
async function feesOf(id: string) {
  return (await h.handle.db.select().from(loanTransactions).where(and(eq(loanTransactions.loanId, id), eq(loanTransactions.type, "fee")))).map((t) => `${t.feeName}:${t.amount}`);
}
async function disbursed(product = TERM_PRODUCT, amount?: string) {
  const svc = h.serviceAs("credit_officer");
  const { loan } = await approvedLoan(svc, { product, ...(amount ? { amount } : {}) });
  await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: key(), ...(product.type === "revolving_credit" ? { amount: "4000" } : {}) });
  return loan.id;
}

describe("close of business", () => {
  it("walks a term loan through due, late, arrears (fee once) and default, and back to active only by an officer", async () => {
    await h.callerAs("admin").lendingSettings.update({ minimumBorrowerAge: 18, maximumBorrowerAge: null, defaultThresholdDays: 20, minimumAffordability: null, requireAffordabilityCoversInstalment: false, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null });
    const loanId = await disbursed({ ...TERM_PRODUCT, arrearsToleranceDays: 5 });
    const days = await cob("2024-04-01");
    expect(days).toHaveLength(31);
    expect(await loanRow(loanId)).toMatchObject({ status: "active", lastCobDate: "2024-03-31", overdueAmount: "0.00" });

    await cob("2024-04-02"); // 1 April closes unpaid
    expect(await loanRow(loanId)).toMatchObject({ status: "late", lateSince: "2024-04-01", daysOverdue: 1, overdueAmount: "455.00" });
    await cob("2024-04-06"); // 5 days past due: within the 5 days' tolerance
    expect((await loanRow(loanId)).status).toBe("late");
    await cob("2024-04-07"); // 6 days past due
    expect(await loanRow(loanId)).toMatchObject({ status: "arrears", arrearsSince: "2024-04-07" });
    await cob("2024-04-20");
    expect(await feesOf(loanId)).toEqual(["Initiation fee:150.00", "Arrears fee:56.38"]);
    await cob("2024-04-27"); // 20 days in arrears: not yet
    expect((await loanRow(loanId)).status).toBe("arrears");
    await cob("2024-04-28"); // 21 days in arrears > 20
    expect(await loanRow(loanId)).toMatchObject({ status: "default", defaultSince: "2024-04-28" });
    expect(await feesOf(loanId)).toEqual(["Initiation fee:150.00", "Arrears fee:56.38", "Default fee:250.00"]);

    const overdue = (await loanRow(loanId)).overdueAmount;
    await postLoanTransaction(h.serviceAs("credit_officer"), { type: "repayment", loanId, amount: overdue, idempotencyKey: key() });
    await cob("2024-04-30");
    expect((await loanRow(loanId)).status).toBe("default");
    await h.callerAs("credit_officer").loans.reactivate({ loanId, reason: "arrangement honoured" });
    expect((await loanRow(loanId)).status).toBe("active");
  });

  it("returns a late account to active once its overdue amount is paid", async () => {
    const loanId = await disbursed({ ...TERM_PRODUCT, arrearsToleranceDays: 5 });
    await cob("2024-04-03");
    expect((await loanRow(loanId)).status).toBe("late");
    await postLoanTransaction(h.serviceAs("credit_officer"), { type: "repayment", loanId, amount: (await loanRow(loanId)).overdueAmount, idempotencyKey: key() });
    await cob("2024-04-04");
    expect(await loanRow(loanId)).toMatchObject({ status: "active", lateSince: null, daysOverdue: 0 });
  });

  it("accrues exactly what the lending maths says, day by day, without a row per day", async () => {
    const loanId = await disbursed();
    const accrued: string[] = [];
    for (const until of ["2024-03-02", "2024-03-16", "2024-03-31", "2024-04-01"]) {
      await cob(until);
      accrued.push((await loanRow(loanId)).accruedInterest);
      const quote = await h.callerAs("viewer").loans.payoffQuote({ loanId, date: until });
      expect((await loanRow(loanId)).accruedInterest).toBe(quote.interestAccrued);
    }
    // 12 % a year on 5000 over a 31-day period: 50.00 in all, pro-rated by day, due on 1 April.
    expect(accrued).toEqual(["1.61", "24.19", "48.39", "0.00"]);
    const rows = await h.handle.db.select().from(loanTransactions).where(eq(loanTransactions.loanId, loanId));
    expect(rows).toHaveLength(2); // the disbursement and its fee: accrual is a balance, not rows
  });

  it("stops accruing while interest is stopped", async () => {
    const loanId = await disbursed();
    await cob("2024-03-11");
    const before = (await loanRow(loanId)).accruedInterest;
    await h.callerAs("credit_officer").loans.stopInterest({ loanId });
    await cob("2024-03-21");
    expect((await loanRow(loanId)).accruedInterest).toBe(before);
    await h.callerAs("credit_officer").loans.startInterest({ loanId });
    await cob("2024-03-22");
    expect(money((await loanRow(loanId)).accruedInterest).gt(money(before))).toBe(true);
  });

  it("does not accrue on public holidays when the product says so, and does when it does not", async () => {
    const daily = { ...TERM_PRODUCT, interestCalculationPeriod: "daily" as const, daysInYear: "365" as const };
    const on = await disbursed(daily);
    const off = await disbursed({ ...daily, name: "No interest on holidays", interestOnHolidays: false });
    await cob("2024-03-21"); // 21 March 2024 is Human Rights Day in South Africa
    const [onBefore, offBefore] = [(await loanRow(on)).accruedInterest, (await loanRow(off)).accruedInterest];
    await cob("2024-03-22");
    expect(money((await loanRow(on)).accruedInterest).minus(money(onBefore)).toFixed(2)).toBe("1.64");
    expect((await loanRow(off)).accruedInterest).toBe(offBefore);
  });

  it("issues revolving statements with a minimum payment, and a missed one makes the account late", async () => {
    const loanId = await disbursed(REVOLVING_PRODUCT, "10000");
    await cob("2024-03-26");
    let statements = await h.handle.db.select().from(loanStatements).where(eq(loanStatements.loanId, loanId));
    // 4000 drawn on 1 March at 18.25 % (0.05 % a day) for the 25 days to the statement: 50.00 of interest.
    expect(statements).toEqual([
      expect.objectContaining({ statementDate: "2024-03-25", dueDate: "2024-04-15", openingBalance: "0.00", drawdowns: "4000.00", interest: "50.00", closingBalance: "4050.00", minimumPayment: "202.50" }),
    ]);
    expect(await loanRow(loanId)).toMatchObject({ minimumPaymentDue: "202.50", minimumPaymentDueDate: "2024-04-15" });
    await postLoanTransaction(h.serviceAs("credit_officer"), { type: "repayment", loanId, amount: "202.50", idempotencyKey: key() });
    await cob("2024-04-26");
    expect((await loanRow(loanId)).status).toBe("active");
    await cob("2024-05-26");
    statements = await h.handle.db.select().from(loanStatements).where(eq(loanStatements.loanId, loanId));
    expect(statements.map((s) => s.statementDate)).toEqual(["2024-03-25", "2024-04-25", "2024-05-25"]);
    expect(statements[1]?.openingBalance).toBe(statements[0]?.closingBalance);
    // April's minimum payment was never made: late from its due date (no tolerance on this product, so
    // in arrears the day after), and carried into May's statement as past due.
    expect(await loanRow(loanId)).toMatchObject({ status: "arrears", lateSince: "2024-05-15", minimumPaymentPastDueSince: "2024-05-15" });
    expect(statements[2]?.pastDue).toBe(statements[1]?.minimumPayment);
  });

  it("keeps organisations apart", async () => {
    const loanId = await disbursed();
    const before = await h.handle.db.select().from(organisations).where(eq(organisations.id, h.seed.secondOrgId));
    await cob("2024-03-05");
    expect(await h.handle.db.select().from(organisations).where(eq(organisations.id, h.seed.secondOrgId))).toEqual(before);
    expect((await loanRow(loanId)).lastCobDate).toBe("2024-03-04");
    const other = await runCloseOfBusiness(h.handle, h.seed.secondOrgId, { trigger: "test" });
    expect(other[0]).toMatchObject({ businessDate: "2024-03-01", accountsTotal: 0 });
  });

  it("makes a posting wait for an account close of business holds, then refuses with a retry message", async () => {
    const loanId = await disbursed();
    const held = h.handle.db.transaction(async (tx) => {
      await tx.select().from(loanAccounts).where(eq(loanAccounts.id, loanId)).for("update");
      await new Promise((resolve) => setTimeout(resolve, 4000));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(postLoanTransaction(h.serviceAs("credit_officer"), { type: "repayment", loanId, amount: "10", idempotencyKey: key() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("try again in a moment"),
    });
    await held;
  });
});


describe("starting close of business", () => {
  it("is queued by an admin for a day that has ended, and refused while a runner holds the organisation", async () => {
    const admin = h.callerAs("admin");
    await expect(h.callerAs("credit_officer").cob.start({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(admin.cob.start({ until: "2024-03-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "until: must be after the business date (2024-03-01)" });
    expect(await admin.cob.start({})).toEqual({ from: "2024-03-01", until: "2024-03-02" });
    const jobs = await admin.jobs.list({ limit: 10 });
    expect(jobs.some((j) => j.name === "cob-run" && j.state === "created")).toBe(true);
    const status = await admin.cob.status();
    expect(status).toMatchObject({ businessDate: "2024-03-01", cobTime: "23:30", cobEnabled: true });
  });
});

import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { journalEntries, journalLines, loanTransactions, organisations } from "@/db/schema";
import { createHarness, type Harness } from "@/server/testing/harness";
import { approvedLoan, REVOLVING_PRODUCT } from "@/server/testing/lending-fixtures";

let h: Harness;
let key = 0;
const nextKey = () => `test-key-${++key}`;
const officer = () => h.callerAs("credit_officer");

beforeEach(async () => {
  h = await createHarness();
});

async function setDate(date: string) {
  await h.handle.db.update(organisations).set({ businessDate: date }).where(eq(organisations.id, h.seed.demoOrgId));
}

async function disbursedLoan() {
  const { loan } = await approvedLoan(h.serviceAs("credit_officer"));
  await officer().loans.postTransaction({ type: "disbursement", loanId: loan.id, idempotencyKey: nextKey() });
  return loan.id;
}

async function ledgerTotals(loanId: string) {
  const rows = await h.handle.db
    .select({ account: journalLines.account, total: sql<string>`sum(${journalLines.amount})::text` })
    .from(journalLines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
    .where(eq(journalEntries.loanId, loanId))
    .groupBy(journalLines.account);
  return Object.fromEntries(rows.map((r) => [r.account, r.total]));
}

describe("loan account states", () => {
  it("allows each manual action only from the states where it makes sense", async () => {
    const { loan } = await approvedLoan(h.serviceAs("credit_officer"));
    const approved = { code: "CONFLICT", message: expect.stringMatching(/: the loan account is approved$/) };
    await expect(officer().loans.postTransaction({ type: "repayment", loanId: loan.id, amount: "10", idempotencyKey: nextKey() })).rejects.toMatchObject(approved);
    await expect(officer().loans.makeArrears({ loanId: loan.id })).rejects.toMatchObject(approved);
    await expect(officer().loans.stopInterest({ loanId: loan.id })).rejects.toMatchObject(approved);
    await expect(officer().loans.close({ loanId: loan.id, subStatus: "written_off", reason: "never paid out" })).rejects.toMatchObject(approved);

    await officer().loans.postTransaction({ type: "disbursement", loanId: loan.id, idempotencyKey: nextKey() });
    await expect(officer().loans.postTransaction({ type: "disbursement", loanId: loan.id, idempotencyKey: nextKey() })).rejects.toMatchObject({ message: "cannot disburse: the loan account is active" });
    await expect(officer().loans.startInterest({ loanId: loan.id })).rejects.toMatchObject({ message: expect.stringContaining("already accruing interest") });
    await officer().loans.makeArrears({ loanId: loan.id });
    await expect(officer().loans.makeArrears({ loanId: loan.id })).rejects.toMatchObject({ message: "cannot move it to arrears: the loan account is arrears" });
    await officer().loans.makeDefault({ loanId: loan.id });
    await expect(officer().loans.makeDefault({ loanId: loan.id })).rejects.toMatchObject({ message: "cannot move it to default: the loan account is default" });
    await expect(officer().loans.close({ loanId: loan.id, subStatus: "paid_in_full", reason: "customer says so" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("still owed") });
    await officer().loans.close({ loanId: loan.id, subStatus: "written_off", reason: "uncollectable" });
    await expect(officer().loans.postTransaction({ type: "repayment", loanId: loan.id, amount: "10", idempotencyKey: nextKey() })).rejects.toMatchObject({ message: "cannot take a repayment: the loan account is closed" });
  });

  it("charges the product's fees on disbursement, arrears and default, once each", async () => {
    const loanId = await disbursedLoan();
    await officer().loans.makeArrears({ loanId });
    await officer().loans.makeDefault({ loanId });
    const fees = await h.handle.db.select({ name: loanTransactions.feeName, amount: loanTransactions.amount }).from(loanTransactions).where(eq(loanTransactions.type, "fee"));
    // Arrears fee: 1 % of the balance then owed (5000 principal + 150 fee + 488.22 scheduled interest).
    expect(fees).toEqual([
      { name: "Initiation fee", amount: "150.00" },
      { name: "Arrears fee", amount: "56.38" },
      { name: "Default fee", amount: "250.00" },
    ]);
  });

  it("writes off principal and fees as a loss, and the journal shows it", async () => {
    const loanId = await disbursedLoan();
    await officer().loans.close({ loanId, subStatus: "written_off", reason: "borrower deceased" });
    const view = await officer().loans.get({ loanId });
    expect(view.loan).toMatchObject({ status: "closed", subStatus: "written_off", closeReason: "borrower deceased", principalOutstanding: "0.00" });
    expect(await ledgerTotals(loanId)).toEqual({ loan_principal: "0.00", cash: "-5000.00", fee_receivable: "0.00", fee_income: "-150.00", write_off_loss: "5150.00" });
  });
});

describe("repayments", () => {
  it("allocates oldest instalment first, fees → interest → principal, and refuses more than the payoff", async () => {
    const loanId = await disbursedLoan();
    await setDate("2024-05-01");
    const view = await officer().loans.get({ loanId });
    expect(view.position).toMatchObject({ overdue: "455.00", daysOverdue: 30, dueNow: "760.00" });
    const paid = await officer().loans.postTransaction({ type: "repayment", loanId, amount: "500", idempotencyKey: nextKey() });
    // Instalment 1 (fee 150, interest 50, principal 255), then instalment 2's interest with the last 45.
    expect(paid).toMatchObject({ feesPortion: "150.00", interestPortion: "95.00", principalPortion: "255.00" });
    const payoff = (await officer().loans.get({ loanId })).position.payoff;
    await expect(officer().loans.postTransaction({ type: "repayment", loanId, amount: "99999", idempotencyKey: nextKey() })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `amount: must not exceed the payoff amount of ${payoff}`,
    });
  });

  it("closes the loan as paid in full when the payoff is paid, and the ledger nets to zero", async () => {
    const loanId = await disbursedLoan();
    await setDate("2024-03-15");
    const quote = await officer().loans.payoffQuote({ loanId, date: "2024-03-15" });
    // 14 of 31 days of the first period's 50.00 interest: 22.58, plus the 150 fee.
    expect(quote).toMatchObject({ principal: "5000.00", interestAccrued: "22.58", fees: "150.00", total: "5172.58" });
    await officer().loans.postTransaction({ type: "repayment", loanId, amount: quote.total, idempotencyKey: nextKey() });
    const view = await officer().loans.get({ loanId });
    expect(view.loan).toMatchObject({ status: "closed", subStatus: "paid_in_full", closedOn: "2024-03-15" });
    expect(await ledgerTotals(loanId)).toEqual({ loan_principal: "0.00", cash: "172.58", fee_receivable: "0.00", fee_income: "-150.00", interest_income: "-22.58" });
  });

  it("shortens the loan when the product re-schedules from the last instalment", async () => {
    const loanId = await disbursedLoan();
    await setDate("2024-04-01");
    await officer().loans.postTransaction({ type: "repayment", loanId, amount: "1065", idempotencyKey: nextKey() });
    const view = await officer().loans.get({ loanId });
    // 455 pays the first instalment and the fee; the 610 ahead pays the last two instalments'
    // principal (299.01 + 300.22) and 10.77 of the 16th: the loan now ends in July 2025, not September.
    const rows = view.position.instalments;
    expect(rows.slice(16).map((r) => [r.status, r.interest])).toEqual([
      ["paid", "0.00"],
      ["paid", "0.00"],
    ]);
    expect(rows[15]).toMatchObject({ status: "partly_paid", paidPrincipal: "10.77" });
    expect(rows.slice(1, 15).every((r) => r.total === "305.00")).toBe(true);
    expect(view.position.principalOutstanding).toBe("4135.00");
    expect(view.scheduleVersions.map((v) => v.reason)).toEqual([
      "expected schedule at approval (disbursement assumed on 2024-03-01)",
      "disbursed on 2024-03-01",
      "early repayment on 2024-04-01 (from last instalment)",
    ]);
  });
});

describe("reverting", () => {
  it("reverts a transaction and every later one, replays the rest, and reverses their journal entries", async () => {
    const loanId = await disbursedLoan();
    await setDate("2024-04-01");
    const first = await officer().loans.postTransaction({ type: "repayment", loanId, amount: "455", idempotencyKey: nextKey() });
    await officer().loans.postTransaction({ type: "repayment", loanId, amount: "100", idempotencyKey: nextKey() });
    await officer().loans.postTransaction({ type: "fee", loanId, feeName: "Statement fee", idempotencyKey: nextKey() });
    const reverted = await officer().loans.revertTransaction({ loanId, transactionId: first.transactionId, reason: "cheque bounced" });
    expect(reverted.revertedTransactionIds).toHaveLength(3);
    const view = await officer().loans.get({ loanId });
    expect(view.transactions.map((t) => `${t.type}:${t.status}`)).toEqual(["disbursement:applied", "fee:applied", "repayment:reverted", "repayment:reverted", "fee:reverted"]);
    expect(view.position).toMatchObject({ principalOutstanding: "5000.00", feesOutstanding: "150.00", overdue: "0.00", dueNow: "455.00" });
    expect(await ledgerTotals(loanId)).toEqual({ loan_principal: "5000.00", cash: "-5000.00", fee_receivable: "150.00", fee_income: "-150.00", interest_income: "0.00" });
    await expect(officer().loans.revertTransaction({ loanId, transactionId: first.transactionId, reason: "again" })).rejects.toMatchObject({ message: "cannot revert it: the transaction is reverted" });
  });

  it("reopens a loan closed by its last repayment, and a reverted disbursement returns it to approved", async () => {
    const loanId = await disbursedLoan();
    const quote = await officer().loans.payoffQuote({ loanId, date: "2024-03-01" });
    const payoff = await officer().loans.postTransaction({ type: "repayment", loanId, amount: quote.total, idempotencyKey: nextKey() });
    expect((await officer().loans.get({ loanId })).loan.status).toBe("closed");
    await officer().loans.revertTransaction({ loanId, transactionId: payoff.transactionId, reason: "payment recalled" });
    expect((await officer().loans.get({ loanId })).loan).toMatchObject({ status: "active", subStatus: null, closedOn: null });

    // Reverting a disbursement takes its initiation fee with it; the account is approved again.
    const other = await disbursedLoan();
    const [disbursement] = (await officer().loans.get({ loanId: other })).transactions;
    await officer().loans.revertTransaction({ loanId: other, transactionId: disbursement?.id ?? "", reason: "wrong account" });
    const view = await officer().loans.get({ loanId: other });
    expect(view.loan).toMatchObject({ status: "approved", disbursedOn: null, principalOutstanding: "0.00", feesOutstanding: "0.00" });
    expect(await ledgerTotals(other)).toEqual({ loan_principal: "0.00", cash: "0.00", fee_receivable: "0.00", fee_income: "0.00" });
  });

  it("refuses to revert when a later transaction is already reverted", async () => {
    const loanId = await disbursedLoan();
    const a = await officer().loans.postTransaction({ type: "repayment", loanId, amount: "50", idempotencyKey: nextKey() });
    const b = await officer().loans.postTransaction({ type: "repayment", loanId, amount: "60", idempotencyKey: nextKey() });
    await officer().loans.revertTransaction({ loanId, transactionId: b.transactionId, reason: "duplicate" });
    await expect(officer().loans.revertTransaction({ loanId, transactionId: a.transactionId, reason: "mistake" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/followed by transaction #\d+, which is reverted/),
    });
  });
});

describe("interest and revolving credit", () => {
  it("stops and restarts interest, recorded in the ledger and the schedule", async () => {
    const loanId = await disbursedLoan();
    await officer().loans.stopInterest({ loanId, note: "hardship" });
    expect((await officer().loans.get({ loanId })).loan.interestStopped).toBe(true);
    await setDate("2024-04-01");
    expect((await officer().loans.get({ loanId })).position.instalments[0]).toMatchObject({ interest: "0.00" });
    await officer().loans.startInterest({ loanId });
    expect((await officer().loans.get({ loanId })).loan.interestStopped).toBe(false);
  });

  it("draws and repays a credit line within its limit", async () => {
    const { loan } = await approvedLoan(h.serviceAs("credit_officer"), { product: REVOLVING_PRODUCT, amount: "10000" });
    await officer().loans.postTransaction({ type: "disbursement", loanId: loan.id, amount: "4000", idempotencyKey: nextKey() });
    await expect(officer().loans.postTransaction({ type: "disbursement", loanId: loan.id, amount: "6000.01", idempotencyKey: nextKey() })).rejects.toMatchObject({
      message: "amount: must not exceed the available credit of 6000.00",
    });
    await setDate("2024-03-11");
    const repaid = await officer().loans.postTransaction({ type: "repayment", loanId: loan.id, amount: "520", idempotencyKey: nextKey() });
    expect(repaid).toMatchObject({ interestPortion: "20.00", principalPortion: "500.00" });
    const view = await officer().loans.get({ loanId: loan.id });
    expect(view.position).toMatchObject({ principalOutstanding: "3500.00", availableCredit: "6500.00" });
  });
});

describe("back-dated repayments", () => {
  it("are replayed into their place, re-allocating later repayments, within the allowed window", async () => {
    const loanId = await disbursedLoan();
    await setDate("2024-04-10");
    // Paid on 10 April: instalment 1 (fee 150, interest 50, principal 255) was due on 1 April.
    const later = await officer().loans.postTransaction({ type: "repayment", loanId, amount: "300", idempotencyKey: nextKey() });
    expect(later).toMatchObject({ feesPortion: "150.00", interestPortion: "50.00", principalPortion: "100.00" });
    // A payment received on 2 April, booked late: it now comes first and takes the fee and interest.
    const earlier = await officer().loans.postTransaction({ type: "repayment", loanId, amount: "200", valueDate: "2024-04-02", idempotencyKey: nextKey() });
    expect(earlier).toMatchObject({ valueDate: "2024-04-02", feesPortion: "150.00", interestPortion: "50.00", principalPortion: "0.00" });
    const view = await officer().loans.get({ loanId });
    // …and the 10 April payment now pays instalment 1's principal (255) and 45 ahead.
    expect(view.transactions.find((t) => t.id === later.transactionId)).toMatchObject({ feesPortion: "0.00", interestPortion: "0.00", principalPortion: "300.00" });
    expect(view.position.principalOutstanding).toBe("4700.00");
    expect(await ledgerTotals(loanId)).toMatchObject({ loan_principal: "4700.00", fee_receivable: "0.00", interest_income: "-50.00" });

    await expect(officer().loans.postTransaction({ type: "repayment", loanId, amount: "10", valueDate: "2024-03-09", idempotencyKey: nextKey() })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "valueDate: must not be before 2024-03-10 (31 days back, the last statement or the disbursement)",
    });
    await expect(officer().loans.postTransaction({ type: "repayment", loanId, amount: "10", valueDate: "2024-04-11", idempotencyKey: nextKey() })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    // Reverting the back-dated one gives the 10 April payment its first allocation back, in the journal too.
    await officer().loans.revertTransaction({ loanId, transactionId: earlier.transactionId, reason: "posted twice" });
    const reverted = await officer().loans.get({ loanId });
    expect(reverted.transactions.find((t) => t.id === later.transactionId)).toMatchObject({ feesPortion: "150.00", interestPortion: "50.00", principalPortion: "100.00" });
    expect(await ledgerTotals(loanId)).toMatchObject({ loan_principal: "4900.00", fee_receivable: "0.00", interest_income: "-50.00", cash: "-4700.00" });
  });
});

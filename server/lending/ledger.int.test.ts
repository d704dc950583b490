import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { journalEntries, journalLines, loanTransactions, organisations } from "@/db/schema";
import { addDays } from "@/server/shared/dates";
import { money, sumMoney } from "@/server/shared/money";
import { createHarness, TEST_BUSINESS_DATE, type Harness } from "@/server/testing/harness";
import { PERSON, publishedProduct } from "@/server/testing/lending-fixtures";
import { completeApplication, createApplication } from "./applications";
import { createBorrower } from "./borrowers";
import { openLoanAccount } from "./loan-accounts";
import { postLoanTransaction } from "./loan-transactions";

let h: Harness;
let productId: string;
let borrowerId: string;
let keys = 0;
const key = () => `ledger-${++keys}-${Math.random().toString(36).slice(2)}`;

beforeAll(async () => {
  h = await createHarness();
  const svc = h.serviceAs("credit_officer");
  productId = (await publishedProduct(svc)).id;
  borrowerId = (await createBorrower(svc, PERSON)).id;
});

async function setDate(date: string) {
  await h.handle.db.update(organisations).set({ businessDate: date }).where(eq(organisations.id, h.seed.demoOrgId));
}

async function newDisbursedLoan(amount = "5000"): Promise<string> {
  const svc = h.serviceAs("credit_officer");
  const app = await createApplication(svc, { borrowerId, productId, amount });
  await completeApplication(svc, { applicationId: app.id });
  const loan = await openLoanAccount(svc, { applicationId: app.id });
  await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: key() });
  return loan.id;
}

async function accountTotals(loanId: string): Promise<Record<string, string>> {
  const rows = await h.handle.db
    .select({ account: journalLines.account, total: sql<string>`sum(${journalLines.amount})::text` })
    .from(journalLines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
    .where(eq(journalEntries.loanId, loanId))
    .groupBy(journalLines.account);
  return Object.fromEntries(rows.map((r) => [r.account, money(r.total).toFixed(2)]));
}

describe("idempotency keys", () => {
  it("returns the first result for the same key and request, and creates nothing more", async () => {
    await setDate(TEST_BUSINESS_DATE);
    const loanId = await newDisbursedLoan();
    const caller = h.callerAs("credit_officer");
    const request = { type: "repayment" as const, loanId, amount: "100.00", idempotencyKey: "same-key-0001" };
    const first = await caller.loans.postTransaction(request);
    const again = await caller.loans.postTransaction(request);
    expect(again).toEqual({ ...first, replayed: "true" });
    expect(first.replayed).toBe("false");
    await expect(caller.loans.postTransaction({ ...request, amount: "100.01" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: 'idempotency key "same-key-0001" was already used for a different request',
    });
    const repayments = await h.handle.db.select().from(loanTransactions).where(eq(loanTransactions.idempotencyKey, "same-key-0001"));
    expect(repayments).toHaveLength(1);
  });

  it("creates one transaction when 20 clients send the same key at once", async () => {
    const loanId = await newDisbursedLoan();
    const caller = h.callerAs("credit_officer");
    const request = { type: "repayment" as const, loanId, amount: "75.00", idempotencyKey: "concurrent-key-1" };
    const results = await Promise.all(Array.from({ length: 20 }, () => caller.loans.postTransaction(request)));
    expect(new Set(results.map((r) => r.transactionId)).size).toBe(1);
    expect(results.filter((r) => r.replayed === "false")).toHaveLength(1);
    const rows = await h.handle.db.select().from(loanTransactions).where(eq(loanTransactions.loanId, loanId));
    expect(rows.filter((r) => r.type === "repayment")).toHaveLength(1);
  });

  it("keeps keys apart per organisation", async () => {
    const loanId = await newDisbursedLoan();
    const other = h.serviceAs("owner", h.seed.secondOrgId);
    const otherProduct = await publishedProduct(other);
    const otherBorrower = await createBorrower(other, PERSON);
    const app = await createApplication(other, { borrowerId: otherBorrower.id, productId: otherProduct.id });
    await completeApplication(other, { applicationId: app.id });
    const otherLoan = await openLoanAccount(other, { applicationId: app.id });
    await postLoanTransaction(other, { type: "disbursement", loanId: otherLoan.id, idempotencyKey: "shared-key-0001" });
    const mine = await postLoanTransaction(h.serviceAs("credit_officer"), { type: "repayment", loanId, amount: "10", idempotencyKey: "shared-key-0001" });
    expect(mine.replayed).toBe("false");
  });
});

describe("concurrent writes to one account", () => {
  it("serialises 20 concurrent repayments and leaves exact balances", async () => {
    const loanId = await newDisbursedLoan();
    const caller = h.callerAs("credit_officer");
    await Promise.all(Array.from({ length: 20 }, (_, i) => caller.loans.postTransaction({ type: "repayment", loanId, amount: "10.00", idempotencyKey: `parallel-${loanId}-${i}` })));
    const rows = await h.handle.db.select().from(loanTransactions).where(eq(loanTransactions.loanId, loanId));
    const repayments = rows.filter((r) => r.type === "repayment");
    expect(repayments).toHaveLength(20);
    expect(new Set(rows.map((r) => r.sequence)).size).toBe(rows.length);
    // Nothing is due on the disbursement date: every 10.00 is principal paid ahead.
    expect(sumMoney(repayments.map((r) => money(r.principalPortion))).toFixed(2)).toBe("200.00");
    const view = await caller.loans.get({ loanId });
    expect(view.position.principalOutstanding).toBe("4800.00");
    expect(await accountTotals(loanId)).toMatchObject({ loan_principal: "4800.00", cash: "-4800.00" });
  });
});

type Op = { kind: "repay"; share: number; daysBack: number } | { kind: "fee"; cents: number } | { kind: "advance"; days: number } | { kind: "revert"; pick: number } | { kind: "interest" };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 100 }), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 }))).map(([share, daysBack]) => ({ kind: "repay" as const, share, daysBack })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((cents) => ({ kind: "fee" as const, cents })) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 45 }).map((days) => ({ kind: "advance" as const, days })) },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: "revert" as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: "interest" as const }) },
);

describe("the journal", () => {
  it("balances and reconciles with the account after any sequence of operations (500 sequences)", async () => {
    const svc = h.serviceAs("credit_officer");
    const caller = h.callerAs("credit_officer");
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        let date = TEST_BUSINESS_DATE;
        await setDate(date);
        const loanId = await newDisbursedLoan("2400");
        for (const o of ops) {
          const view = await caller.loans.get({ loanId });
          const open = ["active", "late", "arrears", "default"].includes(view.loan.status);
          if (o.kind === "advance") {
            date = addDays(date, o.days);
            await setDate(date);
          } else if (o.kind === "repay" && open && money(view.position.payoff).gt(0)) {
            const amount = money(view.position.payoff).times(o.share).div(100).toDecimalPlaces(2);
            // Some repayments are back-dated (never before the disbursement): later ones are re-allocated.
            const back = addDays(date, -o.daysBack);
            const valueDate = back < TEST_BUSINESS_DATE ? TEST_BUSINESS_DATE : back;
            if (amount.gt(0)) await postLoanTransaction(svc, { type: "repayment", loanId, amount: amount.toFixed(2), valueDate, idempotencyKey: key() }).catch((error: unknown) => {
              // A back-dated amount can exceed what the loan owed on that earlier day: a refusal, not a failure.
              if (!(error instanceof Error) || !/payoff amount|what the loan owed|would then exceed|closed/.test(error.message)) throw error;
            });
          } else if (o.kind === "fee" && open) {
            await postLoanTransaction(svc, { type: "fee", loanId, feeType: "flat", amount: (o.cents / 100).toFixed(2), idempotencyKey: key() });
          } else if (o.kind === "revert") {
            const applied = view.transactions.filter((t) => t.status === "applied" && t.type !== "disbursement");
            const target = applied[o.pick % Math.max(applied.length, 1)];
            // The seed's rule: only when everything after it is still applied.
            if (target && view.transactions.filter((t) => t.sequence > target.sequence).every((t) => t.status === "applied")) {
              await caller.loans.revertTransaction({ loanId, transactionId: target.id, reason: "property test" });
            }
          } else if (o.kind === "interest" && open) {
            if (view.loan.interestStopped) await caller.loans.startInterest({ loanId });
            else await caller.loans.stopInterest({ loanId });
          }
        }
        const unbalanced = await h.handle.db.execute(sql`select entry_id from journal_lines group by entry_id having sum(amount) <> 0`);
        expect(unbalanced).toHaveLength(0);
        const view = await caller.loans.get({ loanId });
        const totals = await accountTotals(loanId);
        expect(totals.loan_principal ?? "0.00").toBe(view.position.principalOutstanding);
        expect(totals.fee_receivable ?? "0.00").toBe(view.position.feesOutstanding);
        const paid = view.transactions.filter((t) => t.status === "applied" && t.type === "repayment").reduce((s, t) => s.plus(money(t.amount)), money("0"));
        expect(money(totals.cash ?? "0").toFixed(2)).toBe(paid.minus(money("2400")).toFixed(2));
      }),
      { numRuns: 500 },
    );
  }, 600_000);

  it("refuses to commit an entry whose lines do not sum to zero", async () => {
    const loanId = await newDisbursedLoan();
    const [entry] = await h.handle.db.select().from(journalEntries).where(eq(journalEntries.loanId, loanId)).limit(1);
    await expect(
      h.handle.db.transaction(async (tx) => {
        await tx.insert(journalLines).values({ entryId: entry?.id ?? "", account: "cash", amount: "0.01" });
      }),
    ).rejects.toThrow(/does not balance/);
    // Drizzle wraps the database's refusal; the reason is in the cause.
    const causeOf = (error: unknown) => (error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error));
    expect(causeOf(await h.handle.db.delete(journalLines).where(eq(journalLines.entryId, entry?.id ?? "")).catch((e: unknown) => e))).toMatch(/append-only/);
    expect(causeOf(await h.handle.db.update(loanTransactions).set({ amount: "1" }).where(eq(loanTransactions.loanId, loanId)).catch((e: unknown) => e))).toMatch(/immutable/);
  });
});

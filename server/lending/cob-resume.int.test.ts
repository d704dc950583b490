import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { seedPlatform } from "@/db/seed/platform";
import { cloneTestDatabase, createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { createBorrower } from "@/server/lending/borrowers";
import type { ServiceContext } from "@/server/platform/context";
import { PERSON, publishedProduct, REVOLVING_PRODUCT, TERM_PRODUCT } from "@/server/testing/lending-fixtures";
import { completeApplication, createApplication } from "./applications";
import { runCloseOfBusiness } from "./cob-run";
import { openLoanAccount } from "./loan-accounts";
import { postLoanTransaction } from "./loan-transactions";

const UNTIL = "2024-04-20";
const BATCH = "8";
let template: string;
let orgId: string;

/** What must come out the same whatever happened to the run: every figure of every account, fees, statements, journal. */
async function fingerprint(db: TestDatabase) {
  const accounts = await db.db.execute(sql`
    select id, status, principal_outstanding, interest_outstanding, fees_outstanding, accrued_interest, overdue_amount, days_overdue,
      next_due_date, oldest_unpaid_due_date, late_since, arrears_since, default_since, last_cob_date, minimum_payment_due
    from loan_accounts order by id`);
  const fees = await db.db.execute(sql`select loan_id, fee_name, amount, value_date from loan_transactions where type = 'fee' order by loan_id, value_date, fee_name`);
  const statements = await db.db.execute(sql`select loan_id, statement_date, closing_balance, minimum_payment from loan_statements order by loan_id, statement_date`);
  const journal = await db.db.execute(sql`select e.loan_id, l.account, sum(l.amount)::text as total from journal_lines l join journal_entries e on e.id = l.entry_id group by 1, 2 order by 1, 2`);
  const par = await db.db.execute(sql`select business_date, bucket, accounts, principal_outstanding from portfolio_snapshots order by 1, 2`);
  const org = await db.db.execute(sql`select business_date from organisations where id = ${orgId}`);
  return JSON.stringify({ accounts: Array.from(accounts), fees: Array.from(fees), statements: Array.from(statements), journal: Array.from(journal), par: Array.from(par), org: Array.from(org) });
}

/** Runs the child and kills it with SIGKILL a little after its `killAfter`-th committed batch. */
function runAndKill(db: TestDatabase, killAfter: number, extraMs: number): Promise<{ batchesSeen: number; finished: boolean }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./testing/cob-child.ts", import.meta.url)), db.url, orgId, UNTIL, BATCH], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, TZ: "UTC" },
  });
  let seen = 0;
  let finished = false;
  child.stdout.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (line === "batch" && ++seen === killAfter) setTimeout(() => child.kill("SIGKILL"), extraMs);
      if (line === "done") finished = true;
    }
  });
  return new Promise((resolve) => child.on("exit", () => resolve({ batchesSeen: seen, finished })));
}

beforeAll(async () => {
  const db = await createTestDatabase();
  const platform = await seedPlatform(db.db, { businessDate: "2024-03-01" });
  orgId = platform.demoOrgId;
  const svc: ServiceContext = { db: db.db, orgId, role: "credit_officer", actor: { type: "user", userId: platform.users.credit_officer.id }, requestId: "resume-test" };
  const products = [await publishedProduct(svc, { ...TERM_PRODUCT, arrearsToleranceDays: 3 }), await publishedProduct(svc, REVOLVING_PRODUCT)];
  const borrower = await createBorrower(svc, PERSON);
  for (let i = 0; i < 48; i++) {
    const product = products[i % 4 === 3 ? 1 : 0];
    if (!product) continue;
    const app = await createApplication(svc, { borrowerId: borrower.id, productId: product.id, amount: product.type === "term_loan" ? String(2000 + i * 137) : "10000" });
    await completeApplication(svc, { applicationId: app.id });
    const loan = await openLoanAccount(svc, { applicationId: app.id });
    await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: `d-${i}`, ...(product.type === "revolving_credit" ? { amount: String(1000 + i * 50) } : {}) });
  }
  await db.close();
  template = db.name;
}, 120_000);

describe("close of business killed mid-run", () => {
  it("resumes and ends with exactly the balances of an uninterrupted run (5 random kills)", async () => {
    const reference = await cloneTestDatabase(template);
    await runCloseOfBusiness(reference, orgId, { trigger: "test", until: UNTIL, batchSize: Number(BATCH) });
    const expected = await fingerprint(reference);
    expect(expected).toContain('"business_date":"2024-04-20"');
    expect(expected).toContain("late"); // the window really moves accounts through states

    // 48 accounts in batches of 8 over 50 days: 300 batches. Kill somewhere in them, sometimes mid-batch.
    for (let trial = 0; trial < 5; trial++) {
      const db = await cloneTestDatabase(template);
      const killAfter = 1 + Math.floor(Math.random() * 280);
      const outcome = await runAndKill(db, killAfter, Math.floor(Math.random() * 40));
      expect(outcome.finished, `trial ${trial} should have been killed after batch ${killAfter}`).toBe(false);
      await runCloseOfBusiness(db, orgId, { trigger: "test", until: UNTIL, batchSize: Number(BATCH) });
      expect(await fingerprint(db), `trial ${trial}, killed after batch ${killAfter}`).toBe(expected);
    }
  }, 600_000);
});

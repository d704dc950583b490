import { eq, sql } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { seedPlatform } from "@/db/seed/platform";
import { completeApplication, createApplication } from "@/server/lending/applications";
import { createBorrower, ZBorrowerInput } from "@/server/lending/borrowers";
import { runCloseOfBusiness } from "@/server/lending/cob-run";
import { openLoanAccount } from "@/server/lending/loan-accounts";
import { postLoanTransaction } from "@/server/lending/loan-transactions";
import { ZProductConfig } from "@/server/lending/product-input";
import { createProduct, publishProduct } from "@/server/lending/products";
import type { ServiceContext } from "@/server/platform/context";
import { addDays } from "@/server/shared/dates";
import { machineLine, rssMiB } from "./bench-support";
import { openRuntime } from "./runtime";

/**
 * `npm run bench:cob`: N loan accounts (default 100 000; BENCH_ACCOUNTS) of mixed products and
 * states in a fresh database, then one close-of-business day, timed, against a yardstick: one plain
 * UPDATE touching every loan account row. Targets (issue 5): < 60 s, ≤ 10 × the yardstick, < 1 GiB.
 *
 * 60 template loans go through the real services (disbursed on successive days, some repaying,
 * some not, daily close of business all along), then are copied in SQL to reach N.
 */
const N = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const DAY = "2026-03-02";
const runtime = await openRuntime({ embeddedName: "bench", database: "lending_bench_cob", fresh: true });
const db = runtime.handle.db;
const platform = await seedPlatform(db, { businessDate: addDays(DAY, -60) });
const orgId = platform.demoOrgId;
const svc: ServiceContext = { db, orgId, role: "credit_officer", actor: { type: "user", userId: platform.users.credit_officer.id }, requestId: "bench" };
const setDate = (date: string) => db.update(organisations).set({ businessDate: date }).where(eq(organisations.id, orgId));

const term = await publishProduct(
  svc,
  (await createProduct(svc, ZProductConfig.parse({ type: "term_loan", name: "Bench term", amountMax: "100000", amountDefault: "12000", interestMax: "30", interestDefault: "21", instalmentsDefault: 12, arrearsToleranceDays: 5, fees: [{ name: "Arrears fee", type: "flat", amount: "150", event: "arrears" }] }))).id,
);
const revolving = await publishProduct(
  svc,
  (await createProduct(svc, ZProductConfig.parse({ type: "revolving_credit", name: "Bench line", amountMax: "50000", amountDefault: "10000", interestMax: "24", interestDefault: "19.5", daysInYear: "365", statementDay: 15, dueDay: 5, minimumPaymentPercent: "5", minimumPaymentFloor: "200" }))).id,
);
const borrower = await createBorrower(svc, ZBorrowerInput.parse({ kind: "person", firstName: "Bench", lastName: "Borrower", dateOfBirth: "1985-01-01", nationalIdNumber: "8501015800088", nationalIdType: "za_id" }));

const seedStarted = performance.now();
for (let i = 0; i < 60; i++) {
  const product = i % 5 === 4 ? revolving : term;
  const app = await createApplication(svc, { borrowerId: borrower.id, productId: product.id });
  await completeApplication(svc, { applicationId: app.id });
  const loan = await openLoanAccount(svc, { applicationId: app.id });
  await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: `bench-${i}`, ...(product.type === "revolving_credit" ? { amount: "6000" } : {}) });
  await runCloseOfBusiness(runtime.handle, orgId, { trigger: "test" });
}
const templates = await db.execute<{ n: number }>(sql`select count(*)::int as n from loan_accounts`);
const copies = Math.max(0, Math.ceil(N / (templates[0]?.n ?? 1)) - 1);
await cloneLoans(copies);
await setDate(DAY);
const [{ n: accounts } = { n: 0 }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from loan_accounts where status in ('active', 'late', 'arrears', 'default')`);
const [{ n: late } = { n: 0 }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from loan_accounts where status <> 'active'`);
await db.execute(sql`vacuum analyze`);
console.log(machineLine());
console.log(`${accounts.toLocaleString("en-US")} open accounts (${late.toLocaleString("en-US")} not current), prepared in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s; embedded PostgreSQL 18`);

const yardStarted = performance.now();
await db.execute(sql`update loan_accounts set version = version`);
const yardstick = performance.now() - yardStarted;

const cobStarted = performance.now();
const [day] = await runCloseOfBusiness(runtime.handle, orgId, { trigger: "test", batchSize: 1000 });
const cobMs = performance.now() - cobStarted;
console.log(`yardstick (UPDATE every loan account row): ${(yardstick / 1000).toFixed(2)} s`);
console.log(`close of business ${DAY}: ${(cobMs / 1000).toFixed(2)} s for ${day?.accountsDone.toLocaleString("en-US")} accounts (${day?.accountsFailed} failed) = ${Math.round(((day?.accountsDone ?? 0) / cobMs) * 1000).toLocaleString("en-US")} accounts/s, ${(cobMs / yardstick).toFixed(1)} × the yardstick`);
console.log(`peak RSS ${rssMiB()} MiB · targets: < 60 s ${cobMs < 60_000 ? "met" : "NOT met"}, ≤ 10 × yardstick ${cobMs <= 10 * yardstick ? "met" : "NOT met"}, < 1 GiB ${rssMiB() < 1024 ? "met" : "NOT met"}`);
await runtime.shutdown();

/** Copies every loan (application, account, ledger) `copies` times, with new ids. */
async function cloneLoans(times: number): Promise<void> {
  if (times === 0) return;
  const columns = async (table: string) =>
    (await db.execute<{ name: string }>(sql`select column_name as name from information_schema.columns where table_name = ${table} and table_schema = 'public' order by ordinal_position`)).map((c) => c.name);
  const list = (names: string[], replace: Record<string, string>, skip: string[] = []) => names.filter((n) => !skip.includes(n)).map((n) => replace[n] ?? `s.${n}`).join(", ");
  const quote = (names: string[], skip: string[] = []) => names.filter((n) => !skip.includes(n)).join(", ");
  await db.execute(sql.raw(`create unlogged table clone_map as select l.id as src, l.application_id as src_app, k, gen_random_uuid() as loan_id, gen_random_uuid() as app_id from loan_accounts l cross join generate_series(1, ${times}) k`));
  const apps = await columns("applications");
  await db.execute(sql.raw(`insert into applications (${quote(apps, ["number"])}) select ${list(apps, { id: "m.app_id", loan_account_id: "m.loan_id", decision_id: "null" }, ["number"])} from clone_map m join applications s on s.id = m.src_app`));
  const loans = await columns("loan_accounts");
  await db.execute(sql.raw(`insert into loan_accounts (${quote(loans, ["number"])}) select ${list(loans, { id: "m.loan_id", application_id: "m.app_id" }, ["number"])} from clone_map m join loan_accounts s on s.id = m.src`));
  const txs = await columns("loan_transactions");
  await db.execute(sql.raw(`alter table loan_transactions disable trigger loan_transactions_guard`));
  await db.execute(sql.raw(`insert into loan_transactions (${quote(txs)}) select ${list(txs, { id: "gen_random_uuid()", loan_id: "m.loan_id", idempotency_key: "null" })} from clone_map m join loan_transactions s on s.loan_id = m.src`));
  await db.execute(sql.raw(`alter table loan_transactions enable trigger loan_transactions_guard`));
  await db.execute(sql.raw(`drop table clone_map`));
}

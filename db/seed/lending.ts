import { eq } from "drizzle-orm";
import { completeApplication, createApplication, overrideDecision, withdrawApplication } from "@/server/lending/applications";
import { createBorrower, ZBorrowerInput, type BorrowerRow } from "@/server/lending/borrowers";
import { closeLoan, makeArrears, makeDefault } from "@/server/lending/loan-actions";
import { getLoan, openLoanAccount } from "@/server/lending/loan-accounts";
import { postLoanTransaction } from "@/server/lending/loan-transactions";
import { ZProductConfig } from "@/server/lending/product-input";
import { createProduct, publishProduct, type ProductRow } from "@/server/lending/products";
import type { ServiceContext } from "@/server/platform/context";
import { addDays, addMonths } from "@/server/shared/dates";
import { formatAmount, minMoney, money, roundMoney } from "@/server/shared/money";
import type { Executor } from "../client";
import { organisations } from "../schema";
import { DEMO_PRODUCTS, demoBusinesses, demoPeople } from "./lending-data";
import type { SeededPlatform } from "./platform";

/**
 * Demo lending data built through the real services (so schedules, ledger and journal are exactly
 * what the app would have written), walking the business date forward through each loan's history.
 */
type Scenario = "approved" | "current" | "missed_last" | "arrears" | "default" | "paid_off" | "written_off" | "revolving";

const LOANS: Array<{ scenario: Scenario; product: 0 | 1 | 2; monthsAgo: number; amount?: string }> = [
  { scenario: "current", product: 0, monthsAgo: 11, amount: "18000" },
  { scenario: "current", product: 0, monthsAgo: 8, amount: "12000" },
  { scenario: "current", product: 0, monthsAgo: 5, amount: "25000" },
  { scenario: "current", product: 0, monthsAgo: 3, amount: "9000" },
  { scenario: "current", product: 1, monthsAgo: 7, amount: "320000" },
  { scenario: "current", product: 0, monthsAgo: 1, amount: "6000" },
  { scenario: "missed_last", product: 0, monthsAgo: 6, amount: "15000" },
  { scenario: "missed_last", product: 0, monthsAgo: 4, amount: "7500" },
  { scenario: "missed_last", product: 1, monthsAgo: 9, amount: "150000" },
  { scenario: "arrears", product: 0, monthsAgo: 7, amount: "20000" },
  { scenario: "arrears", product: 0, monthsAgo: 5, amount: "11000" },
  { scenario: "default", product: 0, monthsAgo: 10, amount: "30000" },
  { scenario: "paid_off", product: 0, monthsAgo: 9, amount: "8000" },
  { scenario: "paid_off", product: 0, monthsAgo: 12, amount: "5000" },
  { scenario: "written_off", product: 0, monthsAgo: 12, amount: "16000" },
  { scenario: "revolving", product: 2, monthsAgo: 6, amount: "10000" },
  { scenario: "revolving", product: 2, monthsAgo: 4, amount: "20000" },
  { scenario: "revolving", product: 2, monthsAgo: 2, amount: "5000" },
  { scenario: "approved", product: 0, monthsAgo: 0, amount: "14000" },
  { scenario: "approved", product: 2, monthsAgo: 0, amount: "6000" },
];

export interface SeededLending {
  productIds: string[];
  borrowerIds: string[];
  loanIds: string[];
}

export async function seedLending(db: Executor, platform: SeededPlatform, options: { businessDate: string }): Promise<SeededLending> {
  const orgId = platform.demoOrgId;
  const svc: ServiceContext = { db, orgId, role: "credit_officer", actor: { type: "user", userId: platform.users.credit_officer.id }, requestId: "seed" };
  const setDate = (date: string) => db.update(organisations).set({ businessDate: date }).where(eq(organisations.id, orgId));
  const today = options.businessDate;
  let keys = 0;
  const key = () => `seed-${orgId.slice(0, 8)}-${++keys}`;

  await setDate(addMonths(today, -13));
  const products: ProductRow[] = [];
  for (const config of DEMO_PRODUCTS) products.push(await publishProduct(svc, (await createProduct(svc, ZProductConfig.parse(config))).id));
  const borrowers: BorrowerRow[] = [];
  for (const details of [...demoPeople(26), ...demoBusinesses()]) borrowers.push(await createBorrower(svc, ZBorrowerInput.parse(details)));
  const productOf = (i: 0 | 1 | 2) => products[i] ?? products[0];
  const borrowerAt = (i: number) => borrowers[i % borrowers.length] ?? borrowers[0];

  const loanIds: string[] = [];
  for (const [i, plan] of LOANS.entries()) {
    const start = addDays(addMonths(today, -plan.monthsAgo), -((i * 3) % 9));
    await setDate(start);
    const borrower = plan.product === 1 ? borrowerAt(26 + (i % 4)) : borrowerAt(i);
    const product = productOf(plan.product);
    if (!borrower || !product) continue;
    const app = await createApplication(svc, { borrowerId: borrower.id, productId: product.id, ...(plan.amount ? { amount: plan.amount } : {}), customFields: { purpose: ["home improvements", "vehicle repairs", "school fees", "stock purchase", "debt consolidation"][i % 5] } });
    await completeApplication(svc, { applicationId: app.id });
    const loan = await openLoanAccount(svc, { applicationId: app.id });
    loanIds.push(loan.id);
    if (plan.scenario === "approved") continue;
    await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: key(), ...(plan.scenario === "revolving" ? { amount: formatAmount(roundMoney(money(plan.amount ?? "5000").times("0.6"), 0)) } : {}) });
    await playHistory(svc, loan.id, plan.scenario, today, setDate, key);
  }

  // Applications in every other state.
  await setDate(addDays(today, -20));
  for (const [n, borrower] of borrowers.slice(20, 26).entries()) {
    const product = productOf(n % 2 === 0 ? 0 : 2);
    if (!product) continue;
    const app = await createApplication(svc, { borrowerId: borrower.id, productId: product.id });
    if (n === 0 || n === 1) continue; // incomplete
    await completeApplication(svc, { applicationId: app.id }); // accepted, no loan yet
    if (n === 2) await withdrawApplication(svc, { applicationId: app.id });
    if (n === 3) await overrideDecision(svc, { applicationId: app.id, outcome: "declined", reason: "Existing judgment against the applicant found in the credit bureau report." });
  }
  const minor = await createBorrower(svc, ZBorrowerInput.parse({ ...demoPeople(1)[0], firstName: "Lindo", lastName: "Mabuza", dateOfBirth: addDays(today, -17 * 365), nationalIdNumber: null, nationalIdType: null, email: "lindo.mabuza@example.co.za" }));
  const declined = await createApplication(svc, { borrowerId: minor.id, productId: productOf(0)?.id ?? "" });
  await completeApplication(svc, { applicationId: declined.id });

  await setDate(today);
  return { productIds: products.map((p) => p.id), borrowerIds: borrowers.map((b) => b.id), loanIds };
}

/** Walks one loan through its due dates: pays, misses, moves to arrears or default, pays off, writes off. */
async function playHistory(svc: ServiceContext, loanId: string, scenario: Scenario, today: string, setDate: (date: string) => Promise<unknown>, key: () => string): Promise<void> {
  if (scenario === "revolving") {
    let date = (await getLoan(svc, loanId)).loan.disbursedOn ?? today;
    for (let month = 1; ; month++) {
      date = addMonths(date, 1);
      if (date > today) break;
      await setDate(date);
      const view = await getLoan(svc, loanId);
      const owed = money(view.position.totalOutstanding);
      const pay = minMoney(roundMoney(owed.times("0.12").plus(150)), owed);
      if (pay.gt(0)) await postLoanTransaction(svc, { type: "repayment", loanId, amount: formatAmount(pay), idempotencyKey: key() });
      if (month % 2 === 0) await postLoanTransaction(svc, { type: "disbursement", loanId, amount: "800", idempotencyKey: key() });
    }
    return;
  }
  const initial = await getLoan(svc, loanId);
  const dueDates = initial.position.instalments.map((r) => r.dueDate).filter((d) => d <= today);
  const missFrom = scenario === "missed_last" ? dueDates.length - 1 : scenario === "arrears" ? dueDates.length - 3 : scenario === "default" ? dueDates.length - 6 : dueDates.length;
  for (const [i, due] of dueDates.entries()) {
    if (i >= missFrom) break;
    await setDate(due);
    const view = await getLoan(svc, loanId);
    if (scenario === "paid_off" && i === Math.floor(dueDates.length / 2)) {
      await postLoanTransaction(svc, { type: "repayment", loanId, amount: view.position.payoff, idempotencyKey: key() });
      return;
    }
    if (scenario === "written_off" && i === 3) {
      await setDate(addDays(due, 95));
      await makeArrears(svc, { loanId });
      await makeDefault(svc, { loanId });
      await closeLoan(svc, { loanId, subStatus: "written_off", reason: "Uncollectable after handover to collections; debtor untraceable." });
      return;
    }
    if (money(view.position.dueNow).gt(0)) await postLoanTransaction(svc, { type: "repayment", loanId, amount: view.position.dueNow, idempotencyKey: key() });
  }
  await setDate(today);
  if (scenario === "arrears") await makeArrears(svc, { loanId, note: "Three instalments unpaid; borrower contacted." });
  if (scenario === "default") {
    await makeArrears(svc, { loanId });
    await makeDefault(svc, { loanId, note: "Six instalments unpaid; handed over to collections." });
  }
}

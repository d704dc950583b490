import { eq } from "drizzle-orm";
import { completeApplication, createApplication, overrideDecision, withdrawApplication } from "@/server/lending/applications";
import { createBorrower, ZBorrowerInput, type BorrowerRow } from "@/server/lending/borrowers";
import { runCloseOfBusiness } from "@/server/lending/cob-run";
import { closeLoan } from "@/server/lending/loan-actions";
import { getLoan, openLoanAccount } from "@/server/lending/loan-accounts";
import { postLoanTransaction } from "@/server/lending/loan-transactions";
import { ZProductConfig } from "@/server/lending/product-input";
import { createProduct, publishProduct, type ProductRow } from "@/server/lending/products";
import type { ServiceContext } from "@/server/platform/context";
import { addDays, addMonths, daysBetween } from "@/server/shared/dates";
import { formatAmount, minMoney, money, roundMoney } from "@/server/shared/money";
import type { DatabaseHandle } from "../client";
import { organisations } from "../schema";
import { DEMO_PRODUCTS, demoBusinesses, demoPeople } from "./lending-data";
import type { SeededPlatform } from "./platform";

/**
 * Demo lending history, lived day by day: the business date starts 13 months back, each day's
 * disbursements and repayments go through the real services, then that day's close of business
 * runs. Late, arrears and default come from missed payments, statements from the calendar, and the
 * portfolio-at-risk chart has a year of points.
 */
type Scenario = "current" | "missed_last" | "arrears" | "default" | "paid_off" | "written_off" | "late" | "revolving" | "approved";
type ProductIndex = 0 | 1 | 2 | 3;

interface Plan {
  scenario: Scenario;
  product: ProductIndex;
  /** Days before the business date it is paid out. */
  startDaysAgo: number;
  amount: string;
}

const PLANS: Plan[] = [
  { scenario: "current", product: 0, startDaysAgo: 330, amount: "18000" },
  { scenario: "current", product: 0, startDaysAgo: 245, amount: "12000" },
  { scenario: "current", product: 0, startDaysAgo: 150, amount: "25000" },
  { scenario: "current", product: 0, startDaysAgo: 95, amount: "9000" },
  { scenario: "current", product: 1, startDaysAgo: 215, amount: "320000" },
  { scenario: "current", product: 0, startDaysAgo: 35, amount: "6000" },
  { scenario: "missed_last", product: 0, startDaysAgo: 185, amount: "15000" },
  { scenario: "missed_last", product: 1, startDaysAgo: 270, amount: "150000" },
  { scenario: "arrears", product: 0, startDaysAgo: 210, amount: "20000" },
  { scenario: "arrears", product: 0, startDaysAgo: 160, amount: "11000" },
  { scenario: "default", product: 0, startDaysAgo: 300, amount: "30000" },
  { scenario: "paid_off", product: 0, startDaysAgo: 280, amount: "8000" },
  { scenario: "paid_off", product: 2, startDaysAgo: 200, amount: "4000" },
  { scenario: "written_off", product: 0, startDaysAgo: 380, amount: "16000" },
  { scenario: "late", product: 2, startDaysAgo: 34, amount: "3500" },
  { scenario: "current", product: 2, startDaysAgo: 20, amount: "2500" },
  { scenario: "revolving", product: 3, startDaysAgo: 185, amount: "10000" },
  { scenario: "revolving", product: 3, startDaysAgo: 125, amount: "20000" },
  { scenario: "revolving", product: 3, startDaysAgo: 60, amount: "5000" },
  { scenario: "approved", product: 0, startDaysAgo: 3, amount: "14000" },
  { scenario: "approved", product: 3, startDaysAgo: 2, amount: "6000" },
];

export interface SeededLending {
  productIds: string[];
  borrowerIds: string[];
  loanIds: string[];
}

export async function seedLending(handle: DatabaseHandle, platform: SeededPlatform, options: { businessDate: string }): Promise<SeededLending> {
  const db = handle.db;
  const orgId = platform.demoOrgId;
  const svc: ServiceContext = { db, orgId, role: "credit_officer", actor: { type: "user", userId: platform.users.credit_officer.id }, requestId: "seed" };
  const today = options.businessDate;
  const start = addMonths(today, -13);
  await db.update(organisations).set({ businessDate: start }).where(eq(organisations.id, orgId));
  let keys = 0;
  const key = () => `seed-${orgId.slice(0, 8)}-${++keys}`;

  const products: ProductRow[] = [];
  for (const config of DEMO_PRODUCTS) products.push(await publishProduct(svc, (await createProduct(svc, ZProductConfig.parse(config))).id));
  const borrowers: BorrowerRow[] = [];
  for (const details of [...demoPeople(26), ...demoBusinesses()]) borrowers.push(await createBorrower(svc, ZBorrowerInput.parse(details)));

  const loans = new Map<number, SeedLoan>();
  for (let day = start; day < today; day = addDays(day, 1)) {
    for (const [i, plan] of PLANS.entries()) {
      if (addDays(today, -plan.startDaysAgo) !== day) continue;
      const product = products[plan.product];
      const borrower = plan.product === 1 ? borrowers[26 + (i % 4)] : borrowers[i % 26];
      if (!product || !borrower) continue;
      const app = await createApplication(svc, { borrowerId: borrower.id, productId: product.id, amount: plan.amount, customFields: { purpose: ["home improvements", "vehicle repairs", "school fees", "stock purchase", "debt consolidation"][i % 5] } });
      await completeApplication(svc, { applicationId: app.id });
      const loan = await openLoanAccount(svc, { applicationId: app.id });
      if (plan.scenario !== "approved") {
        const draw = plan.scenario === "revolving" ? { amount: formatAmount(roundMoney(money(plan.amount).times("0.6"), 0)) } : {};
        await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: key(), ...draw });
      }
      // Due dates never move in these stories (no early repayment), so they are read once.
      const dueDates = new Set(plan.scenario === "approved" || plan.scenario === "revolving" ? [] : (await getLoan(svc, loan.id)).position.instalments.map((r) => r.dueDate));
      loans.set(i, { id: loan.id, plan, paidDues: 0, startDay: day, dueDates, closed: false });
    }
    for (const loan of loans.values()) await liveDay(svc, loan, day, today, key);
    await runCloseOfBusiness(handle, orgId, { trigger: "schedule" });
  }
  await seedOtherApplications(svc, borrowers, products, today);
  return { productIds: products.map((p) => p.id), borrowerIds: borrowers.map((b) => b.id), loanIds: [...loans.values()].map((l) => l.id) };
}

interface SeedLoan {
  id: string;
  plan: Plan;
  paidDues: number;
  startDay: string;
  dueDates: Set<string>;
  closed: boolean;
}

/** One loan's day: pay what falls due (unless its story says it stops paying), pay off, write off, draw. */
async function liveDay(svc: ServiceContext, loan: SeedLoan, day: string, today: string, key: () => string): Promise<void> {
  const { scenario } = loan.plan;
  if (scenario === "approved" || loan.closed) return;
  if (scenario === "revolving") {
    const age = daysBetween(loan.startDay, day);
    if (age > 0 && age % 30 === 10) {
      const view = await getLoan(svc, loan.id);
      const owed = money(view.position.totalOutstanding);
      const pay = minMoney(roundMoney(owed.times("0.12").plus(150)), owed);
      if (pay.gt(0)) await postLoanTransaction(svc, { type: "repayment", loanId: loan.id, amount: formatAmount(pay), idempotencyKey: key() });
    }
    if (age > 0 && age % 60 === 20) await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, amount: "800", idempotencyKey: key() });
    return;
  }
  if (!loan.dueDates.has(day)) return;
  const view = await getLoan(svc, loan.id);
  if (view.loan.status === "closed") {
    loan.closed = true;
    return;
  }
  loan.paidDues += 1;
  const remainingDueDates = view.position.instalments.filter((r) => r.dueDate > day && r.dueDate <= today).length;
  const stopsPaying = { missed_last: 1, arrears: 2, default: 6, late: 1, written_off: 99, current: 99, paid_off: 99 }[scenario] ?? 99;
  if (scenario === "paid_off" && loan.paidDues === 3) {
    await postLoanTransaction(svc, { type: "repayment", loanId: loan.id, amount: view.position.payoff, idempotencyKey: key() });
    loan.closed = true;
    return;
  }
  if (scenario === "written_off" && loan.paidDues >= 3) {
    if (loan.paidDues === 8) await closeLoan(svc, { loanId: loan.id, subStatus: "written_off", reason: "Uncollectable after handover to collections; debtor untraceable." });
    return;
  }
  if (remainingDueDates < stopsPaying && scenario !== "current" && scenario !== "paid_off") return;
  if (money(view.position.dueNow).gt(0)) await postLoanTransaction(svc, { type: "repayment", loanId: loan.id, amount: view.position.dueNow, idempotencyKey: key() });
}

/** Applications in the states loans do not leave behind: incomplete, accepted without a loan, withdrawn, declined. */
async function seedOtherApplications(svc: ServiceContext, borrowers: readonly BorrowerRow[], products: readonly ProductRow[], today: string): Promise<void> {
  for (const [n, borrower] of borrowers.slice(20, 26).entries()) {
    const product = products[n % 2 === 0 ? 0 : 3];
    if (!product) continue;
    const app = await createApplication(svc, { borrowerId: borrower.id, productId: product.id });
    if (n === 0 || n === 1) continue;
    await completeApplication(svc, { applicationId: app.id });
    if (n === 2) await withdrawApplication(svc, { applicationId: app.id });
    if (n === 3) await overrideDecision(svc, { applicationId: app.id, outcome: "declined", reason: "Existing judgment against the applicant found in the credit bureau report." });
  }
  const minor = await createBorrower(
    svc,
    ZBorrowerInput.parse({ ...demoPeople(1)[0], firstName: "Lindo", lastName: "Mabuza", dateOfBirth: addDays(today, -17 * 365), nationalIdNumber: null, nationalIdType: null, email: "lindo.mabuza@example.co.za" }),
  );
  const declined = await createApplication(svc, { borrowerId: minor.id, productId: products[0]?.id ?? "" });
  await completeApplication(svc, { applicationId: declined.id });
}

import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loanStatements, memberships, organisations, users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { hasRole, ROLES, type Role } from "./platform/roles";
import { createHarness, type Harness } from "./testing/harness";
import { approvedLoan, TERM_PRODUCT } from "./testing/lending-fixtures";
import { callByPath, procedurePaths } from "./testing/procedures";
import { createProduct } from "./lending/products";
import { ZProductConfig } from "./lending/product-input";
import { postLoanTransaction } from "./lending/loan-transactions";
import type { ServiceContext } from "./platform/context";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importBankFile } from "./banking/bank-import";
import { createLabelRule } from "./banking/bank-labels";
import { listBankTransactions } from "./banking/bank-queries";

/** One of everything in an organisation: a published and a draft product, a borrower, an application and a disbursed loan. */
async function entitiesOf(svc: ServiceContext): Promise<OrgEntities> {
  const { product, borrower, application, loan } = await approvedLoan(svc);
  const draft = await createProduct(svc, ZProductConfig.parse({ ...TERM_PRODUCT, name: "Draft product" }));
  const posted = await postLoanTransaction(svc, { type: "disbursement", loanId: loan.id, idempotencyKey: `disburse-${loan.id}` });
  const bank = readFileSync(fileURLToPath(new URL("./banking/fixtures/samples/byod-za.json", import.meta.url))).toString("base64");
  const imported = await importBankFile(svc, { borrowerId: borrower.id, fileName: "byod-za.json", contentBase64: bank });
  const { transactions } = await listBankTransactions(svc, { borrowerId: borrower.id, limit: 1, offset: 0 });
  const { rule } = await createLabelRule(svc, { name: "Access rule", pattern: "ACME", label: "salary", priority: 10, appliesTo: "credit" });
  const [statement] = await svc.db
    .insert(loanStatements)
    .values({ orgId: svc.orgId, loanId: loan.id, periodStart: "2024-02-26", periodEnd: "2024-03-25", statementDate: "2024-03-25", dueDate: "2024-04-15", openingBalance: "0", drawdowns: "0", repayments: "0", fees: "0", interest: "0", closingBalance: "0", minimumPayment: "0", transactions: [] })
    .returning({ id: loanStatements.id });
  return {
    statementId: statement?.id ?? "",
    analysisId: imported.analysisId ?? "",
    bankTransactionId: transactions[0]?.id ?? "",
    bankRuleId: rule.id,
    productId: product.id,
    draftProductId: draft.id,
    borrowerId: borrower.id,
    applicationId: application.id,
    loanId: loan.id,
    transactionId: posted.transactionId,
  };
}

/**
 * Access rules for EVERY procedure of the app router. The list of procedures is read from the
 * router: a new procedure without an entry here fails the first test, so nobody can add one
 * without deciding who may call it and proving it cannot reach another organisation's data.
 */
interface OrgEntities {
  statementId: string;
  analysisId: string;
  bankTransactionId: string;
  bankRuleId: string;
  productId: string;
  draftProductId: string;
  borrowerId: string;
  applicationId: string;
  loanId: string;
  transactionId: string;
}

interface Fixtures {
  a: OrgEntities;
  b: OrgEntities;
  orgBInvitationId: string;
  orgBOnlyUserId: string;
  orgBEmailTo: string;
  orgAViewerId: string;
  orgBJobIds: string[];
}

interface AccessCase {
  /** Who may call it: a minimum role in the current organisation, any signed-in user, or anyone. */
  access: Role | "authed" | "public";
  /** A valid call in one's own organisation (checks the role ladder). */
  input?: (fx: Fixtures) => unknown;
  /**
   * The same procedure aimed at organisation B by an admin of organisation A: must be NOT_FOUND,
   * or succeed while returning/changing nothing of B (`leaks` inspects the result).
   */
  crossTenant: ((fx: Fixtures) => { input?: unknown; expect: "not_found" | { leaks: (result: unknown, fx: Fixtures) => boolean } }) | { publicBecause: string };
}

const json = (value: unknown) => JSON.stringify(value);
const leaksB = (r: unknown, fx: Fixtures) => Object.values(fx.b).some((id) => json(r).includes(id));
const productConfig = { ...TERM_PRODUCT, name: "Ladder product" };
const borrowerDetails = { kind: "person", firstName: "Lindiwe", lastName: "Zulu", dateOfBirth: "1990-01-01" };

const CASES: Record<string, AccessCase> = {
  "organisation.mine": { access: "authed", crossTenant: () => ({ expect: { leaks: (r) => json(r).includes("Karoo Credit") } }) },
  "organisation.current": { access: "viewer", crossTenant: () => ({ expect: { leaks: (r) => json(r).includes("Karoo Credit") } }) },
  "organisation.update": {
    access: "admin",
    input: () => ({ name: "Demo Lender", timeZone: "Africa/Johannesburg", country: "ZA" }),
    crossTenant: () => ({ input: { name: "Renamed by A", timeZone: "UTC", country: "ZA" }, expect: { leaks: (r) => json(r).includes("Karoo") } }),
  },
  "team.list": { access: "viewer", crossTenant: () => ({ expect: { leaks: (r, fx) => json(r).includes(fx.orgBOnlyUserId) } }) },
  "team.invitations": { access: "admin", crossTenant: () => ({ expect: { leaks: (r, fx) => json(r).includes(fx.orgBInvitationId) } }) },
  "team.invite": {
    access: "admin",
    input: () => ({ email: `ladder-${Math.random().toString(36).slice(2)}@example.com`, role: "viewer" }),
    crossTenant: (fx) => ({ input: { email: fx.orgBEmailTo, role: "viewer" }, expect: { leaks: () => false } }),
  },
  "team.revokeInvitation": {
    access: "admin",
    input: () => ({ invitationId: "00000000-0000-4000-8000-000000000000" }),
    crossTenant: (fx) => ({ input: { invitationId: fx.orgBInvitationId }, expect: "not_found" }),
  },
  "team.changeRole": {
    access: "admin",
    input: (fx) => ({ userId: fx.orgAViewerId, role: "viewer" }),
    crossTenant: (fx) => ({ input: { userId: fx.orgBOnlyUserId, role: "viewer" }, expect: "not_found" }),
  },
  "team.setStatus": {
    access: "admin",
    input: (fx) => ({ userId: fx.orgAViewerId, status: "active" }),
    crossTenant: (fx) => ({ input: { userId: fx.orgBOnlyUserId, status: "disabled" }, expect: "not_found" }),
  },
  "audit.list": {
    access: "admin",
    input: () => ({ limit: 5 }),
    crossTenant: (fx) => ({ input: { entityId: fx.orgBInvitationId, limit: 50 }, expect: { leaks: (r, f) => json(r).includes(f.orgBInvitationId) } }),
  },
  "jobs.list": {
    access: "admin",
    input: () => ({ limit: 5 }),
    crossTenant: () => ({ input: { limit: 200 }, expect: { leaks: (r, fx) => fx.orgBJobIds.some((id) => json(r).includes(id)) } }),
  },
  "jobs.retry": {
    access: "admin",
    input: () => ({ jobId: "00000000-0000-4000-8000-000000000000" }),
    crossTenant: (fx) => ({ input: { jobId: fx.orgBJobIds[0] }, expect: "not_found" }),
  },
  "outbox.list": { access: "admin", crossTenant: () => ({ expect: { leaks: (r, fx) => json(r).includes(fx.orgBEmailTo) } }) },
  "organisation.setBusinessDate": {
    access: "admin",
    input: () => ({ businessDate: "2024-03-01" }),
    crossTenant: () => ({ input: { businessDate: "2099-12-31" }, expect: { leaks: (r) => json(r).includes("Karoo") } }),
  },
  "products.list": { access: "viewer", input: () => ({}), crossTenant: () => ({ input: {}, expect: { leaks: leaksB } }) },
  "products.get": { access: "viewer", input: (fx) => ({ productId: fx.a.productId }), crossTenant: (fx) => ({ input: { productId: fx.b.productId }, expect: "not_found" }) },
  "products.previewSchedule": { access: "viewer", input: () => productConfig, crossTenant: () => ({ input: productConfig, expect: { leaks: leaksB } }) },
  "products.create": { access: "credit_officer", input: () => productConfig, crossTenant: () => ({ input: productConfig, expect: { leaks: leaksB } }) },
  "products.update": {
    access: "credit_officer",
    input: (fx) => ({ productId: fx.a.draftProductId, config: productConfig }),
    crossTenant: (fx) => ({ input: { productId: fx.b.draftProductId, config: productConfig }, expect: "not_found" }),
  },
  "products.publish": { access: "credit_officer", input: (fx) => ({ productId: fx.a.productId }), crossTenant: (fx) => ({ input: { productId: fx.b.draftProductId }, expect: "not_found" }) },
  "products.copy": { access: "credit_officer", input: (fx) => ({ productId: fx.a.productId }), crossTenant: (fx) => ({ input: { productId: fx.b.productId }, expect: "not_found" }) },
  "borrowers.list": { access: "viewer", input: () => ({}), crossTenant: () => ({ input: { limit: 100 }, expect: { leaks: leaksB } }) },
  "borrowers.get": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "borrowers.create": { access: "credit_officer", input: () => borrowerDetails, crossTenant: () => ({ input: borrowerDetails, expect: { leaks: leaksB } }) },
  "borrowers.update": {
    access: "credit_officer",
    input: (fx) => ({ borrowerId: fx.a.borrowerId, details: { ...borrowerDetails, firstName: "Thabo", lastName: "Nkosi" } }),
    crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId, details: borrowerDetails }, expect: "not_found" }),
  },
  "applications.list": { access: "viewer", input: () => ({}), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: { leaks: leaksB } }) },
  "applications.get": { access: "viewer", input: (fx) => ({ applicationId: fx.a.applicationId }), crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId }, expect: "not_found" }) },
  "applications.create": {
    access: "credit_officer",
    input: (fx) => ({ borrowerId: fx.a.borrowerId, productId: fx.a.productId }),
    crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId, productId: fx.b.productId }, expect: "not_found" }),
  },
  "applications.update": { access: "credit_officer", input: (fx) => ({ applicationId: fx.a.applicationId }), crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId, amount: "2000" }, expect: "not_found" }) },
  "applications.complete": { access: "credit_officer", input: (fx) => ({ applicationId: fx.a.applicationId }), crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId }, expect: "not_found" }) },
  "applications.withdraw": { access: "credit_officer", input: (fx) => ({ applicationId: fx.a.applicationId }), crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId }, expect: "not_found" }) },
  "applications.reopen": { access: "credit_officer", input: (fx) => ({ applicationId: fx.a.applicationId }), crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId }, expect: "not_found" }) },
  "applications.overrideDecision": {
    access: "credit_officer",
    input: (fx) => ({ applicationId: fx.a.applicationId, outcome: "declined", reason: "ladder check only" }),
    crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId, outcome: "declined", reason: "reaching across tenants" }, expect: "not_found" }),
  },
  "loans.list": { access: "viewer", input: () => ({}), crossTenant: () => ({ input: { limit: 100 }, expect: { leaks: leaksB } }) },
  "loans.get": { access: "viewer", input: (fx) => ({ loanId: fx.a.loanId }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId }, expect: "not_found" }) },
  "loans.scheduleVersion": { access: "viewer", input: (fx) => ({ loanId: fx.a.loanId, version: 1 }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId, version: 1 }, expect: "not_found" }) },
  "loans.payoffQuote": { access: "viewer", input: (fx) => ({ loanId: fx.a.loanId, date: "2024-06-01" }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId, date: "2024-06-01" }, expect: "not_found" }) },
  "loans.open": { access: "credit_officer", input: (fx) => ({ applicationId: fx.a.applicationId }), crossTenant: (fx) => ({ input: { applicationId: fx.b.applicationId }, expect: "not_found" }) },
  "loans.postTransaction": {
    access: "credit_officer",
    input: (fx) => ({ type: "repayment", loanId: fx.a.loanId, amount: "1.00", idempotencyKey: `ladder-${Math.random()}` }),
    crossTenant: (fx) => ({ input: { type: "repayment", loanId: fx.b.loanId, amount: "1.00", idempotencyKey: "cross-tenant-1" }, expect: "not_found" }),
  },
  "loans.revertTransaction": {
    access: "credit_officer",
    input: (fx) => ({ loanId: fx.a.loanId, transactionId: "00000000-0000-4000-8000-000000000000", reason: "ladder" }),
    crossTenant: (fx) => ({ input: { loanId: fx.b.loanId, transactionId: fx.b.transactionId, reason: "reaching across" }, expect: "not_found" }),
  },
  "loans.close": {
    access: "credit_officer",
    input: (fx) => ({ loanId: fx.a.loanId, subStatus: "paid_in_full", reason: "ladder" }),
    crossTenant: (fx) => ({ input: { loanId: fx.b.loanId, subStatus: "written_off", reason: "reaching across" }, expect: "not_found" }),
  },
  "loans.makeArrears": { access: "credit_officer", input: (fx) => ({ loanId: fx.a.draftProductId }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId }, expect: "not_found" }) },
  "loans.makeDefault": { access: "credit_officer", input: (fx) => ({ loanId: fx.a.draftProductId }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId }, expect: "not_found" }) },
  "loans.stopInterest": { access: "credit_officer", input: (fx) => ({ loanId: fx.a.draftProductId }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId }, expect: "not_found" }) },
  "loans.startInterest": { access: "credit_officer", input: (fx) => ({ loanId: fx.a.draftProductId }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId }, expect: "not_found" }) },
  "bankData.accounts": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "bankData.transactions": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "bankData.exportCsv": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "bankData.statements": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "bankData.imports": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "bankData.previewCsv": {
    access: "credit_officer",
    input: () => ({ sample: "Date,Description,Amount\n2024-01-01,Coffee,-10.00\n" }),
    crossTenant: () => ({ input: { sample: "Date,Description,Amount\n2024-01-01,Coffee,-10.00\n" }, expect: { leaks: leaksB } }),
  },
  "bankData.import": {
    access: "credit_officer",
    input: (fx) => ({ borrowerId: fx.a.borrowerId, fileName: "x.json", contentBase64: Buffer.from('{"accounts":[]}').toString("base64") }),
    crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId, fileName: "x.json", contentBase64: Buffer.from('{"accounts":[]}').toString("base64") }, expect: "not_found" }),
  },
  "bankData.overrideLabel": {
    access: "credit_officer",
    input: (fx) => ({ transactionId: fx.a.bankTransactionId, label: "salary" }),
    crossTenant: (fx) => ({ input: { transactionId: fx.b.bankTransactionId, label: "gambling" }, expect: "not_found" }),
  },
  "bankData.clearOverride": { access: "credit_officer", input: (fx) => ({ transactionId: fx.a.bankTransactionId }), crossTenant: (fx) => ({ input: { transactionId: fx.b.bankTransactionId }, expect: "not_found" }) },
  "bankRules.list": { access: "viewer", crossTenant: () => ({ expect: { leaks: leaksB } }) },
  "bankRules.test": {
    access: "credit_officer",
    input: () => ({ name: "t", pattern: "ACME", label: "salary" }),
    crossTenant: () => ({ input: { name: "t", pattern: ".", label: "salary" }, expect: { leaks: leaksB } }),
  },
  "bankRules.create": {
    access: "credit_officer",
    input: () => ({ name: "Ladder rule", pattern: "LADDER", label: "salary" }),
    crossTenant: () => ({ input: { name: "Cross rule", pattern: "CROSS", label: "salary" }, expect: { leaks: leaksB } }),
  },
  "bankRules.update": {
    access: "credit_officer",
    input: (fx) => ({ ruleId: fx.a.bankRuleId, rule: { name: "Access rule", pattern: "ACME", label: "salary" } }),
    crossTenant: (fx) => ({ input: { ruleId: fx.b.bankRuleId, rule: { name: "Cross", pattern: "X", label: "gambling" } }, expect: "not_found" }),
  },
  "bankRules.delete": {
    access: "credit_officer",
    input: () => ({ ruleId: "00000000-0000-4000-8000-000000000000" }),
    crossTenant: (fx) => ({ input: { ruleId: fx.b.bankRuleId }, expect: "not_found" }),
  },
  "analyses.list": { access: "viewer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "analyses.get": { access: "viewer", input: (fx) => ({ analysisId: fx.a.analysisId }), crossTenant: (fx) => ({ input: { analysisId: fx.b.analysisId }, expect: "not_found" }) },
  "analyses.start": { access: "credit_officer", input: (fx) => ({ borrowerId: fx.a.borrowerId }), crossTenant: (fx) => ({ input: { borrowerId: fx.b.borrowerId }, expect: "not_found" }) },
  "lendingSettings.get": { access: "viewer", crossTenant: () => ({ expect: { leaks: leaksB } }) },
  "lendingSettings.update": {
    access: "admin",
    input: () => ({ minimumBorrowerAge: 18, maximumBorrowerAge: null, defaultThresholdDays: 90, minimumAffordability: null, requireAffordabilityCoversInstalment: false, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null }),
    crossTenant: () => ({
      input: { minimumBorrowerAge: 21, maximumBorrowerAge: null, defaultThresholdDays: 90, minimumAffordability: null, requireAffordabilityCoversInstalment: false, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null },
      expect: { leaks: leaksB },
    }),
  },
  "loans.reactivate": { access: "credit_officer", input: (fx) => ({ loanId: fx.a.loanId, reason: "ladder check" }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId, reason: "reaching across" }, expect: "not_found" }) },
  "loans.statements": { access: "viewer", input: (fx) => ({ loanId: fx.a.loanId }), crossTenant: (fx) => ({ input: { loanId: fx.b.loanId }, expect: "not_found" }) },
  "loans.statement": { access: "viewer", input: (fx) => ({ statementId: fx.a.statementId }), crossTenant: (fx) => ({ input: { statementId: fx.b.statementId }, expect: "not_found" }) },
  "cob.status": { access: "viewer", crossTenant: () => ({ expect: { leaks: leaksB } }) },
  "cob.start": { access: "admin", input: () => ({ until: "2000-01-01" }), crossTenant: () => ({ input: { until: "2000-01-01" }, expect: { leaks: leaksB } }) },
  "cob.portfolioAtRisk": { access: "viewer", input: () => ({}), crossTenant: () => ({ input: {}, expect: { leaks: leaksB } }) },
  "invitation.get": { access: "public", crossTenant: { publicBecause: "the emailed token is the credential; it names no organisation of the caller" } },
  "invitation.accept": { access: "public", crossTenant: { publicBecause: "the emailed token is the credential; it names no organisation of the caller" } },
};

let h: Harness;
let fx: Fixtures;

beforeAll(async () => {
  h = await createHarness();
  const [bOnly] = await h.handle.db.insert(users).values({ email: "b-only@karoo.test", name: "B Only", passwordHash: "x" }).returning();
  if (!bOnly) throw new Error("no user");
  await h.handle.db.insert(memberships).values({ orgId: h.seed.secondOrgId, userId: bOnly.id, role: "credit_officer" });
  const orgBOwner = h.callerAs("owner", h.seed.secondOrgId);
  const { invitationId } = await orgBOwner.team.invite({ email: "only-in-b@karoo.test", role: "viewer" });
  const jobs = await orgBOwner.jobs.list({ limit: 10 });
  fx = {
    a: await entitiesOf(h.serviceAs("credit_officer")),
    b: await entitiesOf(h.serviceAs("owner", h.seed.secondOrgId)),
    orgBInvitationId: invitationId,
    orgBOnlyUserId: bOnly.id,
    orgBEmailTo: "only-in-b@karoo.test",
    orgAViewerId: h.seed.users.viewer.id,
    orgBJobIds: jobs.map((job) => job.id),
  };
  if (fx.orgBJobIds.length === 0) throw new Error("organisation B has no job to hide");
});

function codeOf(error: unknown): string | undefined {
  return error instanceof TRPCError ? error.code : undefined;
}

async function outcome(promise: Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; code: string | undefined }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, code: codeOf(error) };
  }
}

describe("access to every procedure", () => {
  it("has a rule for each procedure of the router, and none for procedures that do not exist", () => {
    expect(Object.keys(CASES).sort()).toEqual(procedurePaths());
  });

  it.each(procedurePaths().filter((p) => CASES[p]?.access !== "public"))("%s refuses a signed-out caller with UNAUTHORIZED", async (path) => {
    const result = await outcome(callByPath(h.callerFor(null), path, CASES[path]?.input?.(fx)));
    expect(result).toEqual({ ok: false, code: "UNAUTHORIZED" });
  });

  const orgScoped = procedurePaths().filter((p) => ROLES.some((r) => r === CASES[p]?.access));
  it.each(orgScoped.flatMap((path) => ROLES.map((role) => [path, role] as const)))("%s as %s follows the role ladder", async (path, role) => {
    const rule = CASES[path];
    if (!rule || rule.access === "authed" || rule.access === "public") throw new Error("not org-scoped");
    const result = await outcome(callByPath(h.callerAs(role), path, rule.input?.(fx)));
    if (hasRole(role, rule.access)) expect(result.ok || result.code !== "FORBIDDEN").toBe(true);
    else expect(result).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it.each(procedurePaths().filter((p) => CASES[p]?.access !== "public"))("%s gives an admin of organisation A nothing of organisation B", async (path) => {
    const rule = CASES[path];
    if (!rule || "publicBecause" in rule.crossTenant) throw new Error("public procedure");
    const cross = rule.crossTenant(fx);
    const result = await outcome(callByPath(h.callerAs("admin"), path, cross.input));
    if (cross.expect === "not_found") {
      expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
    } else {
      if (result.ok) expect(cross.expect.leaks(result.value, fx)).toBe(false);
      else expect(result.code).not.toBe("INTERNAL_SERVER_ERROR");
    }
    const [orgB] = await h.handle.db.select().from(organisations).where(eq(organisations.id, h.seed.secondOrgId));
    expect(orgB?.name).toBe("Karoo Credit");
  });

  it("refuses a session whose organisation the user does not belong to (a forged org id)", async () => {
    const forged = h.callerFor({ userId: h.seed.users.admin.id, orgId: h.seed.secondOrgId });
    for (const path of orgScoped) {
      const result = await outcome(callByPath(forged, path, CASES[path]?.input?.(fx)));
      expect(result, path).toEqual({ ok: false, code: "FORBIDDEN" });
    }
  });
});

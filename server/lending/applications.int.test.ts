import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { money } from "@/server/shared/money";
import { createHarness, type Harness } from "@/server/testing/harness";
import { PERSON, publishedProduct, TERM_PRODUCT } from "@/server/testing/lending-fixtures";
import { createBorrower } from "./borrowers";
import { createProduct } from "./products";
import { ZProductConfig } from "./product-input";

let h: Harness;
let productId: string;
let borrowerId: string;
beforeAll(async () => {
  h = await createHarness();
  const svc = h.serviceAs("credit_officer");
  productId = (await publishedProduct(svc)).id;
  borrowerId = (await createBorrower(svc, PERSON)).id;
});

const officer = () => h.callerAs("credit_officer");

describe("creating and updating applications", () => {
  it("fills omitted values with the product's defaults", async () => {
    const app = await officer().applications.create({ borrowerId, productId, customFields: { purpose: "car repairs" } });
    expect(app).toMatchObject({ status: "incomplete", amount: "5000.00", instalments: 18, interestRate: "12", customFields: { purpose: "car repairs" } });
  });

  it.each([
    [{ amount: "50000.01" }, "amount: must be at most 50000 (the product's maximum)"],
    [{ amount: "999.99" }, "amount: must be at least 1000 (the product's minimum)"],
    [{ instalments: 48 }, "instalments: must be at most 36 (the product's maximum)"],
    [{ interestRate: "28.5" }, "interestRate: must be at most 28 (the product's maximum rate, % a year)"],
    [{ amount: "1000.001" }, "amount: must have at most 2 decimals"],
  ])("refuses %o naming the limit", async (values, message) => {
    await expect(officer().applications.create({ borrowerId, productId, ...values })).rejects.toMatchObject({ code: "BAD_REQUEST", message });
  });

  it("takes applications only for published products", async () => {
    const draft = await createProduct(h.serviceAs("credit_officer"), ZProductConfig.parse({ ...TERM_PRODUCT, name: "Draft" }));
    await expect(officer().applications.create({ borrowerId, productId: draft.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("draft") });
  });

  it("never changes the borrower of an application", async () => {
    const app = await officer().applications.create({ borrowerId, productId });
    const other = await createBorrower(h.serviceAs("credit_officer"), { ...PERSON, firstName: "Other" });
    await expect(officer().applications.update({ applicationId: app.id, borrowerId: other.id } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "borrowerId: cannot be changed after an application is created",
    });
    const updated = await officer().applications.update({ applicationId: app.id, amount: "7500", instalments: 12 });
    expect(updated).toMatchObject({ amount: "7500.00", instalments: 12, borrowerId });
  });
});

describe("the application lifecycle", () => {
  it("decides on completion with a reason per rule, reading the borrower's details as they are then", async () => {
    const young = await createBorrower(h.serviceAs("credit_officer"), { ...PERSON, dateOfBirth: "2007-01-01" });
    const app = await officer().applications.create({ borrowerId: young.id, productId });
    const declined = await officer().applications.complete({ applicationId: app.id });
    expect(declined.status).toBe("declined");
    const detail = await officer().applications.get({ applicationId: app.id });
    expect(detail.decisions[0]?.reasons.find((r) => r.rule === "borrower_age")).toEqual({ rule: "borrower_age", passed: false, detail: "17 years old; the organisation lends from 18" });

    // The borrower's record is corrected; reopening and completing again uses the new details.
    await officer().borrowers.update({ borrowerId: young.id, details: { ...PERSON, dateOfBirth: "1990-01-01" } });
    await officer().applications.reopen({ applicationId: app.id });
    const accepted = await officer().applications.complete({ applicationId: app.id });
    expect(accepted.status).toBe("accepted");
    expect((await officer().applications.get({ applicationId: app.id })).decisions).toHaveLength(2);
  });

  it("lets a credit officer override a decision only with a reason, and audits it", async () => {
    const app = await officer().applications.create({ borrowerId, productId });
    await officer().applications.complete({ applicationId: app.id });
    await expect(officer().applications.overrideDecision({ applicationId: app.id, outcome: "declined", reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("reason:") });
    await expect(h.callerAs("viewer").applications.overrideDecision({ applicationId: app.id, outcome: "declined", reason: "affordability concerns" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const overridden = await officer().applications.overrideDecision({ applicationId: app.id, outcome: "declined", reason: "affordability concerns from payslips" });
    expect(overridden.status).toBe("declined");
    const [audit] = await h.handle.db.select().from(auditEvents).where(eq(auditEvents.action, "application.decision_overridden"));
    expect(audit).toMatchObject({ entityId: app.id, actorUserId: h.seed.users.credit_officer.id, after: expect.objectContaining({ overrideReason: "affordability concerns from payslips" }) });
  });

  it("allows each transition only from its states", async () => {
    const app = await officer().applications.create({ borrowerId, productId });
    await expect(officer().applications.reopen({ applicationId: app.id })).rejects.toMatchObject({ code: "CONFLICT", message: "cannot reopen it: the application is incomplete" });
    await expect(officer().applications.overrideDecision({ applicationId: app.id, outcome: "accepted", reason: "no decision yet to override" })).rejects.toMatchObject({ code: "CONFLICT" });
    await officer().applications.withdraw({ applicationId: app.id });
    await expect(officer().applications.withdraw({ applicationId: app.id })).rejects.toMatchObject({ message: "cannot withdraw it: the application is withdrawn" });
    await expect(officer().applications.complete({ applicationId: app.id })).rejects.toMatchObject({ message: "cannot complete it: the application is withdrawn" });
    await expect(officer().applications.update({ applicationId: app.id, amount: "6000" })).rejects.toMatchObject({ code: "CONFLICT" });
    await officer().applications.reopen({ applicationId: app.id });
    const accepted = await officer().applications.complete({ applicationId: app.id });
    expect(accepted.status).toBe("accepted");
    await officer().applications.withdraw({ applicationId: app.id });
  });

  it("freezes an application once its loan account exists", async () => {
    const app = await officer().applications.create({ borrowerId, productId });
    await officer().applications.complete({ applicationId: app.id });
    await officer().loans.open({ applicationId: app.id });
    await expect(officer().loans.open({ applicationId: app.id })).rejects.toMatchObject({ code: "CONFLICT" });
    for (const action of ["withdraw", "reopen"] as const) {
      await expect(officer().applications[action]({ applicationId: app.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("linked to a loan account") });
    }
    await expect(officer().applications.overrideDecision({ applicationId: app.id, outcome: "declined", reason: "too late to change" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("opens loan accounts only for accepted applications", async () => {
    const app = await officer().applications.create({ borrowerId, productId });
    await expect(officer().loans.open({ applicationId: app.id })).rejects.toMatchObject({ message: "cannot open a loan account (it must be accepted): the application is incomplete" });
  });
});

describe("listing applications", () => {
  it("filters by several statuses separated by commas, pages and sorts", async () => {
    const all = await officer().applications.list({ limit: 100 });
    const byStatus = await officer().applications.list({ status: "accepted,declined", limit: 100 });
    expect(byStatus.applications.every((a) => a.status === "accepted" || a.status === "declined")).toBe(true);
    expect(byStatus.total).toBe(all.applications.filter((a) => a.status === "accepted" || a.status === "declined").length);
    const page1 = await officer().applications.list({ limit: 2, offset: 0, sort: "amount", direction: "desc" });
    const page2 = await officer().applications.list({ limit: 2, offset: 2, sort: "amount", direction: "desc" });
    expect(page1.applications).toHaveLength(2);
    expect(page1.total).toBe(all.total);
    expect(money(page1.applications[1]?.amount ?? "0").gte(money(page2.applications[0]?.amount ?? "0"))).toBe(true);
    expect((await officer().applications.list({})).limit).toBe(20);
    await expect(officer().applications.list({ status: "accepted,bogus" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("status.1") });
    const byBorrower = await officer().applications.list({ borrowerId, productId: productId, limit: 100 });
    expect(byBorrower.applications.every((a) => a.borrowerId === borrowerId)).toBe(true);
  });
});

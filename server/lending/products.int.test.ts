import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { createHarness, type Harness } from "@/server/testing/harness";
import { REVOLVING_PRODUCT, TERM_PRODUCT } from "@/server/testing/lending-fixtures";
import { buildSchedule } from "./schedule";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});

describe("credit products", () => {
  it("refuses a bad configuration with a message per field, and stores nothing", async () => {
    const officer = h.callerAs("credit_officer");
    await expect(
      officer.products.create({ ...TERM_PRODUCT, amountDefault: "60000", interestDefault: "30", graceOnPrincipal: 3, fees: [{ name: "x", type: "percent", amount: "150", event: "arrears" }] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("amountDefault: must be between amountMin (1000) and amountMax (50000)"),
    });
    // Bypass the client's types on purpose: a partner's JSON can say anything.
    const unchecked: unknown = { ...TERM_PRODUCT, instalmentsDefault: null, repaymentFrequency: "fortnights" };
    const error = await officer.products.create(unchecked as typeof TERM_PRODUCT).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String(error)).toMatch(/repaymentFrequency/);
    expect(await officer.products.list({})).toEqual([]);
  });

  it("goes draft → published; a published product cannot change but can be copied", async () => {
    const officer = h.callerAs("credit_officer");
    const draft = await officer.products.create(TERM_PRODUCT);
    expect(draft.status).toBe("draft");
    const edited = await officer.products.update({ productId: draft.id, config: { ...TERM_PRODUCT, name: "Personal loan (edited)" } });
    expect(edited.name).toBe("Personal loan (edited)");
    const published = await officer.products.publish({ productId: draft.id });
    expect(published.status).toBe("published");
    await expect(officer.products.update({ productId: draft.id, config: TERM_PRODUCT })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "cannot update it (copy it into a new draft instead): the product is published",
    });
    await expect(officer.products.publish({ productId: draft.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const copy = await officer.products.copy({ productId: draft.id });
    expect(copy).toMatchObject({ status: "draft", name: "Copy of Personal loan (edited)", copiedFromId: draft.id, amountMax: "50000" });
    const actions = await h.handle.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, draft.id)));
    expect(actions.map((a) => a.action)).toEqual(["product.created", "product.updated", "product.published"]);
  });

  it("previews the default loan's schedule with the same engine real loans use", async () => {
    const preview = await h.callerAs("viewer").products.previewSchedule(TERM_PRODUCT);
    expect(preview.disbursementDate).toBe("2024-03-01");
    const expected = buildSchedule({
      principal: "5000",
      annualInterestRate: "12",
      numberOfInstalments: 18,
      disbursementDate: "2024-03-01",
      firstRepaymentDate: "2024-04-01",
      repaymentDay: 1,
      instalmentAmountInMultiplesOf: "1",
    });
    expect(preview.schedule?.totals).toEqual(expected.totals);
    expect(preview.schedule?.instalments[0]).toMatchObject({ dueDate: "2024-04-01", principal: "255.00", interest: "50.00", total: "305.00" });
    const revolving = await h.callerAs("viewer").products.previewSchedule(REVOLVING_PRODUCT);
    expect(revolving.schedule).toBeNull();
  });

  it("requires the revolving settings of a revolving product", async () => {
    await expect(h.callerAs("credit_officer").products.create({ ...REVOLVING_PRODUCT, statementDay: null, minimumPaymentPercent: null })).rejects.toMatchObject({
      message: expect.stringMatching(/statementDay: is required for revolving credit.*minimumPaymentPercent: is required/),
    });
  });
});

describe("malformed amounts", () => {
  it("get a field error, not a server error", async () => {
    const error = await h.callerAs("credit_officer").products.create({ ...TERM_PRODUCT, amountMax: "", interestDefault: "twelve" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/amountMax: must be a decimal number written as a string.*interestDefault: must be a percentage written as a string/) });
    await expect(h.callerAs("credit_officer").applications.create({ borrowerId: "00000000-0000-4000-8000-000000000000", productId: "00000000-0000-4000-8000-000000000000", amount: "1,000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "amount: must be a decimal number written as a string",
    });
  });
});

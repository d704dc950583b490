import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, bankAccounts, bankImports, bankTransactions } from "@/db/schema";
import { createBorrower } from "@/server/lending/borrowers";
import { createHarness, type Harness } from "@/server/testing/harness";
import { PERSON } from "@/server/testing/lending-fixtures";
import { fixturePath } from "./test-support/fixtures";

let h: Harness;
let borrowerId: string;
const officer = () => h.callerAs("credit_officer");
const file = (relative: string) => readFileSync(fixturePath(relative)).toString("base64");

async function counts() {
  const [imports] = await h.handle.db.select({ n: count() }).from(bankImports);
  const [accounts] = await h.handle.db.select({ n: count() }).from(bankAccounts);
  const [transactions] = await h.handle.db.select({ n: count() }).from(bankTransactions);
  return { imports: imports?.n, accounts: accounts?.n, transactions: transactions?.n };
}

beforeAll(async () => {
  h = await createHarness();
  borrowerId = (await createBorrower(h.serviceAs("credit_officer"), PERSON)).id;
});

describe("importing bank files", () => {
  it("imports the seed's BYOD JSON, labels every transaction with a reason, and de-duplicates a re-import", async () => {
    const first = await officer().bankData.import({ borrowerId, fileName: "byod-za.json", contentBase64: file("samples/byod-za.json") });
    expect(first).toMatchObject({ format: "byod_json", accounts: 1, transactionsDuplicate: 0 });
    expect(first.transactionsAdded).toBe(10);
    const again = await officer().bankData.import({ borrowerId, fileName: "byod-za.json", contentBase64: file("samples/byod-za.json") });
    expect(again).toMatchObject({ transactionsAdded: 0, transactionsDuplicate: first.transactionsAdded });
    const { transactions } = await officer().bankData.transactions({ borrowerId });
    expect(transactions).toHaveLength(first.transactionsAdded);
    expect(transactions.every((t) => t.reasonText.length > 0 && t.reasonRuleId !== "pending")).toBe(true);
    expect(transactions.find((t) => t.description.startsWith("SALARY ACME"))).toMatchObject({ label: "salary", amount: "15250" });
  });

  it("imports Algoan and Budget Insight personas, a CSV with a confirmed mapping, and OFX", async () => {
    const algoan = await officer().bankData.import({ borrowerId, fileName: "harry_potter.json", contentBase64: file("algoan-personas/fr/harry_potter.json") });
    expect(algoan.format).toBe("algoan_json");
    const bi = await officer().bankData.import({ borrowerId, fileName: "lara_croft.json", contentBase64: file("algoan-personas/budget-insight-format/lara_croft.json") });
    expect(bi.format).toBe("budget_insight_json");
    const ofx = await officer().bankData.import({ borrowerId, fileName: "current.ofx", contentBase64: file("samples/current-account-ofx220.ofx") });
    expect(ofx.format).toBe("ofx");

    const csv = readFileSync(fixturePath("samples/za-bank-statement.csv"), "utf8");
    const layout = await officer().bankData.previewCsv({ sample: csv.slice(0, 4000) });
    expect(layout.mapping).not.toBeNull();
    expect(layout.dateFormat).toBe("DD/MM/YYYY");
    const imported = await officer().bankData.import({
      borrowerId,
      fileName: "statement.csv",
      contentBase64: Buffer.from(csv).toString("base64"),
      format: "csv",
      csvMapping: layout.mapping ?? undefined,
      csvAccount: { number: "62001234567", name: "Cheque account", type: "current", currency: "ZAR" },
    });
    expect(imported).toMatchObject({ format: "csv", accounts: 1 });
    const accounts = await officer().bankData.accounts({ borrowerId });
    expect(accounts.find((a) => a.number === "62001234567")).toMatchObject({ currency: "ZAR", transactionCount: imported.transactionsAdded, coverageFrom: "2024-01-01" });
  });

  it("refuses an unreadable file naming where and why, and stores nothing of it", async () => {
    const before = await counts();
    const broken = Buffer.from(JSON.stringify({ accounts: [{ account_number: "1", currency: "ZAR", transactions: [{ datetime: "2024-01-01", amount: "lots", description: "x" }] }] })).toString("base64");
    await expect(officer().bankData.import({ borrowerId, fileName: "broken.json", contentBase64: broken })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^file: broken\.json, accounts\[0\]\.transactions\[0\]\.amount: /),
    });
    const unknownCurrency = Buffer.from(JSON.stringify({ accounts: [{ account_number: "2", currency: "XYZ", transactions: [] }] })).toString("base64");
    await expect(officer().bankData.import({ borrowerId, fileName: "currency.json", contentBase64: unknownCurrency })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("XYZ") });
    expect(await counts()).toEqual(before);
  });

  it("filters transactions, pages them and exports the same rows as CSV", async () => {
    const salary = await officer().bankData.transactions({ borrowerId, label: "salary", limit: 200 });
    expect(salary.total).toBeGreaterThan(0);
    expect(salary.transactions.every((t) => t.label === "salary")).toBe(true);
    const page = await officer().bankData.transactions({ borrowerId, limit: 5, offset: 5 });
    expect(page.transactions).toHaveLength(5);
    const csv = await officer().bankData.exportCsv({ borrowerId, label: "salary" });
    expect(csv.trim().split("\n")).toHaveLength(salary.total + 1);
    await expect(officer().bankData.transactions({ borrowerId, month: "2024-13" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "month: must be a month as YYYY-MM" });
    // An analysis drills down by ids: exactly those among the borrower's transactions; unknown ids add nothing.
    const picked = page.transactions.slice(0, 2).map((t) => t.id);
    const byIds = await officer().bankData.transactions({ borrowerId, transactionIds: [...picked, "00000000-0000-4000-8000-000000000000"] });
    expect(byIds.transactions.map((t) => t.id).sort()).toEqual([...picked].sort());
    expect(byIds.total).toBe(2);
  });
});

describe("statements summary", () => {
  it("summarises every account with the primary income and its usual day", async () => {
    const summary = await officer().bankData.statements({ borrowerId });
    expect(summary?.accounts_summary.length).toBe((await officer().bankData.accounts({ borrowerId })).length);
    expect(summary?.accounts_summary.every((a) => typeof a.number_of_credit_transactions === "number")).toBe(true);
  });
});

describe("labels: overrides and organisation rules", () => {
  it("lets an officer override one label and clear it again, audited", async () => {
    const { transactions } = await officer().bankData.transactions({ borrowerId, label: "groceries", limit: 1 });
    const target = transactions[0];
    if (!target) throw new Error("no groceries transaction to override");
    await officer().bankData.overrideLabel({ transactionId: target.id, label: "dining", note: "restaurant, not a supermarket" });
    const [after] = await h.handle.db.select().from(bankTransactions).where(eq(bankTransactions.id, target.id));
    expect(after).toMatchObject({ label: "dining", reasonSource: "override" });
    await officer().bankData.clearOverride({ transactionId: target.id });
    const [cleared] = await h.handle.db.select().from(bankTransactions).where(eq(bankTransactions.id, target.id));
    expect(cleared?.label).toBe("groceries");
    const audit = await h.handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, target.id));
    expect(audit.map((a) => a.action)).toEqual(["bank_data.label_overridden", "bank_data.label_override_cleared"]);
  });

  it("tests a rule without applying it, then saves and applies it, and refuses unsafe patterns", async () => {
    const rule = { name: "Rental agent", pattern: "RENTAL PROPERTY MGMT", label: "mortgage", priority: 100, appliesTo: "debit" as const };
    const preview = await officer().bankRules.test(rule);
    expect(preview.matchCount).toBeGreaterThan(0);
    expect(preview.matches[0]).toMatchObject({ before: "rent", after: "mortgage", changed: true });
    const stillRent = await officer().bankData.transactions({ borrowerId, search: "RENTAL PROPERTY", limit: 200 });
    expect(stillRent.transactions.every((t) => t.label === "rent")).toBe(true);

    const { rule: saved, relabelled } = await officer().bankRules.create(rule);
    expect(relabelled).toBe(preview.changeCount);
    const now = await officer().bankData.transactions({ borrowerId, search: "RENTAL PROPERTY", limit: 200 });
    expect(now.transactions.every((t) => t.label === "mortgage" && t.reasonSource === "organisation")).toBe(true);

    await expect(officer().bankRules.create({ ...rule, pattern: "(unclosed" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^pattern: /) });
    await expect(officer().bankRules.test({ ...rule, pattern: "(a+)+$" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^pattern: /) });
    await expect(h.callerAs("viewer").bankRules.create(rule)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await officer().bankRules.delete({ ruleId: saved?.id ?? "" });
    const back = await officer().bankData.transactions({ borrowerId, search: "RENTAL PROPERTY", limit: 200 });
    expect(back.transactions.every((t) => t.label === "rent")).toBe(true);
  });
});

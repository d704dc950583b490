import { describe, expect, it } from "vitest";
import { addDays } from "@/server/shared/dates";
import { analyseBankData } from "./analyse-bank-data";
import type { AnalysisAccount } from "./input";
import { currentAccount, Series } from "./test-support/series";

/** `count` small debits spread over `days` days from 2025-01-01 on account `accountId`. */
function spread(count: number, days: number, accountId = "acc-1") {
  const s = new Series(accountId);
  for (let i = 0; i < count; i++) s.add(addDays("2025-01-01", Math.round((i * (days - 1)) / Math.max(1, count - 1))), "-1.00", "shopping", { id: `${accountId}-${i}` });
  return s.transactions;
}

function codeOf(accounts: AnalysisAccount[], transactions = spread(20, 60)) {
  const result = analyseBankData({ accounts, transactions, asOf: "2025-12-31" });
  return result.status === "error" ? result.error.code : "completed";
}

describe("data-quality gate", () => {
  it("passes one current account with 20 transactions over 60 days", () => {
    expect(codeOf([currentAccount()])).toBe("completed");
  });

  it("refuses 19 transactions, or 20 over 59 days", () => {
    expect(codeOf([currentAccount()], spread(19, 60))).toBe("not_enough_transactions");
    expect(codeOf([currentAccount()], spread(20, 59))).toBe("not_enough_history");
  });

  it("refuses data without a current account, with only professional ones, or only under power of attorney", () => {
    expect(codeOf([currentAccount({ type: "savings" })])).toBe("no_checking_account");
    expect(codeOf([currentAccount({ usage: "professional" })])).toBe("usage_not_supported");
    expect(codeOf([currentAccount({ ownership: "ATTORNEY" })])).toBe("ownership_not_supported");
  });

  it("counts only transactions up to the analysis date", () => {
    const result = analyseBankData({ accounts: [currentAccount()], transactions: spread(20, 60), asOf: "2025-02-01" });
    expect(result.status === "error" && result.error.code).toBe("not_enough_transactions");
  });

  it("analyses every eligible current account in the main currency and leaves the others out with a warning", () => {
    const accounts = [currentAccount(), currentAccount({ id: "acc-2" }), currentAccount({ id: "acc-usd", currency: "USD" }), currentAccount({ id: "acc-sav", type: "savings" })];
    const transactions = [...spread(30, 90), ...spread(3, 10, "acc-2"), ...spread(25, 90, "acc-usd"), ...spread(5, 10, "acc-sav")];
    const result = analyseBankData({ accounts, transactions, asOf: "2025-12-31" });
    if (result.status !== "completed") throw new Error(result.error.message);
    expect(result.currency).toBe("EUR");
    expect(result.data_quality.analysed_account_ids).toEqual(["acc-1", "acc-2"]);
    expect(result.data_quality.warnings.map((w) => w.account_id)).toEqual(["acc-usd"]);
    expect(result.statements.accounts_summary.map((a) => [a.account, a.is_analysed, a.total_transactions])).toEqual([
      ["acc-1", true, 30],
      ["acc-2", true, 3],
      ["acc-usd", false, 25],
      ["acc-sav", false, 5],
    ]);
  });

  it("reports malformed input as invalid_input instead of throwing", () => {
    const bad = spread(20, 60).map((t, i) => (i === 3 ? { ...t, amount: "12,50" } : t));
    const result = analyseBankData({ accounts: [currentAccount()], transactions: bad, asOf: "2025-12-31" });
    expect(result).toMatchObject({ status: "error", error: { code: "invalid_input", message: "transaction acc-1-3: amount is not a decimal amount" } });
    expect(analyseBankData({ accounts: [currentAccount()], transactions: [], asOf: "31/12/2025" })).toMatchObject({ error: { code: "invalid_input" } });
  });
});

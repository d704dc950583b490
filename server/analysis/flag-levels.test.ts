import { describe, expect, it } from "vitest";
import { analyseBankData, type AnalysisResult } from "./analyse-bank-data";
import { levelFlags, type FlagLevel, type FlagThresholds } from "./flag-levels";
import { generateSouthAfricanProfile } from "./test-support/south-african-profile";

/**
 * The generated South African profile (six months, bets twice a month, one returned debit order in
 * May, a few days in overdraft): its facts coloured with different organisation thresholds. Red must be
 * exactly what the decision rules refuse.
 */
const profile = generateSouthAfricanProfile();
const analysed = analyseBankData({ accounts: profile.accounts, transactions: profile.transactions, asOf: "2025-06-30" });
if (analysed.status !== "completed") throw new Error("the profile must pass the gate");
const result: AnalysisResult = analysed;

const OFF: FlagThresholds = { minimumAffordability: null, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null };

function flag(levels: readonly FlagLevel[], key: string): FlagLevel {
  const found = levels.find((l) => l.key === key);
  if (!found) throw new Error(`no flag ${key}`);
  return found;
}

const affordability = result.affordability.average_full_month_affordability ?? "0";
const gamblingShare = result.risk_insights.risk_insights.gambling_insights.monthly_average_gambling_proportion ?? 0;
const health = result.health_score.final_financial_health_score;

describe("levelFlags", () => {
  it("lists the four threshold flags first, then the signals, each with its definition", () => {
    const levels = levelFlags(result, OFF);
    expect(levels.map((l) => l.key)).toEqual([
      "affordability",
      "gambling_share",
      "returned_debits_3m",
      "health_score",
      "overdraft_days",
      "ssi",
      "net_saver_spender",
      "overdraft_fees",
      "payment_rejection_fees",
      "debt_collection",
      "account_seizure",
      "wage_advance",
    ]);
    expect(levels.slice(0, 4).every((l) => l.group === "threshold")).toBe(true);
    expect(levels.every((l) => l.definition.length > 20)).toBe(true);
  });

  it("without thresholds: adverse facts are amber, absent ones green, the health score neutral", () => {
    const levels = levelFlags(result, OFF);
    expect(flag(levels, "affordability")).toMatchObject({ tone: "green", threshold: null, value: { kind: "money", amount: affordability } });
    expect(flag(levels, "gambling_share")).toMatchObject({ tone: "amber", value: { kind: "share", ratio: gamblingShare } });
    expect(flag(levels, "gambling_share").transactionIds).toHaveLength(12);
    expect(flag(levels, "health_score")).toMatchObject({ tone: "neutral", value: { kind: "score", score: health } });
    const overdraft = result.risk_insights.risk_insights.overdraft_insights;
    expect(overdraft.total_days_in_overdraft).toBeGreaterThan(0);
    expect(flag(levels, "overdraft_days")).toMatchObject({ tone: "amber", value: { kind: "count", count: overdraft.total_days_in_overdraft }, transactionIds: overdraft.transaction_ids });
    expect(flag(levels, "ssi")).toMatchObject({ tone: "neutral", value: { kind: "money", amount: "530.00" } });
    expect(flag(levels, "debt_collection")).toMatchObject({ tone: "green", verdict: "None" });
    expect(flag(levels, "payment_rejection_fees")).toMatchObject({ tone: "amber", value: { kind: "money", amount: "120.00" } });
  });

  it("returned debits: the 3-month count against the maximum, drilling down to the returns and the debits they returned", () => {
    const returned = result.risk_insights.risk_insights.returned_debit_orders_insights;
    expect(returned.last_3_months_count).toBe(1);
    const at = flag(levelFlags(result, { ...OFF, maximumReturnedDebits3m: 1 }), "returned_debits_3m");
    expect(at).toMatchObject({ tone: "amber", verdict: "At the maximum", threshold: { rule: "maximum", figure: { kind: "count", count: 1 } } });
    expect(at.transactionIds).toEqual([...returned.transaction_ids, ...returned.returned_transaction_ids]);
    expect(flag(levelFlags(result, { ...OFF, maximumReturnedDebits3m: 0 }), "returned_debits_3m").tone).toBe("red");
    expect(flag(levelFlags(result, { ...OFF, maximumReturnedDebits3m: 3 }), "returned_debits_3m").tone).toBe("green");
  });

  it.each([
    { name: "below the minimum", minimum: (a: number) => a + 0.01, tone: "red" },
    { name: "exactly the minimum (passes, close)", minimum: (a: number) => a, tone: "amber" },
    { name: "within 10 % above the minimum", minimum: (a: number) => a * 0.95, tone: "amber" },
    { name: "well above the minimum", minimum: (a: number) => a / 2, tone: "green" },
  ])("affordability $name → $tone", ({ minimum, tone }) => {
    const levels = levelFlags(result, { ...OFF, minimumAffordability: minimum(Number(affordability)).toFixed(2) });
    expect(flag(levels, "affordability").tone).toBe(tone);
  });

  it.each([
    { name: "above the maximum", maximum: (s: number) => s - 0.0001, tone: "red" },
    { name: "at the maximum", maximum: (s: number) => s, tone: "amber" },
    { name: "well under the maximum", maximum: (s: number) => s * 3, tone: "green" },
  ])("gambling share $name → $tone", ({ maximum, tone }) => {
    const levels = levelFlags(result, { ...OFF, maximumGamblingShare: maximum(gamblingShare).toFixed(4) });
    expect(flag(levels, "gambling_share")).toMatchObject({ tone, threshold: { rule: "maximum" } });
  });

  it.each([
    { minimum: health + 1, tone: "red" },
    { minimum: health, tone: "amber" },
    { minimum: health - 9, tone: "amber" },
    { minimum: health - 10, tone: "green" },
  ])("health score against a minimum of $minimum → $tone", ({ minimum, tone }) => {
    expect(flag(levelFlags(result, { ...OFF, minimumHealthScore: minimum }), "health_score").tone).toBe(tone);
  });

  it("an affordability with no full month fails a minimum, as the decision rule does", () => {
    const partial: AnalysisResult = { ...result, affordability: { ...result.affordability, average_full_month_affordability: null } };
    expect(flag(levelFlags(partial, { ...OFF, minimumAffordability: "0" }), "affordability")).toMatchObject({ tone: "red" });
    expect(flag(levelFlags(partial, OFF), "affordability")).toMatchObject({ tone: "amber" });
  });

  it("a net spender is amber, a debt collector payment red", () => {
    const risk = result.risk_insights;
    const spender: AnalysisResult = {
      ...result,
      risk_insights: {
        ...risk,
        risk_insights: { ...risk.risk_insights, net_saver_spender_insights: { ...risk.risk_insights.net_saver_spender_insights, net_saver_spender: "net_spender" } },
        flags: risk.flags.map((f) => (f.code === "debt_collection" ? { ...f, present: true, value: "500.00", transaction_ids: ["t-1"] } : f)),
      },
    };
    const levels = levelFlags(spender, OFF);
    expect(flag(levels, "net_saver_spender")).toMatchObject({ title: "Net spender", tone: "amber" });
    expect(flag(levels, "debt_collection")).toMatchObject({ tone: "red", value: { kind: "money", amount: "500.00" }, transactionIds: ["t-1"] });
  });
});

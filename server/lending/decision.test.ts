import { describe, expect, it } from "vitest";
import { ageOn, decideApplication, type DecisionFacts } from "./decision";

const base: DecisionFacts = {
  asOf: "2024-03-01",
  product: { type: "term_loan", amountMin: "1000", amountMax: "50000", interestMax: "28", instalmentsMin: 3, instalmentsMax: 24 },
  application: { amount: "12000", interestRate: "24", instalments: 12 },
  borrower: { kind: "person", dateOfBirth: "1990-05-17", nationalIdNumber: "9005175800083", registrationNumber: null },
  rules: { minimumBorrowerAge: 18, maximumBorrowerAge: null },
};

describe("decideApplication", () => {
  it("accepts when every rule passes, with a reason for each", () => {
    const decision = decideApplication(base);
    expect(decision.outcome).toBe("accepted");
    expect(decision.reasons.map((r) => r.rule)).toEqual(["amount_within_limits", "interest_within_limit", "instalments_within_limits", "borrower_age", "identity_recorded"]);
  });

  it.each([
    ["amount above the maximum", { application: { ...base.application, amount: "50000.01" } }, "amount_within_limits"],
    ["rate above the maximum", { application: { ...base.application, interestRate: "28.5" } }, "interest_within_limit"],
    ["too many instalments", { application: { ...base.application, instalments: 36 } }, "instalments_within_limits"],
    ["a borrower of 17", { borrower: { ...base.borrower, dateOfBirth: "2006-03-02" } }, "borrower_age"],
    ["no date of birth", { borrower: { ...base.borrower, dateOfBirth: null } }, "borrower_age"],
    ["no ID number", { borrower: { ...base.borrower, nationalIdNumber: null } }, "identity_recorded"],
  ])("declines %s and says which rule failed", (_, change, rule) => {
    const decision = decideApplication({ ...base, ...change });
    expect(decision.outcome).toBe("declined");
    expect(decision.reasons.filter((r) => !r.passed).map((r) => r.rule)).toEqual([rule]);
  });

  it("counts age in whole years, birthday included", () => {
    expect(ageOn("2006-03-01", "2024-03-01")).toBe(18);
    expect(ageOn("2006-03-02", "2024-03-01")).toBe(17);
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(17);
    expect(ageOn("2004-02-29", "2022-03-01")).toBe(18);
  });

  it("judges a business by its registration, not an age", () => {
    const decision = decideApplication({ ...base, borrower: { kind: "business", dateOfBirth: null, nationalIdNumber: null, registrationNumber: "2015/123456/07" } });
    expect(decision.outcome).toBe("accepted");
    expect(decision.reasons.some((r) => r.rule === "borrower_age")).toBe(false);
  });
});

describe("bank-data rules", () => {
  const analysed = { asOf: "2024-02-29", averageAffordability: "4418.93", gamblingShare: "0.0189", returnedDebits3m: 1, healthScore: 84 };
  const strict = { ...base.rules, minimumAffordability: "2000", requireAffordabilityCoversInstalment: true, maximumGamblingShare: "0.05", maximumReturnedDebits3m: 0, minimumHealthScore: 60 };

  it("are off until the organisation sets a threshold", () => {
    expect(decideApplication({ ...base, bankData: null, instalment: "1134.00" }).reasons.some((r) => r.rule.startsWith("bank") || r.rule.includes("afford"))).toBe(false);
  });

  it("need a completed analysis once a threshold is set", () => {
    const decision = decideApplication({ ...base, rules: strict, bankData: null, instalment: "1134.00" });
    expect(decision.outcome).toBe("declined");
    expect(decision.reasons.at(-1)).toMatchObject({ rule: "bank_data_analysed", passed: false });
  });

  it("judge affordability, the instalment, gambling, returned debits and health against the thresholds", () => {
    const decision = decideApplication({ ...base, rules: strict, bankData: analysed, instalment: "1134.00" });
    expect(decision.reasons.filter((r) => !r.passed).map((r) => r.rule)).toEqual(["returned_debits_3_months"]);
    const poorer = decideApplication({ ...base, rules: strict, bankData: { ...analysed, returnedDebits3m: 0 }, instalment: "4418.94" });
    expect(poorer.reasons.filter((r) => !r.passed).map((r) => r.rule)).toEqual(["affordability_covers_instalment"]);
    expect(decideApplication({ ...base, rules: strict, bankData: { ...analysed, returnedDebits3m: 0 }, instalment: "4418.93" }).outcome).toBe("accepted");
  });
});

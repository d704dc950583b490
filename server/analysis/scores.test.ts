import { describe, expect, it } from "vitest";
import { Money } from "@/server/shared/money";
import { computeCreditScore } from "./credit-score";
import { computeHealthScore } from "./health-score";
import type { ScoreInputs } from "./score-inputs";
import { pointsFor, AFFORDABILITY_POINTS, FEE_POINTS } from "./score-tables";
import { CREDIT_SCORE_MODEL } from "./version";

const m = (value: string) => new Money(value);

/** A steady borrower: income 2000, spending 1500 of which 1000 fixed and 300 debt, 900 on average in the account. */
const steady: ScoreInputs = {
  averageIncome: m("2000"),
  averageAffordability: m("500"),
  averageSpend: m("1500"),
  averageNonDiscretionary: m("1000"),
  averageDebt: m("300"),
  incomeIndicator: 80,
  averageDailyBalance: m("900"),
  savingsMonths: 2,
  fullMonths: 3,
  runningDebt: m("300"),
  debtServiceRatio: 0.15,
  hasDebtCollection: false,
  hasAccountSeizure: false,
  hasWageAdvance: false,
  drawdownCount: 0,
  punitiveFeeCount: 1,
  returnedCount: 0,
  windowMonths: 3,
  overdraftShare: 0.05,
  gamblingShare: 0.02,
  balanceChange: m("600"),
};

describe("health score points model", () => {
  it("reads each table and weighs the six scores", () => {
    expect(computeHealthScore(steady)).toEqual({
      affordability_score: 85, // 500 / 2000 = 0.25 ≥ 0.20
      income_score: 80,
      expense_score: 70, // 1500 / 2000 = 0.75 ≤ 0.80
      liquidity_savings_score: 85, // 900 / 1500 = 0.6 months ≥ 0.5 → 75, saves 2 of 3 months → + 10
      debt_score: 75, // debt-service ratio 0.15 ≤ 0.20
      fee_score: 75, // 1 event over 3 months = 0.33 a month < 0.5
      // 0.25 × 85 + 0.2 × 80 + 0.15 × 70 + 0.15 × 85 + 0.15 × 75 + 0.1 × 75 = 79.25
      final_financial_health_score: 79,
      inputs: { affordability_ratio: 0.25, expense_ratio: 0.75, buffer_months: 0.6, saves_regularly: true, debt_service_ratio: 0.15, failure_events_per_month: 0.33 },
    });
  });

  it("takes penalties off the debt score and scores no income at zero", () => {
    const distressed = computeHealthScore({ ...steady, hasAccountSeizure: true, hasWageAdvance: true, drawdownCount: 3 });
    // 75 − 40 − 15 − 2 × 10 = 0.
    expect(distressed.debt_score).toBe(0);
    const noIncome = computeHealthScore({ ...steady, averageIncome: null });
    expect([noIncome.affordability_score, noIncome.expense_score]).toEqual([0, 0]);
  });

  it("reads tables top-down at their boundaries", () => {
    expect(pointsFor(AFFORDABILITY_POINTS, 0.3)).toBe(100);
    expect(pointsFor(AFFORDABILITY_POINTS, 0.2999)).toBe(85);
    expect(pointsFor(AFFORDABILITY_POINTS, -0.5)).toBe(0);
    expect([0, 0.49, 0.5, 1.99, 2].map((rate) => pointsFor(FEE_POINTS, rate))).toEqual([100, 75, 50, 25, 0]);
  });
});

describe("internal credit score", () => {
  it("is 500 + 50 × living standard + 30 × budget management + 20 × financial evolution", () => {
    const score = computeCreditScore(steady);
    // Remainder to live (2000 − 1000 − 300) / 2000 = 0.35 → +3. Budget: +5 − 1 (overdraft days) − 1 (one fee) = 3.
    // Evolution: +600 over 3 months = 200 a month, 0.1 of income → +5.
    expect(score).toEqual({
      model: CREDIT_SCORE_MODEL,
      version: "internal-1.0.0",
      value: 840,
      indicators: { living_standard: 3, budget_management: 3, financial_evolution: 5 },
      inputs: { remainder_to_live_ratio: 0.35, monthly_balance_change_ratio: 0.1 },
    });
    expect(CREDIT_SCORE_MODEL).toBe("internal model");
  });

  it("bottoms out at 0 and tops out at 1000", () => {
    const worst = computeCreditScore({
      ...steady,
      averageIncome: null,
      overdraftShare: 0.5,
      returnedCount: 4,
      punitiveFeeCount: 5,
      gamblingShare: 0.3,
      hasAccountSeizure: true,
      hasWageAdvance: true,
      balanceChange: null,
    });
    // No income: living −5, evolution unknown (0); budget 5 − 3 − 2 − 2 − 2 − 3 − 1 → clamped −5.
    expect(worst.indicators).toEqual({ living_standard: -5, budget_management: -5, financial_evolution: 0 });
    expect(worst.value).toBe(100);
    const best = computeCreditScore({ ...steady, averageNonDiscretionary: m("500"), averageDebt: m("0"), overdraftShare: 0, punitiveFeeCount: 0, gamblingShare: 0 });
    expect(best.value).toBe(1000);
  });
});

import { describe, expect, it } from "vitest";
import { analyseCompleted, currentAccount, Series, SMALL_SERIES } from "./test-support/series";

/**
 * A salary of 3000.00 on the 25th, January to June 2025, with April missed; rent of 900.00 on
 * the 1st of every month; a 5.00 fee on 30 June closes the window. The window is 1 January to
 * 30 June: six full months.
 */
function missedMonthSeries(): Series {
  const s = new Series();
  s.monthly("2025-01-25", 6, "3000.00", "salary", { counterparty: "ACME LTD" }, [3]);
  s.monthly("2025-01-01", 6, "-900.00", "rent", { counterparty: "LANDLORD" });
  s.add("2025-06-30", "-5.00", "bank_fees", { counterparty: "BANK" });
  return s;
}

describe("income analysis on a salary on the 25th with one missed month", () => {
  const result = analyseCompleted([currentAccount()], missedMonthSeries().transactions, "2025-06-30", SMALL_SERIES);
  const income = result.income_analysis;

  it("finds the salary stream as primary income, paid on the 25th", () => {
    expect(income.primary_income?.counterparty).toBe("ACME LTD");
    expect(income.primary_income?.periodicity).toBe("monthly");
    expect(income.strike_date).toBe(25);
    expect(result.statements.primary_income_day).toBe(25);
  });

  it("counts the missed month as a break and scores longevity 5/6 and regularity 3/4", () => {
    expect(income.months_back).toBe(6);
    expect(income.assessed_months).toBe(6);
    expect(income.income_month_breaks).toBe(1);
    expect(income.break_months).toEqual(["2025-04"]);
    // 100 × 5 / 6 = 83.3 → 83.
    expect(income.longevity_score).toBe(83);
    // Gaps 31, 28, 61, 31 days: the median 31 is monthly; 3 of 4 gaps in 26–35 days.
    expect(income.regularity_score).toBe(75);
    // Five equal amounts: coefficient of variation 0.
    expect(income.consistency_score).toBe(100);
    // 0.4 × 100 + 0.3 × 83 + 0.3 × 75 = 87.4.
    expect(income.income_indicator).toBe(87);
  });

  it("maps every month to its primary income, April at zero", () => {
    expect(income.income_heatmap).toEqual({
      "2025-01": "3000.00",
      "2025-02": "3000.00",
      "2025-03": "3000.00",
      "2025-04": "0.00",
      "2025-05": "3000.00",
      "2025-06": "3000.00",
    });
  });

  it("averages the primary income over the six full months, the missed one included", () => {
    // 5 × 3000 / 6 = 2500.
    expect(result.affordability.average_full_month_primary_income).toBe("2500.00");
    expect(income.average_full_month_primary_income).toBe("2500.00");
  });
});

describe("choosing the primary income", () => {
  it("prefers the larger of two regular salaries; the other is secondary income", () => {
    const s = new Series();
    s.monthly("2025-01-28", 3, "2400.00", "salary", { counterparty: "RON" });
    s.monthly("2025-01-28", 3, "2050.00", "salary", { counterparty: "HERMIONE" });
    s.add("2025-01-01", "-10.00", "bank_fees");
    s.add("2025-03-31", "-10.00", "bank_fees");
    const result = analyseCompleted([currentAccount()], s.transactions, "2025-03-31", SMALL_SERIES);
    expect(result.income_analysis.primary_income?.counterparty).toBe("RON");
    expect(result.income_analysis.income_streams.map((x) => [x.counterparty, x.is_primary])).toEqual([
      ["HERMIONE", false],
      ["RON", true],
    ]);
    expect(result.affordability.average_full_month_primary_income).toBe("2400.00");
    expect(result.affordability.average_full_month_secondary_income).toBe("2050.00");
  });

  it("takes an irregular self-employed stream paid every month as regular, with a low regularity score", () => {
    const s = new Series();
    for (const [date, amount] of [
      ["2025-01-03", "500.00"],
      ["2025-01-20", "700.00"],
      ["2025-02-11", "400.00"],
      ["2025-02-28", "900.00"],
      ["2025-03-09", "650.00"],
      ["2025-03-30", "650.00"],
    ] as const) {
      s.add(date, amount, "self_employment", { counterparty: "UBER PAYMENTS" });
    }
    s.add("2025-01-01", "-10.00", "bank_fees");
    s.add("2025-03-31", "-10.00", "bank_fees");
    const result = analyseCompleted([currentAccount()], s.transactions, "2025-03-31", SMALL_SERIES);
    expect(result.income_analysis.primary_income?.counterparty).toBe("UBER PAYMENTS");
    // Gaps 17, 22, 17, 9, 21: median 17 is in no band.
    expect(result.income_analysis.primary_income?.periodicity).toBe("irregular");
    expect(result.income_analysis.regularity_score).toBe(0);
    // Months 1200, 1300, 1300: mean 1266.67, σ 47.14, CV 0.0372 → 100 − 7.4 = 92.6.
    expect(result.income_analysis.consistency_score).toBe(93);
    expect(result.affordability.average_full_month_primary_income).toBe("1266.67");
  });

  it("has no primary income without a salary-like stream: scores 0, every assessed month a break", () => {
    const s = new Series();
    s.monthly("2025-01-05", 3, "620.00", "transfer_in", { counterparty: "MOTHER" });
    s.add("2025-01-01", "-10.00", "bank_fees");
    s.add("2025-03-31", "-10.00", "bank_fees");
    const result = analyseCompleted([currentAccount()], s.transactions, "2025-03-31", SMALL_SERIES);
    const income = result.income_analysis;
    expect(income.primary_income).toBeNull();
    expect([income.consistency_score, income.longevity_score, income.regularity_score, income.income_indicator]).toEqual([0, 0, 0, 0]);
    expect(income.income_month_breaks).toBe(3);
    expect(income.strike_date).toBeNull();
    expect(result.affordability.average_full_month_secondary_income).toBe("620.00");
  });

  it("does not assess a partial month that ends before the strike date", () => {
    const s = new Series();
    s.monthly("2025-01-25", 3, "3000.00", "salary", { counterparty: "ACME LTD" });
    s.add("2025-01-01", "-10.00", "bank_fees");
    s.add("2025-04-10", "-10.00", "bank_fees");
    const result = analyseCompleted([currentAccount()], s.transactions, "2025-04-10", SMALL_SERIES);
    // April is covered up to the 10th only: the salary due on the 25th is not yet late.
    expect(result.income_analysis.months_back).toBe(4);
    expect(result.income_analysis.assessed_months).toBe(3);
    expect(result.income_analysis.income_month_breaks).toBe(0);
  });
});

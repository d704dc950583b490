import { describe, expect, it } from "vitest";
import { analyseCompleted, currentAccount, Series, SMALL_SERIES } from "./test-support/series";

/**
 * January to March 2025 (three full months), every month: salary 2000.00 on the 25th, a grant of
 * 150.00 on the 3rd, rent 700.00 on the 1st, groceries 300.00 on the 10th, a loan instalment
 * 250.00 on the 5th, gambling 100.00 on the 15th, cash 200.00 on the 20th. Once: a refund of
 * 50.00, a loan drawdown of 1000.00, an own-account transfer of 500.00 out, and a utilities debit
 * of 80.00 returned four days later.
 */
function monthlyBudget(): Series {
  const s = new Series();
  s.monthly("2025-01-25", 3, "2000.00", "salary", { counterparty: "ACME LTD" });
  s.monthly("2025-01-03", 3, "150.00", "social_grant", { counterparty: "SASSA" });
  s.monthly("2025-01-01", 3, "-700.00", "rent", { counterparty: "LANDLORD" });
  s.monthly("2025-01-10", 3, "-300.00", "groceries", { counterparty: "CHECKERS", type: "card" });
  s.monthly("2025-01-05", 3, "-250.00", "loan_repayment", { counterparty: "LENDER" });
  s.monthly("2025-01-15", 3, "-100.00", "gambling", { counterparty: "HOLLYWOODBETS", type: "card" });
  s.monthly("2025-01-20", 3, "-200.00", "cash_withdrawal", { counterparty: "ATM", type: "cash_withdrawal" });
  s.add("2025-02-14", "50.00", "refund", { counterparty: "SHOP" });
  s.add("2025-02-02", "1000.00", "loan_drawdown", { counterparty: "LENDER" });
  s.add("2025-03-03", "-500.00", "internal_transfer", { counterparty: "SAVINGS" });
  s.add("2025-03-12", "-80.00", "utilities", { counterparty: "ESKOM", id: "electricity" });
  s.add("2025-03-16", "80.00", "utilities", { counterparty: "ESKOM", isReturned: true, returnedTransactionId: "electricity", id: "electricity-returned" });
  s.add("2025-03-31", "-0.00", "bank_fees", { counterparty: "BANK" });
  return s;
}

describe("affordability", () => {
  const result = analyseCompleted([currentAccount({ currency: "ZAR" })], monthlyBudget().transactions, "2025-03-31", SMALL_SERIES);
  const affordability = result.affordability;

  it("splits every month into primary and secondary income, the three spending classes and the rest", () => {
    expect(affordability.full_months).toBe(3);
    for (const month of affordability.monthly_affordability) {
      expect(month).toMatchObject({
        primary_income: "2000.00",
        // The grant only: refund, drawdown and own-account transfer are not income.
        secondary_income: "150.00",
        // Rent 700 + groceries 300; the returned electricity debit nets to zero.
        non_discretionary_expenses: "1000.00",
        // Gambling 100 + cash 200.
        discretionary_expenses: "300.00",
        existing_debt_repayments: "250.00",
        // 2000 + 150 − 1000 − 300 − 250.
        affordability_amount: "600.00",
        full_month: true,
      });
    }
  });

  it("gives the full-month averages", () => {
    expect(affordability).toMatchObject({
      average_full_month_primary_income: "2000.00",
      average_full_month_secondary_income: "150.00",
      average_full_month_non_discretionary_expenses: "1000.00",
      average_full_month_discretionary_expenses: "300.00",
      average_full_month_existing_debt_repayments: "250.00",
      average_full_month_affordability: "600.00",
    });
  });

  it("shares gambling and cash against the salary, and finds a net saver", () => {
    const risk = result.risk_insights.risk_insights;
    expect(risk.gambling_insights.monthly_average_gambling_spend).toBe("100.00");
    expect(risk.gambling_insights.monthly_average_gambling_proportion).toBe(0.05);
    expect(risk.gambling_insights.monthly_gambling_analysis.map((m) => m.gambling_proportion)).toEqual([0.05, 0.05, 0.05]);
    expect(risk.gambling_insights.transaction_ids).toHaveLength(3);
    expect(risk.atm_and_cash_insights.atm_and_cash_average_amount).toBe("200.00");
    expect(risk.atm_and_cash_insights.average_withdrawal_proportion).toBe(0.1);
    expect(risk.ssi_insights.monthly_average_ssi).toBe("150.00");
    expect(risk.net_saver_spender_insights.net_saver_spender).toBe("net_saver");
    expect(risk.net_saver_spender_insights.average_monthly_net_flow).toBe("600.00");
  });

  it("lists the expense labels largest first with their share of all spending", () => {
    // Over the window: rent 2100, loan 750, groceries 900, cash 600, gambling 300 → 4650.
    const top = result.expenses_insights.top_expense_amounts.map((e) => [e.label, e.amount, e.average_monthly_spend, e.percentage_of_total_spend]);
    expect(top).toEqual([
      ["rent", "2100.00", "700.00", 45.16],
      ["groceries", "900.00", "300.00", 19.35],
      ["loan_repayment", "750.00", "250.00", 16.13],
      ["cash_withdrawal", "600.00", "200.00", 12.9],
      ["gambling", "300.00", "100.00", 6.45],
    ]);
    expect(result.expenses_insights.spend_split).toEqual({ discretionary_spend_percentage: 19.35, non_discretionary_spend_percentage: 80.65 });
    expect(result.expenses_insights.unique_months).toBe(3);
  });
});

describe("averages use full months only", () => {
  it("ignores the partial months at both ends", () => {
    const s = new Series();
    s.add("2025-01-20", "-999.00", "shopping", { counterparty: "MALL" });
    s.monthly("2025-02-05", 2, "-100.00", "shopping", { counterparty: "MALL" });
    s.add("2025-04-03", "-777.00", "shopping", { counterparty: "MALL" });
    const result = analyseCompleted([currentAccount()], s.transactions, "2025-04-03", SMALL_SERIES);
    expect(result.window.months.map((m) => m.full_month)).toEqual([false, true, true, false]);
    expect(result.affordability.average_full_month_discretionary_expenses).toBe("100.00");
    expect(result.expenses_insights.top_expense_amounts[0]?.amount).toBe("1976.00");
  });

  it("gives null averages when no month is full", () => {
    const s = new Series();
    s.add("2025-01-20", "-10.00", "shopping");
    s.add("2025-02-10", "-10.00", "shopping");
    const result = analyseCompleted([currentAccount()], s.transactions, "2025-02-10", SMALL_SERIES);
    expect(result.affordability.full_months).toBe(0);
    expect(result.affordability.average_full_month_affordability).toBeNull();
  });
});

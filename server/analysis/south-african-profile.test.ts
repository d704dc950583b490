import { describe, expect, it } from "vitest";
import { centsToDecimal } from "@/server/banking/test-support/generate-transactions";
import { addDays, daysBetween } from "@/server/shared/dates";
import { analyseBankData } from "./analyse-bank-data";
import { generateSouthAfricanProfile, PROFILE } from "./test-support/south-african-profile";

/**
 * The generated South African profile, January to June 2025 (six full months), analysed as of
 * 30 June. Every expected value below is computed here from the profile's integer-cent constants
 * (or its raw lines), not from the engine.
 */
const profile = generateSouthAfricanProfile();
const result = analyseBankData({ accounts: profile.accounts, transactions: profile.transactions, asOf: "2025-06-30" });
if (result.status !== "completed") throw new Error("the profile must pass the gate");

const p = PROFILE;
const zar = (cents: number) => centsToDecimal(Math.round(cents));
const groceries = p.checkersCents + p.picknpayCents + p.checkersMonthEndCents;
const bets = p.betsCents[0] + p.betsCents[1];
const nonDiscretionary = p.rentCents + p.insuranceCents + p.cellphoneCents + groceries + p.feeCents;
// In May the cellphone debit order is returned (−599.00) and a 120.00 fee is charged.
const nonDiscretionaryMay = nonDiscretionary - p.cellphoneCents + p.returnFeeCents;
const income = p.salaryCents + p.grantCents;
const affordability = income - nonDiscretionary - bets - p.atmCents - p.vehicleCents;
const affordabilityMay = income - nonDiscretionaryMay - bets - p.atmCents - p.vehicleCents;

/** End-of-day balances over the window from the raw lines, in cents (independent of the engine). */
function dailyBalances(): number[] {
  const lines = profile.lines.get("za-1") ?? [];
  const days = daysBetween("2025-01-01", "2025-06-30") + 1;
  const balances: number[] = [];
  let balance: number = p.openingCents;
  for (let d = 0; d < days; d++) {
    const date = addDays("2025-01-01", d);
    for (const line of lines) if (line.date === date) balance += line.cents;
    balances.push(balance);
  }
  return balances;
}

describe("South African profile (ZAR)", () => {
  it("labels the lines as a South African statement reads", () => {
    const labelOf = (text: string) => profile.transactions.find((t) => t.description === text)?.label;
    expect(labelOf("ACME MINING PTY LTD SALARY")).toBe("salary");
    expect(labelOf("SASSA CHILD SUPPORT GRANT")).toBe("social_grant");
    expect(labelOf("DEBIT ORDER WESBANK VEHICLE FINANCE")).toBe("loan_repayment");
    expect(labelOf("DEBIT ORDER OLD MUTUAL INSURANCE")).toBe("insurance");
    expect(labelOf("DEBIT ORDER VODACOM CONTRACT")).toBe("telecom");
    expect(labelOf("HOLLYWOODBETS DEPOSIT")).toBe("gambling");
    expect(labelOf("POS PURCHASE PICK N PAY ROSEBANK")).toBe("groceries");
    expect(profile.transactions.filter((t) => t.isReturned).map((t) => t.description)).toEqual(["RD UNPAID DEBIT ORDER VODACOM CONTRACT"]);
  });

  it("affordability: monthly figures and full-month averages", () => {
    expect(result.currency).toBe("ZAR");
    expect(result.window).toMatchObject({ start_date: "2025-01-01", end_date: "2025-06-30", days: 181, full_months: 6 });
    const a = result.affordability;
    expect(a.monthly_affordability[0]).toEqual({
      year: 2025,
      month: 1,
      primary_income: zar(p.salaryCents),
      secondary_income: zar(p.grantCents),
      non_discretionary_expenses: zar(nonDiscretionary),
      discretionary_expenses: zar(bets + p.atmCents),
      existing_debt_repayments: zar(p.vehicleCents),
      affordability_amount: zar(affordability),
      full_month: true,
    });
    expect(a.monthly_affordability[4]?.non_discretionary_expenses).toBe(zar(nonDiscretionaryMay));
    expect(a).toMatchObject({
      average_full_month_primary_income: "18500.00",
      average_full_month_secondary_income: "530.00",
      average_full_month_non_discretionary_expenses: zar((5 * nonDiscretionary + nonDiscretionaryMay) / 6), // 10061.07
      average_full_month_discretionary_expenses: "1350.00",
      average_full_month_existing_debt_repayments: "3200.00",
      average_full_month_affordability: zar((5 * affordability + affordabilityMay) / 6), // 4418.93
    });
  });

  it("income analysis: a stable salary on the 25th", () => {
    expect(result.income_analysis).toMatchObject({
      consistency_score: 100,
      longevity_score: 100,
      regularity_score: 100,
      income_month_breaks: 0,
      income_indicator: 100,
      months_back: 6,
      strike_date: 25,
    });
    expect(result.income_analysis.primary_income?.counterparty).toBe("ACME MINING PTY LTD");
    expect(Object.values(result.income_analysis.income_heatmap)).toEqual(Array(6).fill("18500.00"));
  });

  it("risk insights: gambling, cash, SSI, the returned debit order, overdraft, saver", () => {
    const risk = result.risk_insights.risk_insights;
    expect(risk.gambling_insights.monthly_average_gambling_spend).toBe(zar(bets));
    expect(risk.gambling_insights.monthly_average_gambling_proportion).toBe(Math.round((bets / p.salaryCents) * 10_000) / 10_000); // 0.0189
    expect(risk.atm_and_cash_insights.average_withdrawal_proportion).toBe(Math.round((p.atmCents / p.salaryCents) * 10_000) / 10_000); // 0.0541
    expect(risk.ssi_insights.monthly_average_ssi).toBe("530.00");
    expect(risk.returned_debit_orders_insights).toMatchObject({
      last_month_count: 0,
      last_3_months_count: 1,
      last_6_months_count: 1,
      last_12_months_count: 1,
      monthly_average_debit_order_value: zar(p.cellphoneCents),
    });
    const balances = dailyBalances();
    const negative = balances.filter((b) => b < 0).length;
    expect(negative).toBe(7); // 18 to 24 January, before the first salary
    expect(risk.overdraft_insights.total_days_in_overdraft).toBe(negative);
    expect(risk.overdraft_insights.total_proportion_of_days_in_overdraft).toBe(Math.round((negative / 181) * 10_000) / 10_000);
    expect(risk.overdraft_insights.minimum_balance_reached).toBe(zar(Math.min(...balances)));
    expect(risk.net_saver_spender_insights.net_saver_spender).toBe("net_saver");
  });

  it("credit commitments: the vehicle loan and its debt-service ratio", () => {
    const c = result.credit_commitments;
    expect(c.consumer_credit_lenders).toEqual(["WESBANK"]);
    expect(c.commitments.map((x) => [x.lender, x.monthly_amount, x.payment_count, x.status])).toEqual([["WESBANK", "3200.00", 6, "ongoing"]]);
    expect(c.debt_service_ratio).toBe(Math.round((p.vehicleCents / income) * 10_000) / 10_000); // 0.1682
  });

  it("statements: opening and closing balances, counts and totals", () => {
    const credits = 6 * (p.salaryCents + p.grantCents) + p.cellphoneCents;
    const closing = dailyBalances().at(-1) ?? 0;
    const debits = credits - (closing - p.openingCents);
    expect(result.statements.accounts_summary[0]).toMatchObject({
      opening_balance: zar(p.openingCents),
      closing_balance: zar(closing),
      total_transactions: 80,
      number_of_credit_transactions: 13,
      number_of_debit_transactions: 67,
      total_credit_amount: zar(credits),
      total_debit_amount: zar(debits),
      average_credit_transaction: zar(credits / 13),
      average_debit_transaction: zar(debits / 67),
    });
    expect(result.statements).toMatchObject({ primary_income: "18500.00", primary_income_day: 25, account_holder_name: "THABO MOKOENA" });
  });

  it("health score, internal credit score and liquidity from the documented tables", () => {
    const averageSpend = (5 * nonDiscretionary + nonDiscretionaryMay) / 6 + bets + p.atmCents + p.vehicleCents;
    const balances = dailyBalances();
    const averageBalance = balances.reduce((a, b) => a + b, 0) / balances.length;
    // Affordability 4418.93 / 19030 = 0.232 → 85; spending 14611.07 / 19030 = 0.768 → 70.
    expect(((5 * affordability + affordabilityMay) / 6 / income).toFixed(3)).toBe("0.232");
    expect((averageSpend / income).toFixed(3)).toBe("0.768");
    // The average balance exceeds a month of spending → 90; no savings.
    expect(averageBalance / averageSpend).toBeGreaterThan(1);
    // Debt-service ratio 0.168 → 75; 2 failure events (the return and its fee) over 181/30.44 months = 0.34 → 75.
    expect(result.health_score).toMatchObject({
      affordability_score: 85,
      income_score: 100,
      expense_score: 70,
      liquidity_savings_score: 90,
      debt_score: 75,
      fee_score: 75,
      // 0.25 × 85 + 0.2 × 100 + 0.15 × 70 + 0.15 × 90 + 0.15 × 75 + 0.1 × 75 = 84
      final_financial_health_score: 84,
    });
    // Remainder to live (19030 − 10061.07 − 3200) / 19030 = 0.303 → +3; budget +5 − 1 (overdraft days) − 1 (a return)
    // − 1 (a fee) = 2; the balance grows by 26513.60 over 5.95 months, 0.23 of income a month → +5.
    expect(result.credit_score).toMatchObject({ model: "internal model", value: 810, indicators: { living_standard: 3, budget_management: 2, financial_evolution: 5 } });
    // The lowest forecast balance stays above a month of spending and never below zero.
    expect([result.liquidity_score.field_30_day_liquidity_score, result.liquidity_score.field_60_day_liquidity_score, result.liquidity_score.field_90_day_liquidity_score]).toEqual([100, 100, 100]);
    expect(result.liquidity_score.starting_balance).toBe(zar(balances.at(-1) ?? 0));
  });
});

import { describe, expect, it } from "vitest";
import { type RevolvingStatementRequest, buildRevolvingStatement, findMonthDayOnOrAfter, getStatementPeriodEnding } from "./revolving";

const march: RevolvingStatementRequest = {
  periodStart: "2024-03-01",
  periodEnd: "2024-03-31",
  openingBalance: "1000",
  annualInterestRate: "18",
  daysInYear: "actual",
  transactions: [
    { date: "2024-03-11", type: "drawdown", amount: "500" },
    { date: "2024-03-21", type: "repayment", amount: "300" },
    { date: "2024-03-31", type: "fee", amount: "10" },
  ],
  minimumPayment: { percent: "5", floor: "50" },
  statementDay: 31,
  dueDay: 25,
};

describe("buildRevolvingStatement", () => {
  it("charges interest on each day's closing balance and computes the minimum payment", () => {
    // Daily balances: 10 days × 1000, 10 × 1500, 10 × 1200, 1 × 1210 = 38 210 balance-days.
    // Interest 38 210 × 18 % / 366 = 18.7918… → 18.79; closing 1000 + 500 − 300 + 10 + 18.79.
    // Minimum: 5 % of 1228.79 = 61.4395 → 61.44, above the floor of 50.
    expect(buildRevolvingStatement(march)).toEqual({
      periodStart: "2024-03-01",
      periodEnd: "2024-03-31",
      statementDate: "2024-03-31",
      dueDate: "2024-04-25",
      days: 31,
      openingBalance: "1000.00",
      drawdowns: "500.00",
      repayments: "300.00",
      fees: "10.00",
      interest: "18.79",
      closingBalance: "1228.79",
      minimumPayment: "61.44",
    });
  });

  it("applies the floor, but never asks more than the balance", () => {
    const small = { ...march, openingBalance: "600", transactions: [] };
    // 600 × 18 % × 31 / 366 = 9.147… → 9.15; 5 % of 609.15 = 30.46 < floor 50.
    expect(buildRevolvingStatement(small)).toMatchObject({ interest: "9.15", closingBalance: "609.15", minimumPayment: "50.00" });
    const tiny = { ...march, openingBalance: "20", annualInterestRate: "0", transactions: [] };
    expect(buildRevolvingStatement(tiny)).toMatchObject({ closingBalance: "20.00", minimumPayment: "20.00" });
  });

  it("charges no interest on a credit balance and asks for no payment", () => {
    const credit = { ...march, openingBalance: "-100", transactions: [] };
    expect(buildRevolvingStatement(credit)).toMatchObject({ interest: "0.00", closingBalance: "-100.00", minimumPayment: "0.00" });
  });

  it("counts a transaction from its own day, including on the first day", () => {
    const firstDay = { ...march, openingBalance: "0", transactions: [{ date: "2024-03-01", type: "drawdown" as const, amount: "36600" }] };
    // 36 600 × 18 % × 31 / 366 = 558.00
    expect(buildRevolvingStatement(firstDay).interest).toBe("558.00");
  });

  it("clamps statement and due days in short months", () => {
    const february = { ...march, periodStart: "2024-02-01", periodEnd: "2024-02-29", transactions: [], statementDay: 30, dueDay: 31 };
    expect(buildRevolvingStatement(february)).toMatchObject({ statementDate: "2024-02-29", dueDate: "2024-03-31" });
    expect(findMonthDayOnOrAfter("2024-04-01", 31)).toBe("2024-04-30");
    expect(findMonthDayOnOrAfter("2024-01-16", 15)).toBe("2024-02-15");
    expect(getStatementPeriodEnding("2024-03-31", 31)).toEqual({ periodStart: "2024-03-01", periodEnd: "2024-03-31" });
    expect(getStatementPeriodEnding("2024-03-25", 25)).toEqual({ periodStart: "2024-02-26", periodEnd: "2024-03-25" });
  });

  it("refuses transactions outside the period and bad rules", () => {
    const outside = { ...march, transactions: [{ date: "2024-04-01", type: "drawdown" as const, amount: "1" }] };
    expect(() => buildRevolvingStatement(outside)).toThrow(/transactions.date: 2024-04-01 is not within the statement period/);
    expect(() => buildRevolvingStatement({ ...march, statementDay: 0 })).toThrow(/statementDay/);
    expect(() => buildRevolvingStatement({ ...march, minimumPayment: { percent: "-1", floor: "0" } })).toThrow(/minimumPayment.percent/);
  });
});

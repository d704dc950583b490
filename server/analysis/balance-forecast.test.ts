import { describe, expect, it } from "vitest";
import { addDays } from "@/server/shared/dates";
import { analyseCompleted, currentAccount, Series, SMALL_SERIES } from "./test-support/series";

/**
 * January to March 2025: salary 2000.00 on the 25th, rent 1000.00 on the 1st, groceries of 10.00
 * every day at one shop. The balance is 1000.00 at the end of 31 March, the analysis date.
 */
function pattern(): Series {
  const s = new Series();
  s.monthly("2025-01-25", 3, "2000.00", "salary", { counterparty: "ACME" });
  s.monthly("2025-01-01", 3, "-1000.00", "rent", { counterparty: "LANDLORD" });
  for (let day = 0; day < 90; day++) s.add(addDays("2025-01-01", day), "-10.00", "groceries", { counterparty: "SHOP", type: "card" });
  return s;
}

describe("cash flows and the 90-day balance forecast", () => {
  const result = analyseCompleted([currentAccount({ balance: "1000.00", balanceDate: "2025-03-31" })], pattern().transactions, "2025-03-31", SMALL_SERIES);

  it("detects the salary and the rent as monthly flows with their usual day; daily shopping is not scheduled", () => {
    const flows = result.cash_flows.map((f) => [f.counterparty, f.periodicity, f.accuracy, f.is_recurring, f.repartition]);
    expect(flows).toEqual([
      ["ACME", "monthly", 100, true, "unchanged"],
      ["LANDLORD", "monthly", 100, true, "unchanged"],
      // Daily purchases collapse into events four days apart: no band.
      ["SHOP", "irregular", 0, false, "unchanged"],
    ]);
    expect(result.cash_flows.slice(0, 2).map((f) => [f.due_day_of_month, f.first_seen, f.last_seen, f.typical_amount])).toEqual([
      [25, "2025-01-25", "2025-03-25", "2000.00"],
      [1, "2025-01-01", "2025-03-01", "-1000.00"],
    ]);
  });

  it("walks the balance forward: rent on the 1st, salary on the 25th, 10.00 of unscheduled spend a day", () => {
    const liquidity = result.liquidity_score;
    expect([liquidity.start_date, liquidity.end_date]).toEqual(["2025-04-01", "2025-06-29"]);
    expect(liquidity.starting_balance).toBe("1000.00");
    // 900.00 of groceries over the 90 days of the three full months.
    expect(liquidity.average_daily_unscheduled_spend).toBe("10.00");
    const at = (date: string) => liquidity.balance_forecast.find((d) => d.date === date)?.balance;
    expect(at("2025-04-01")).toBe("-10.00"); // 1000 − 1000 − 10
    expect(at("2025-04-24")).toBe("-240.00");
    expect(at("2025-04-25")).toBe("1750.00"); // + 2000 − 10
    expect(liquidity.balance_forecast).toHaveLength(90);
    expect(liquidity.markers).toEqual([
      { day: 30, date: "2025-04-30", balance: "1700.00", minimum_balance: "-240.00", days_below_zero: 24 },
      { day: 60, date: "2025-05-30", balance: "2400.00", minimum_balance: "-240.00", days_below_zero: 24 },
      { day: 90, date: "2025-06-29", balance: "3100.00", minimum_balance: "-240.00", days_below_zero: 24 },
    ]);
  });

  it("scores 50 × days at or above zero + 50 × reserve (the lowest balance is negative: no reserve)", () => {
    // 30 days: 50 × 6/30 = 10; 60 days: 50 × 36/60 = 30; 90 days: 50 × 66/90 = 36.7.
    expect(result.liquidity_score.field_30_day_liquidity_score).toBe(10);
    expect(result.liquidity_score.field_60_day_liquidity_score).toBe(30);
    expect(result.liquidity_score.field_90_day_liquidity_score).toBe(37);
  });

  it("gives 100 when the balance never dips and keeps a month of spending", () => {
    const rich = analyseCompleted([currentAccount({ balance: "5000.00", balanceDate: "2025-03-31" })], pattern().transactions, "2025-03-31", SMALL_SERIES);
    // Lowest point 5000 − 1000 − 240 = 3760 ≥ average monthly spending of 1300.
    expect([rich.liquidity_score.field_30_day_liquidity_score, rich.liquidity_score.field_90_day_liquidity_score]).toEqual([100, 100]);
  });
});

import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/server/shared/dates";
import { latestPortfolio, portfolioSeries, type PortfolioSnapshot } from "./portfolio-series";

const BUCKETS = [
  { bucket: 0, label: "Current" },
  { bucket: 1, label: "1–30 days" },
  { bucket: 2, label: "31+ days" },
];

const snap = (businessDate: string, bucket: number, accounts: number, principalOutstanding: string, overdueAmount = "0.00"): PortfolioSnapshot => ({ businessDate, bucket, accounts, principalOutstanding, overdueAmount });

describe("portfolioSeries", () => {
  it("gives one point per day in date order, every bucket present, missing buckets at zero", () => {
    const points = portfolioSeries([snap("2024-03-02", 0, 3, "300.00"), snap("2024-03-01", 0, 2, "200.00"), snap("2024-03-01", 2, 1, "50.10")], BUCKETS);
    expect(points).toEqual([
      { day: toDayNumber("2024-03-01"), date: "2024-03-01", accounts: [2, 0, 1], outstanding: [200, 0, 50.1], outstandingLabels: ["200.00", "0.00", "50.10"] },
      { day: toDayNumber("2024-03-02"), date: "2024-03-02", accounts: [3, 0, 0], outstanding: [300, 0, 0], outstandingLabels: ["300.00", "0.00", "0.00"] },
    ]);
  });

  it("adds amounts exactly (labels are decimal sums, not float sums)", () => {
    const [point] = portfolioSeries([snap("2024-03-01", 1, 1, "0.10"), snap("2024-03-01", 5, 1, "0.20")], BUCKETS);
    // Bucket 5 no longer exists (the organisation has fewer buckets now): it folds into the last one.
    expect(point?.outstandingLabels).toEqual(["0.00", "0.10", "0.20"]);
    expect(portfolioSeries([snap("2024-03-01", 2, 1, "0.10"), snap("2024-03-01", 7, 1, "0.20")], BUCKETS)[0]?.outstandingLabels[2]).toBe("0.30");
  });

  it("is empty without snapshots", () => {
    expect(portfolioSeries([], BUCKETS)).toEqual([]);
    expect(latestPortfolio([], BUCKETS)).toBeNull();
  });
});

describe("latestPortfolio", () => {
  it("lists every bucket of the last day with its share of principal and the share at risk", () => {
    const latest = latestPortfolio([snap("2024-03-01", 0, 9, "9999.00"), snap("2024-03-02", 0, 3, "600.00"), snap("2024-03-02", 2, 1, "200.00", "80.00"), snap("2024-03-02", 1, 2, "200.00", "10.50")], BUCKETS);
    expect(latest).toEqual({
      date: "2024-03-02",
      rows: [
        { bucket: 0, label: "Current", accounts: 3, principalOutstanding: "600.00", overdueAmount: "0.00", share: "60.0" },
        { bucket: 1, label: "1–30 days", accounts: 2, principalOutstanding: "200.00", overdueAmount: "10.50", share: "20.0" },
        { bucket: 2, label: "31+ days", accounts: 1, principalOutstanding: "200.00", overdueAmount: "80.00", share: "20.0" },
      ],
      totals: { accounts: 6, principalOutstanding: "1000.00", overdueAmount: "90.50" },
      atRiskShare: "40.0",
    });
  });

  it("rounds shares half-even to one decimal and gives 0.0 for an empty portfolio", () => {
    const latest = latestPortfolio([snap("2024-03-01", 0, 1, "2.00"), snap("2024-03-01", 1, 1, "1.00")], BUCKETS);
    expect(latest?.rows.map((r) => r.share)).toEqual(["66.7", "33.3", "0.0"]);
    expect(latestPortfolio([snap("2024-03-01", 0, 0, "0")], BUCKETS)?.atRiskShare).toBe("0.0");
  });
});

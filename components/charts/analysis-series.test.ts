import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/server/shared/dates";
import { balanceSeries, expenseSlices, forecastSeries, heatmapYears, incomeExpenseSeries, monthLabel, shareSeries } from "./analysis-series";

describe("monthLabel", () => {
  it("names the month in short English with its year", () => {
    expect(monthLabel("2025-01")).toBe("Jan 2025");
    expect(monthLabel("2024-12")).toBe("Dec 2024");
  });
});

describe("incomeExpenseSeries", () => {
  it("plots each amount as a number, keeps the exact row, and marks partial months", () => {
    const row = {
      month: "2025-03",
      primary_income: "18500.00",
      secondary_income: "530.00",
      non_discretionary_expenses: "8916.90",
      discretionary_expenses: "1350.00",
      existing_debt_repayments: "3200.00",
      affordability_amount: "5563.10",
      full_month: false,
    };
    const [point] = incomeExpenseSeries([row]);
    expect(point).toMatchObject({ month: "2025-03", label: "Mar 2025 (part)", full: false, primary: 18500, secondary: 530, nonDiscretionary: 8916.9, discretionary: 1350, debt: 3200, affordability: 5563.1 });
    expect(point?.exact).toBe(row);
  });
});

describe("heatmapYears", () => {
  it("lays months out a row per year, with levels relative to the best month and gaps outside the window", () => {
    const years = heatmapYears(
      [
        { month: "2025-01", amount: "1000.00" },
        { month: "2024-11", amount: "4000.00" },
        { month: "2024-12", amount: "0.00" },
        { month: "2025-02", amount: "3000.01" },
        { month: "2025-03", amount: "0.00" },
      ],
      ["2024-12"],
    );
    expect(years.map((y) => y.year)).toEqual(["2024", "2025"]);
    const [y2024, y2025] = years;
    expect(y2024?.cells.slice(0, 10).every((c) => c === null)).toBe(true);
    expect(y2024?.cells[10]).toMatchObject({ month: "2024-11", level: 4, amount: "4000.00" });
    expect(y2024?.cells[11]).toMatchObject({ month: "2024-12", level: 0, isBreak: true });
    expect(y2025?.cells[0]).toMatchObject({ label: "Jan 2025", level: 1, isBreak: false });
    expect(y2025?.cells[1]).toMatchObject({ level: 4 });
    // A partial last month before pay day has nothing yet, and is no break.
    expect(y2025?.cells[2]).toMatchObject({ level: 0, isBreak: false });
    expect(y2025?.cells[3]).toBeNull();
  });

  it("gives level 0 everywhere when no month has income", () => {
    expect(heatmapYears([{ month: "2025-05", amount: "0.00" }])[0]?.cells[4]?.level).toBe(0);
  });
});

describe("forecastSeries", () => {
  it("puts the forecast on day numbers and pairs each marker with its liquidity score", () => {
    const { points, markers } = forecastSeries(
      [
        { date: "2025-07-01", balance: "1200.50" },
        { date: "2025-07-02", balance: "-10.00" },
      ],
      [
        { day: 30, date: "2025-07-30", balance: "900.00", minimum_balance: "-10.00", days_below_zero: 1, },
        { day: 60, date: "2025-08-29", balance: "700.00", minimum_balance: "-10.00", days_below_zero: 1 },
        { day: 90, date: "2025-09-28", balance: "500.00", minimum_balance: "-10.00", days_below_zero: 1 },
      ],
      { field_30_day_liquidity_score: 81, field_60_day_liquidity_score: 72, field_90_day_liquidity_score: 64 },
    );
    expect(points).toEqual([
      { day: toDayNumber("2025-07-01"), date: "2025-07-01", balance: 1200.5, exact: "1200.50" },
      { day: toDayNumber("2025-07-02"), date: "2025-07-02", balance: -10, exact: "-10.00" },
    ]);
    expect(markers.map((m) => [m.horizon, m.score, m.exact, m.daysBelowZero])).toEqual([
      [30, 81, "900.00", 1],
      [60, 72, "700.00", 1],
      [90, 64, "500.00", 1],
    ]);
    expect(markers[0]?.day).toBe(toDayNumber("2025-07-30"));
  });
});

describe("expenseSlices", () => {
  const rows = [
    { label: "rent", name: "Rent", amount: "6500.00", percentage: 50 },
    { label: "groceries", name: "Groceries", amount: "3000.10", percentage: 23.08 },
    { label: "fuel", name: "Fuel", amount: "2000.20", percentage: 15.39 },
    { label: "dining", name: "Dining", amount: "1000.30", percentage: 7.7 },
    { label: "bank_fees", name: "Bank fees", amount: "499.40", percentage: 3.84 },
  ];

  it("keeps the top labels and sums the rest exactly into one slice", () => {
    const slices = expenseSlices(rows, 2);
    expect(slices.map((s) => s.name)).toEqual(["Rent", "Groceries", "Other spending (3 labels)"]);
    expect(slices[2]).toMatchObject({ label: "other", exact: "3499.90", amount: 3499.9, percentage: 26.93 });
  });

  it("adds no 'other' slice when everything fits", () => {
    expect(expenseSlices(rows)).toHaveLength(5);
  });

  it("leaves the other share unknown when a share is", () => {
    expect(expenseSlices([...rows.slice(0, 1), { ...rows[1], label: "x", name: "X", amount: "1.00", percentage: null }], 1)[1]?.percentage).toBeNull();
  });
});

describe("shareSeries", () => {
  it("merges gambling and cash by month as percentages of the month's primary income", () => {
    const points = shareSeries(
      [
        { month: "2025-01", amount: "350.00", proportion: 0.0189 },
        { month: "2025-02", amount: "0.00", proportion: null },
      ],
      [
        { month: "2025-02", amount: "1000.00", proportion: 0.054 },
        { month: "2025-01", amount: "1000.00", proportion: 0.0541 },
      ],
    );
    expect(points).toEqual([
      { month: "2025-01", label: "Jan 2025", gambling: 1.89, cash: 5.41, gamblingAmount: "350.00", cashAmount: "1000.00" },
      { month: "2025-02", label: "Feb 2025", gambling: null, cash: 5.4, gamblingAmount: "0.00", cashAmount: "1000.00" },
    ]);
  });
});

describe("balanceSeries", () => {
  it("splits each balance at zero and groups consecutive overdraft days into runs", () => {
    const dates = ["2025-07-18", "2025-07-19", "2025-07-20", "2025-07-21", "2025-07-22", "2025-07-23"];
    const balances = ["150.00", "-20.00", "-35.50", "10.00", "-1.00", "200.00"];
    const { points, runs } = balanceSeries(dates.map((date, i) => ({ date, balance: balances[i] ?? "0", in_overdraft: (balances[i] ?? "").startsWith("-") })));
    expect(points.map((p) => [p.above, p.below])).toEqual([
      [150, 0],
      [0, -20],
      [0, -35.5],
      [10, 0],
      [0, -1],
      [200, 0],
    ]);
    const day = toDayNumber("2025-07-19");
    expect(runs).toEqual([
      { from: day, to: day + 2, days: 2 },
      { from: day + 3, to: day + 4, days: 1 },
    ]);
  });
});

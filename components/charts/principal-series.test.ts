import { describe, expect, it } from "vitest";
import { principalSeries } from "./principal-series";

const schedule = [
  { dueDate: "2025-02-15", balanceAfter: "6700.00" },
  { dueDate: "2025-03-15", balanceAfter: "3380.00" },
  { dueDate: "2025-04-15", balanceAfter: "0.00" },
];

describe("principalSeries", () => {
  it("is empty before anything is disbursed", () => {
    expect(principalSeries({ history: [], schedule, asOf: "2025-01-15", closed: false })).toEqual([]);
  });

  it("draws the actual line to the business date and projects the future instalments from there", () => {
    const points = principalSeries({ history: [{ date: "2025-01-15", principal: "10000.00" }], schedule, asOf: "2025-02-01", closed: false });
    expect(points.map((p) => [p.date, p.actual, p.projected])).toEqual([
      ["2025-01-15", 10000, null],
      ["2025-02-01", 10000, 10000],
      ["2025-02-15", null, 6700],
      ["2025-03-15", null, 3380],
      ["2025-04-15", null, 0],
    ]);
  });

  it("keeps the last posting of a day and leaves out instalments due on or before the business date", () => {
    const points = principalSeries({
      history: [
        { date: "2025-01-15", principal: "10000.00" },
        { date: "2025-02-15", principal: "7000.00" },
        { date: "2025-02-15", principal: "6700.00" },
      ],
      schedule,
      asOf: "2025-02-15",
      closed: false,
    });
    expect(points.map((p) => p.date)).toEqual(["2025-01-15", "2025-02-15", "2025-03-15", "2025-04-15"]);
    expect(points[1]).toMatchObject({ actual: 6700, actualLabel: "6700.00", projected: 6700 });
  });

  it("projects nothing for a closed loan or one without a schedule", () => {
    const history = [
      { date: "2025-01-15", principal: "10000.00" },
      { date: "2025-02-10", principal: "0.00" },
    ];
    for (const input of [{ schedule, closed: true }, { schedule: null, closed: false }]) {
      const points = principalSeries({ history, asOf: "2025-03-01", ...input });
      expect(points.every((p) => p.projected === null)).toBe(true);
      expect(points.map((p) => p.date)).toEqual(["2025-01-15", "2025-02-10", "2025-03-01"]);
    }
  });

  it("keeps the exact amounts as labels and orders points by date with proportional day numbers", () => {
    const points = principalSeries({ history: [{ date: "2024-12-31", principal: "1234567.89" }], schedule: [{ dueDate: "2025-01-31", balanceAfter: "1000000.01" }], asOf: "2024-12-31", closed: false });
    expect(points.map((p) => p.actualLabel ?? p.projectedLabel)).toEqual(["1234567.89", "1000000.01"]);
    const [first, second] = points;
    expect((second?.day ?? 0) - (first?.day ?? 0)).toBe(31);
  });
});

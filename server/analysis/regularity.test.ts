import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "@/server/shared/dates";
import { detectRegularity, PERIOD_BANDS, scheduleOccurrences } from "./regularity";

const days = (...dates: string[]) => dates.map(toDayNumber);

describe("recurrence detection", () => {
  it("classifies the median gap into a band", () => {
    expect(detectRegularity(days("2025-01-03", "2025-01-10", "2025-01-17", "2025-01-24")).periodicity).toBe("weekly");
    expect(detectRegularity(days("2025-01-03", "2025-01-17", "2025-01-31")).periodicity).toBe("biweekly");
    expect(detectRegularity(days("2025-01-15", "2025-04-15", "2025-07-15")).periodicity).toBe("quarterly");
    expect(detectRegularity(days("2023-03-01", "2024-03-01", "2025-03-01")).periodicity).toBe("yearly");
    expect(detectRegularity(days("2025-01-01", "2025-01-21", "2025-02-12")).periodicity).toBe("irregular");
  });

  it("scores one missed month among five payments 75 % accurate, due on the 25th", () => {
    const r = detectRegularity(days("2025-01-25", "2025-02-25", "2025-03-25", "2025-05-25", "2025-06-25"));
    expect([r.periodicity, r.accuracy, r.dueDayOfMonth, r.minGap, r.maxGap, r.meanGap]).toEqual(["monthly", 75, 25, 28, 61, 37.8]);
  });

  it("treats a re-presented debit three days later as the same event", () => {
    const r = detectRegularity(days("2025-06-07", "2025-07-05", "2025-07-06", "2025-08-05"));
    expect(r.events.map(fromDayNumber)).toEqual(["2025-06-07", "2025-07-05", "2025-08-05"]);
    expect(r.periodicity).toBe("monthly");
  });

  it("schedules monthly dates on the due day, clamped to short months, and weekly ones every 7 days", () => {
    const monthly = PERIOD_BANDS.find((b) => b.periodicity === "monthly");
    const weekly = PERIOD_BANDS.find((b) => b.periodicity === "weekly");
    if (!monthly || !weekly) throw new Error("bands missing");
    expect(scheduleOccurrences(monthly, toDayNumber("2025-01-31"), 31, toDayNumber("2025-01-31"), toDayNumber("2025-04-30")).map(fromDayNumber)).toEqual([
      "2025-02-28",
      "2025-03-31",
      "2025-04-30",
    ]);
    expect(scheduleOccurrences(weekly, toDayNumber("2025-01-03"), 3, toDayNumber("2025-01-05"), toDayNumber("2025-01-24")).map(fromDayNumber)).toEqual([
      "2025-01-10",
      "2025-01-17",
      "2025-01-24",
    ]);
  });
});

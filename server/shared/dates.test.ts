import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayNumberOfYmd,
  dayOfWeek,
  dayOfWeekOfDayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  todayIn,
  ymd,
} from "./dates";

describe("business dates", () => {
  it("validates calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("24-01-01")).toBe(false);
  });

  it("adds months without drifting the anchor day", () => {
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2023-01-31", 2)).toBe("2023-03-31");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-11-15", 3)).toBe("2024-02-15");
    expect(addMonths("2023-03-15", -3)).toBe("2022-12-15");
  });

  it("counts days and weekdays", () => {
    expect(daysBetween("2022-11-01", "2022-12-01")).toBe(30);
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(dayOfWeek("2024-01-01")).toBe(1);
    expect(dayOfWeek("2023-12-31")).toBe(0);
  });

  it("reads today in an organisation's time zone", () => {
    const lateUtc = new Date("2024-06-30T23:30:00Z");
    expect(todayIn("Africa/Johannesburg", lateUtc)).toBe("2024-07-01");
    expect(todayIn("UTC", lateUtc)).toBe("2024-06-30");
  });
});

describe("day-number helpers", () => {
  it("agree with the string-based functions", () => {
    for (const date of ["1970-01-01", "2000-02-29", "2024-12-31", "1969-12-31", "2100-03-01"]) {
      const { year, month, day } = ymd(date);
      expect(dayNumberOfYmd(year, month, day)).toBe(toDayNumber(date));
      expect(dayOfWeekOfDayNumber(toDayNumber(date))).toBe(dayOfWeek(date));
    }
  });

  it("normalises day overflow like Date.UTC", () => {
    expect(fromDayNumber(dayNumberOfYmd(2023, 2, 29))).toBe("2023-03-01");
    expect(dayOfWeekOfDayNumber(dayNumberOfYmd(2024, 3, 21))).toBe(4);
  });
});

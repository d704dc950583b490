import { describe, expect, it } from "vitest";
import { firstMonthlyDueDate, holidaysWithin, loanSpanDays } from "./loan-terms";

describe("the first monthly due date", () => {
  it.each([
    ["2024-03-10", 1, 25, "2024-04-25"],
    ["2024-03-28", 1, 1, "2024-05-01"],
    ["2024-03-25", 1, 25, "2024-04-25"],
    ["2024-01-31", 1, 31, "2024-02-29"],
    ["2024-01-15", 3, 5, "2024-05-05"],
  ])("disbursed %s, every %i month(s) on day %i: %s", (disbursed, every, day, expected) => {
    expect(firstMonthlyDueDate(disbursed, every, day)).toBe(expected);
  });
});

describe("the holidays a loan carries", () => {
  const holidays = ["2023-12-25", "2024-01-01", "2024-12-25", "2026-12-25", "2027-01-01", "2027-12-25"];

  it("keeps those from disbursement to two years after the last due date", () => {
    // 12 monthly instalments from 2024-01-01: at most 372 days, then 731 more: until 2027-01-08.
    expect(holidaysWithin(holidays, "2024-01-01", loanSpanDays(12, 1, "months"))).toEqual(["2024-01-01", "2024-12-25", "2026-12-25", "2027-01-01"]);
  });

  it("bounds the span by the longest period of each frequency", () => {
    expect(loanSpanDays(10, 2, "weeks")).toBe(140);
    expect(loanSpanDays(3, 1, "years")).toBe(1098);
    expect(loanSpanDays(30, 1, "days")).toBe(30);
  });
});

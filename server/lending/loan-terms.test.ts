import { describe, expect, it } from "vitest";
import { firstMonthlyDueDate } from "./loan-terms";

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

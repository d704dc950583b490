import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/server/shared/dates";
import { money } from "@/server/shared/money";
import { type AccrualConvention, deriveAccrualConvention, accrueInterest } from "./accrual";
import { parseScheduleTerms } from "./schedule-terms";

const base: AccrualConvention = { daysInYear: "365", daysInMonth: "actual", interestOnHolidays: true };
const accrue = (balance: string, from: string, to: string, convention: Partial<AccrualConvention> = {}) =>
  accrueInterest({ ...base, ...convention, balance, annualInterestRate: "10", from, to });

describe("accrueInterest", () => {
  it.each([
    // 36 500 × 10 % / 365 = 10.00 a day.
    ["365, January", "36500", "2023-01-01", "2023-02-01", {}, "310.00"],
    // 36 600 × 10 % × 29 / 366 (leap February).
    ["actual, leap February", "36600", "2024-02-01", "2024-03-01", { daysInYear: "actual" }, "290.00"],
    ["360, leap February", "36600", "2024-02-01", "2024-03-01", { daysInYear: "360" }, "294.83"],
    // 30/360: 31 Jan → 28 Feb is a whole month of 30 days: 36 000 × 10 % × 30 / 360.
    ["30/360 month end", "36000", "2023-01-31", "2023-02-28", { daysInYear: "360", daysInMonth: "30" }, "300.00"],
    // Across a year end under actual: 15 days of 2023 and 15 of 2024 on 133 590 = 549.00 + 547.50.
    ["actual across a year end", "133590", "2023-12-17", "2024-01-16", { daysInYear: "actual" }, "1096.50"],
  ] as const)("%s", (_label, balance, from, to, convention, interest) => {
    expect(accrue(balance, from, to, convention).interest).toBe(interest);
  });

  it("skips holidays only when interest is off on holidays", () => {
    const march = { holidays: ["2024-03-21", "2024-03-29"] };
    expect(accrue("36500", "2024-03-01", "2024-04-01", { ...march, interestOnHolidays: false }).interest).toBe("290.00");
    expect(accrue("36500", "2024-03-01", "2024-04-01", { ...march, interestOnHolidays: true }).interest).toBe("310.00");
  });

  it("accrues nothing while interest is stopped, counting a stopped holiday once", () => {
    const stops = [{ from: "2024-03-10", to: "2024-03-20" }];
    expect(accrue("36500", "2024-03-01", "2024-04-01", { stops }).interest).toBe("210.00");
    const holidayInStop = { stops: [{ from: "2024-03-15", to: "2024-03-25" }], holidays: ["2024-03-21"], interestOnHolidays: false };
    expect(accrue("36500", "2024-03-01", "2024-04-01", holidayInStop).interest).toBe("210.00");
    expect(accrue("36500", "2024-03-01", "2024-04-01", { stops: [{ from: "2024-03-25" }] }).interest).toBe("240.00");
  });

  it("rounds with the given mode and currency decimals", () => {
    // 1 day of 36 501 at 10 % / 365 = 10.0002…
    const request = { ...base, balance: "36501", annualInterestRate: "10", from: "2023-01-01", to: "2023-01-02" };
    expect(accrueInterest({ ...request, roundingMode: "up" }).interest).toBe("10.01");
    expect(accrueInterest({ ...request, currencyDecimals: 0 }).interest).toBe("10");
    expect(accrueInterest(request).days).toBe(1);
  });

  it("derives the convention of a loan's terms", () => {
    const terms = parseScheduleTerms({ principal: "100", annualInterestRate: "7", numberOfInstalments: 6, disbursementDate: "2024-01-31", daysInYear: "360", daysInMonth: "30" });
    expect(deriveAccrualConvention(terms)).toMatchObject({ daysInYear: "360", daysInMonth: "30", anchorDay: 31 });
    const weekly = parseScheduleTerms({ ...terms, repaymentFrequency: "weeks" });
    expect(deriveAccrualConvention(weekly).daysInMonth).toBe("actual");
  });

  it("refuses bad input naming the field", () => {
    expect(() => accrue("36500", "2024-03-01", "2024-02-01")).toThrow(/to: must not be before from/);
    expect(() => accrue("1e5", "2024-03-01", "2024-04-01")).toThrow(/balance: must be a decimal/);
    expect(() => accrue("100", "2024-02-30", "2024-04-01")).toThrow(/from: must be a date/);
  });

  it("is additive over split ranges (exactly, and within a cent per split once rounded)", () => {
    const convention = fc.record({
      daysInYear: fc.constantFrom("actual", "360", "364", "365"),
      daysInMonth: fc.constantFrom("actual", "30"),
      interestOnHolidays: fc.boolean(),
      holidays: fc.subarray(["2024-01-01", "2024-03-21", "2024-12-16", "2025-01-01", "2025-04-18"]),
    });
    fc.assert(
      fc.property(convention, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 10_000_000 }), (c, start, first, second, cents) => {
        const from = addDays("2023-06-01", start);
        const mid = addDays(from, first);
        const to = addDays(mid, second);
        const balance = money(BigInt(cents)).div(100).toFixed(2);
        const one = (a: string, b: string) => accrueInterest({ ...c, balance, annualInterestRate: "13.5", from: a, to: b });
        const [left, right, whole] = [one(from, mid), one(mid, to), one(from, to)];
        expect(money(left.exact).plus(money(right.exact)).minus(money(whole.exact)).abs().lt("1e-30")).toBe(true);
        expect(money(left.interest).plus(money(right.interest)).minus(money(whole.interest)).abs().lte("0.01")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

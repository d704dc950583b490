import { describe, expect, it } from "vitest";
import { buildSchedule } from "./schedule";
import { referenceSchedule } from "./testing/exact-reference";

const monthly = {
  repaymentEvery: 1,
  repaymentFrequency: "months",
  interestMethod: "declining_balance",
  amortisation: "equal_instalments",
} as const;

const rows = (terms: Record<string, unknown>) => buildSchedule(terms).instalments;
const column = (terms: Record<string, unknown>, key: "principal" | "interest" | "total" | "dueDate") =>
  rows(terms).map((r) => r[key]);

describe("flat interest", () => {
  it("charges interest on the original principal for the whole term, spread evenly", () => {
    // 1000 × 7 % / 12 × 6 = 35.00 → 5.8333… a month: 5.83 × 5, the last absorbs 5.85;
    // principal 1000 / 6 = 166.666… → 166.67 × 5, last 166.65.
    const terms = { ...monthly, principal: "1000", annualInterestRate: "7", numberOfInstalments: 6, disbursementDate: "2024-01-01", interestMethod: "flat" };
    expect(column(terms, "interest")).toEqual(["5.83", "5.83", "5.83", "5.83", "5.83", "5.85"]);
    expect(column(terms, "principal")).toEqual(["166.67", "166.67", "166.67", "166.67", "166.67", "166.65"]);
    expect(buildSchedule(terms).totals).toEqual({ principal: "1000.00", interest: "35.00", fees: "0.00", total: "1035.00" });
  });

  it("under daily calculation takes each period's days but still spreads the total evenly", () => {
    // 36 500 at 10 % / 365: 10.00 a day; January 31 days + February 28 = 590.00 → 295.00 each.
    const terms = { ...monthly, principal: "36500", annualInterestRate: "10", numberOfInstalments: 2, disbursementDate: "2023-01-01", interestMethod: "flat", interestCalculationPeriod: "daily", daysInYear: "365" };
    expect(column(terms, "interest")).toEqual(["295.00", "295.00"]);
  });
});

describe("daily interest: days in year", () => {
  // One period, 1 Feb → 1 Mar 2024: 29 days of a leap year on 36 600 at 10 %.
  const leapFebruary = { ...monthly, principal: "36600", annualInterestRate: "10", numberOfInstalments: 1, disbursementDate: "2024-02-01", interestCalculationPeriod: "daily" };

  it.each([
    ["actual", "290.00"], // 36 600 × 0.10 × 29 / 366 = 290 exactly
    ["365", "290.79"], // 106 140 / 365 = 290.794…
    ["364", "291.59"], // 106 140 / 364 = 291.593…
    ["360", "294.83"], // 106 140 / 360 = 294.833…
  ])("daysInYear %s", (daysInYear, interest) => {
    expect(column({ ...leapFebruary, daysInYear }, "interest")).toEqual([interest]);
  });

  it("splits a period across a year end by each day's year under actual", () => {
    // 17 Dec 2023 → 16 Jan 2024: 15 days of 2023 (/365) and 15 of 2024 (/366) on 133 590 at 10 %:
    // 13 359 × 15/365 + 13 359 × 15/366 = 549.00 + 547.50 = 1096.50.
    const terms = { ...monthly, principal: "133590", annualInterestRate: "10", numberOfInstalments: 1, disbursementDate: "2023-12-17", firstRepaymentDate: "2024-01-16", interestCalculationPeriod: "daily" };
    expect(column(terms, "interest")).toEqual(["1096.50"]);
  });

  it.each(["actual", "365", "360"] as const)("matches an exact-fraction model over a leap year (%s)", (daysInYear) => {
    const dueDates = ["2023-12-15", "2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15"];
    const terms = { ...monthly, principal: "10000", annualInterestRate: "9.5", numberOfInstalments: 6, disbursementDate: "2023-11-15", interestCalculationPeriod: "daily", daysInYear };
    const expected = referenceSchedule({
      principal: "10000",
      annualRate: "9.5",
      disbursement: "2023-11-15",
      dueDates,
      periodsPerYear: 12,
      daily: { daysInYear: daysInYear === "actual" ? "actual" : Number(daysInYear) },
      multiple: "0.01",
    });
    expect(rows(terms).map(({ principal, interest, total, balanceAfter }) => ({ principal, interest, total, balanceAfter }))).toEqual(expected);
  });

  it("keeps the instalment at the nominal rate; only interest follows the days", () => {
    const same = { ...monthly, principal: "5000", annualInterestRate: "12", numberOfInstalments: 18, disbursementDate: "2022-11-01", instalmentAmountInMultiplesOf: "1" };
    const daily = { ...same, interestCalculationPeriod: "daily", daysInYear: "365" };
    expect(column(daily, "total").slice(0, 17)).toEqual(column(same, "total").slice(0, 17));
    expect(column(daily, "interest")[3]).toBe("38.92"); // 4228.41 × 0.12 × 28/365 = 38.924…
  });
});

describe("30-day months", () => {
  it("counts every monthly period as 30 days under daily interest, month ends included", () => {
    // 36 500 at 10 % / 365 × 30 = 300.00 for 31 Jan → 28 Feb as for 28 Feb → 31 Mar.
    const base = { ...monthly, principal: "36500", annualInterestRate: "10", numberOfInstalments: 3, disbursementDate: "2023-01-31", interestCalculationPeriod: "daily", daysInYear: "365" };
    expect(column({ ...base, daysInMonth: "30" }, "interest")[0]).toBe("300.00");
    expect(column({ ...base, daysInMonth: "actual" }, "interest")[0]).toBe("280.00"); // 28 days
    // The days column stays the calendar's (as Fineract shows it).
    expect(rows({ ...base, daysInMonth: "30" }).map((r) => r.days)).toEqual([28, 31, 30]);
  });
});

describe("instalment multiples", () => {
  // 5000 at 1 % a month over 18: the exact instalment is 304.9100… (lending-anchors §2).
  const base = { ...monthly, principal: "5000", annualInterestRate: "12", numberOfInstalments: 18, disbursementDate: "2022-11-01" };
  it.each([
    [undefined, "304.91"],
    ["0.05", "304.90"],
    ["1", "305.00"],
    ["5", "305.00"],
    ["10", "300.00"],
    ["100", "300.00"],
  ])("multiple %s → %s", (multiple, instalment) => {
    const terms = multiple === undefined ? base : { ...base, instalmentAmountInMultiplesOf: multiple };
    expect(column(terms, "total")[0]).toBe(instalment);
    const schedule = buildSchedule(terms);
    expect(schedule.totals.principal).toBe("5000.00");
    expect(schedule.instalments.at(-1)?.balanceAfter).toBe("0.00");
  });

  it("never rounds the instalment to zero: a huge multiple repays early and leaves empty rows", () => {
    const schedule = buildSchedule({ ...base, instalmentAmountInMultiplesOf: "1000" });
    expect(schedule.instalments[0]?.total).toBe("1000.00");
    expect(schedule.totals.principal).toBe("5000.00");
    expect(schedule.instalments.at(-1)?.total).toBe("0.00");
  });
});

describe("rounding modes (interest)", () => {
  const one = (principal: string, roundingMode: string) =>
    column({ ...monthly, principal, annualInterestRate: "12", numberOfInstalments: 1, disbursementDate: "2024-01-01", roundingMode }, "interest")[0];
  it.each([
    // 1 % of the balance: 10.005 is a tie, 10.015 a tie to an even cent, 10.007 not a tie.
    ["1000.50", "half_even", "10.00"],
    ["1000.50", "half_up", "10.01"],
    ["1000.50", "down", "10.00"],
    ["1000.50", "up", "10.01"],
    ["1001.50", "half_even", "10.02"],
    ["1000.70", "half_even", "10.01"],
    ["1000.70", "down", "10.00"],
    ["1000.30", "up", "10.01"],
  ])("%s %s → %s", (principal, mode, interest) => {
    expect(one(principal, mode)).toBe(interest);
  });

  it("rounds exactly even where the periodic rate has no finite decimal form", () => {
    // 1200 at 1 % a year monthly: 1200 × 1/1200 = 1.00 exactly; a truncated 0.000833… would give 0.99 "down".
    expect(column({ ...monthly, principal: "1200", annualInterestRate: "1", numberOfInstalments: 1, disbursementDate: "2024-01-01", roundingMode: "down" }, "interest")).toEqual(["1.00"]);
    expect(column({ ...monthly, principal: "1200", annualInterestRate: "1", numberOfInstalments: 1, disbursementDate: "2024-01-01", roundingMode: "up" }, "interest")).toEqual(["1.00"]);
  });

  it("formats every amount with currencyDecimals", () => {
    const schedule = buildSchedule({ ...monthly, principal: "100000", annualInterestRate: "10", numberOfInstalments: 2, disbursementDate: "2024-01-01", currencyDecimals: 0 });
    expect(schedule.instalments[0]).toMatchObject({ interest: "833", fees: "0" });
    expect(schedule.totals.principal).toBe("100000");
  });
});

describe("interest on holidays", () => {
  // Daily 36 500 at 10 % / 365 = 10.00 a day; March 2024 has 31 days, two of them holidays.
  const base = { ...monthly, principal: "36500", annualInterestRate: "10", numberOfInstalments: 2, disbursementDate: "2024-03-01", interestCalculationPeriod: "daily", daysInYear: "365", holidays: ["2024-03-21", "2024-03-29"] };
  it("accrues nothing on holidays when interestOnHolidays is false", () => {
    expect(column({ ...base, interestOnHolidays: false }, "interest")[0]).toBe("290.00");
    expect(column({ ...base, interestOnHolidays: true }, "interest")[0]).toBe("310.00");
  });

  it("has no effect when interest follows the repayment period", () => {
    const nominal = { ...base, interestCalculationPeriod: "same_as_repayment" };
    expect(column({ ...nominal, interestOnHolidays: false }, "interest")).toEqual(column({ ...nominal, interestOnHolidays: true }, "interest"));
  });
});

describe("equal principal", () => {
  it("splits principal evenly; the last absorbs; interest on the declining balance", () => {
    const terms = { ...monthly, principal: "1000", annualInterestRate: "12", numberOfInstalments: 3, disbursementDate: "2024-01-01", amortisation: "equal_principal" };
    expect(column(terms, "principal")).toEqual(["333.33", "333.33", "333.34"]);
    expect(column(terms, "interest")).toEqual(["10.00", "6.67", "3.33"]); // 1 % of 1000, 666.67, 333.34
  });
});

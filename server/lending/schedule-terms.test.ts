import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/platform/errors";
import { ScheduleTermsError, parseScheduleTerms } from "./schedule-terms";

const valid = {
  principal: "5000",
  annualInterestRate: "12",
  numberOfInstalments: 18,
  disbursementDate: "2022-11-01",
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseScheduleTerms(input);
  } catch (error) {
    if (error instanceof ScheduleTermsError) return error.issues;
    throw error;
  }
  throw new Error("terms were accepted");
}

describe("parseScheduleTerms", () => {
  it("fills in the contract's defaults", () => {
    expect(parseScheduleTerms(valid)).toEqual({
      ...valid,
      repaymentEvery: 1,
      repaymentFrequency: "months",
      amortisation: "equal_instalments",
      interestMethod: "declining_balance",
      interestCalculationPeriod: "same_as_repayment",
      daysInYear: "actual",
      daysInMonth: "actual",
      graceOnPrincipal: 0,
      graceOnInterestPayment: 0,
      currencyDecimals: 2,
      roundingMode: "half_even",
      repaymentDateType: "day_of_month",
      holidayShift: "on_day",
      holidays: [],
      workingDays: ["mon", "tue", "wed", "thu", "fri"],
      interestOnHolidays: true,
    });
  });

  it("accepts day counts written as numbers", () => {
    expect(parseScheduleTerms({ ...valid, daysInYear: 360, daysInMonth: 30 })).toMatchObject({ daysInYear: "360", daysInMonth: "30" });
  });

  it.each([
    [{ principal: "0" }, "principal", "must be greater than 0"],
    [{ principal: "-5" }, "principal", "must be greater than 0"],
    [{ principal: 5000 }, "principal", "must be a decimal number written as a string"],
    [{ principal: "abc" }, "principal", "must be a decimal number written as a string"],
    [{ annualInterestRate: "" }, "annualInterestRate", "must be a decimal number written as a string"],
    [{ principal: "12.345" }, "principal", "must have at most 2 decimals (currencyDecimals)"],
    [{ annualInterestRate: "-0.01" }, "annualInterestRate", "must not be negative"],
    [{ annualInterestRate: "1000.01" }, "annualInterestRate", "must not be above 1000 (percent a year)"],
    [{ numberOfInstalments: 0 }, "numberOfInstalments", "must be at least 1"],
    [{ numberOfInstalments: 2.5 }, "numberOfInstalments", "must be a whole number"],
    [{ graceOnPrincipal: 18 }, "graceOnPrincipal", "must be less than numberOfInstalments (18)"],
    [{ graceOnInterestPayment: 20 }, "graceOnInterestPayment", "must be less than numberOfInstalments (18)"],
    [{ firstRepaymentDate: "2022-10-31" }, "firstRepaymentDate", "must be after disbursementDate (2022-11-01)"],
    [{ firstRepaymentDate: "2022-11-01" }, "firstRepaymentDate", "must be after disbursementDate (2022-11-01)"],
    [{ disbursementDate: "2023-02-29" }, "disbursementDate", "must be a real calendar date written as YYYY-MM-DD (years 1900–2199)"],
    [{ repaymentDay: 0 }, "repaymentDay", "must be at least 1"],
    [{ repaymentDay: 32 }, "repaymentDay", "must be at most 31"],
    [{ repaymentFrequency: "years" }, "repaymentFrequency", "must be one of: days, weeks, months"],
    [{ roundingMode: "ceiling" }, "roundingMode", "must be one of: half_even, half_up, down, up"],
    [{ daysInYear: "366" }, "daysInYear", "must be one of: actual, 360, 364, 365"],
    [{ holidays: ["2024-13-01"] }, "holidays.0", "must be a real calendar date written as YYYY-MM-DD (years 1900–2199)"],
    [{ workingDays: [] }, "workingDays", "must name at least one working day"],
    [{ workingDays: ["mon", "mon"] }, "workingDays", "must not repeat a weekday"],
    [{ instalmentAmountInMultiplesOf: "0" }, "instalmentAmountInMultiplesOf", "must be greater than 0"],
    [{ interestOnHolidays: "no" }, "interestOnHolidays", "must be true or false"],
    [{ repaymentFrequency: "weeks", repaymentDateType: "last_day_of_month" }, "repaymentDateType", 'last_day_of_month needs repaymentFrequency "months"'],
    [{ gracePeriod: 2 }, "gracePeriod", "is not a known option"],
  ])("refuses %j naming %s", (change, path, message) => {
    expect(issuesOf({ ...valid, ...change })).toContainEqual({ path, message });
  });

  it("reports a missing field as required and every broken field at once", () => {
    const issues = issuesOf({ annualInterestRate: "2000", surprise: true });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "principal", message: "is required" },
        { path: "numberOfInstalments", message: "is required" },
        { path: "disbursementDate", message: "is required" },
        { path: "annualInterestRate", message: "must not be above 1000 (percent a year)" },
        { path: "surprise", message: "is not a known option" },
      ]),
    );
  });

  it("refuses something that is not an object", () => {
    expect(issuesOf([1, 2])).toEqual([{ path: "", message: "must be a JSON object" }]);
    expect(issuesOf(null)).toEqual([{ path: "", message: "must be a JSON object" }]);
  });

  it("throws a validation-domain error whose message names field and rule", () => {
    expect(() => parseScheduleTerms({ ...valid, principal: "0" })).toThrow(/principal: must be greater than 0/);
    const error = (() => {
      try {
        parseScheduleTerms({ ...valid, principal: "0" });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "VALIDATION" });
  });
});

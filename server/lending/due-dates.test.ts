import { describe, expect, it } from "vitest";
import { listOrganisationHolidays } from "./holidays";
import { buildSchedule } from "./schedule";

// South African public holidays from date-holidays (substitute Mondays included).
const za = listOrganisationHolidays({ country: "ZA", fromYear: 2024, toYear: 2025 });

const loan = {
  principal: "1000",
  annualInterestRate: "12",
  repaymentEvery: 1,
  repaymentFrequency: "months",
  holidays: za,
} as const;

const dueDates = (terms: Record<string, unknown>) => buildSchedule(terms).instalments.map((r) => r.dueDate);

describe("holiday shift on a day-of-month schedule", () => {
  // 21 March 2024 is Human Rights Day (a Thursday); the 21st of April is a Sunday.
  const march21 = { ...loan, numberOfInstalments: 3, disbursementDate: "2024-02-21", repaymentDay: 21 };
  it.each([
    ["on_day", ["2024-03-21", "2024-04-21", "2024-05-21"]],
    ["last_business_day_before_the_day", ["2024-03-20", "2024-04-19", "2024-05-21"]],
    ["first_business_day_after_the_day", ["2024-03-22", "2024-04-22", "2024-05-21"]],
  ])("Human Rights Day, %s", (holidayShift, expected) => {
    expect(dueDates({ ...march21, holidayShift })).toEqual(expected);
  });

  // 16 December 2024 is the Day of Reconciliation (a Monday).
  it.each([
    ["last_business_day_before_the_day", "2024-12-13"],
    ["first_business_day_after_the_day", "2024-12-17"],
  ])("Day of Reconciliation, %s", (holidayShift, first) => {
    expect(dueDates({ ...loan, numberOfInstalments: 1, disbursementDate: "2024-11-16", repaymentDay: 16, holidayShift })).toEqual([first]);
  });

  // Youth Day, 16 June 2024, fell on a Sunday: Monday the 17th was the public holiday instead.
  it("moves past a Sunday holiday and its Monday substitute, then returns to the anchor day", () => {
    expect(za).toContain("2024-06-17");
    const june = { ...loan, numberOfInstalments: 2, disbursementDate: "2024-05-16", repaymentDay: 16 };
    expect(dueDates({ ...june, holidayShift: "first_business_day_after_the_day" })).toEqual(["2024-06-18", "2024-07-16"]);
    expect(dueDates({ ...june, holidayShift: "last_business_day_before_the_day" })).toEqual(["2024-06-14", "2024-07-16"]);
  });

  it("counts the days of the shifted periods", () => {
    const schedule = buildSchedule({ ...march21, holidayShift: "first_business_day_after_the_day" });
    expect(schedule.instalments.map((r) => r.days)).toEqual([30, 31, 29]); // 21 Feb→22 Mar→22 Apr→21 May
  });

  it("uses the organisation's working days", () => {
    const sixDays = { ...loan, numberOfInstalments: 1, disbursementDate: "2024-07-21", repaymentDay: 24, workingDays: ["mon", "tue", "wed", "thu", "fri", "sat"] };
    // 24 August 2024 is a Saturday: a working day here, so it stays.
    expect(dueDates({ ...sixDays, holidayShift: "first_business_day_after_the_day" })).toEqual(["2024-08-24"]);
    expect(dueDates({ ...sixDays, workingDays: ["mon", "tue", "wed", "thu", "fri"], holidayShift: "first_business_day_after_the_day" })).toEqual(["2024-08-26"]);
  });
});

describe("last and first business day of the month", () => {
  it("takes the last business day: Good Friday and Easter push March 2024 back to the 28th", () => {
    const terms = { ...loan, numberOfInstalments: 3, disbursementDate: "2024-01-31", repaymentDateType: "last_day_of_month" };
    expect(dueDates(terms)).toEqual(["2024-02-29", "2024-03-28", "2024-04-30"]);
  });

  it("starts a month later when that day is not after the disbursement", () => {
    const terms = { ...loan, numberOfInstalments: 1, disbursementDate: "2024-03-28", firstRepaymentDate: "2024-03-29", repaymentDateType: "last_day_of_month" };
    expect(dueDates(terms)).toEqual(["2024-04-30"]);
  });

  it("takes the first business day: New Year's Day, Family Day, Workers' Day and a Saturday", () => {
    const terms = { ...loan, numberOfInstalments: 6, disbursementDate: "2023-12-05", repaymentDateType: "first_day_of_month" };
    expect(dueDates(terms)).toEqual(["2024-01-02", "2024-02-01", "2024-03-01", "2024-04-02", "2024-05-02", "2024-06-03"]);
  });
});

describe("day of month without drift", () => {
  it("clamps to short months and returns to the anchor day", () => {
    const terms = { ...loan, holidays: [], numberOfInstalments: 4, disbursementDate: "2023-12-31", repaymentDay: 31 };
    expect(dueDates(terms)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]);
  });

  it("defaults the first repayment to one period after disbursement, on the disbursement's day", () => {
    expect(dueDates({ ...loan, holidays: [], numberOfInstalments: 2, disbursementDate: "2024-01-30" })).toEqual(["2024-02-29", "2024-03-30"]);
    expect(dueDates({ ...loan, holidays: [], numberOfInstalments: 2, repaymentEvery: 3, disbursementDate: "2024-01-15" })).toEqual(["2024-04-15", "2024-07-15"]);
  });

  it("honours an explicit first repayment date, then the anchor day", () => {
    const terms = { ...loan, holidays: [], numberOfInstalments: 3, disbursementDate: "2024-01-10", firstRepaymentDate: "2024-02-20", repaymentDay: 5 };
    expect(dueDates(terms)).toEqual(["2024-02-20", "2024-03-05", "2024-04-05"]);
  });
});

describe("weekly and daily frequencies", () => {
  it("steps by repaymentEvery weeks or days", () => {
    expect(dueDates({ ...loan, holidays: [], numberOfInstalments: 3, disbursementDate: "2024-01-10", repaymentFrequency: "weeks", repaymentEvery: 2 })).toEqual(["2024-01-24", "2024-02-07", "2024-02-21"]);
    expect(dueDates({ ...loan, holidays: [], numberOfInstalments: 3, disbursementDate: "2024-01-10", repaymentFrequency: "days", repaymentEvery: 10 })).toEqual(["2024-01-20", "2024-01-30", "2024-02-09"]);
  });

  it("keeps due dates strictly increasing when a weekend shifts several onto one day", () => {
    // Daily repayments from Thursday 20 June 2024: Fri, Sat, Sun, Mon. Saturday and Sunday would
    // both move to Monday; the second takes the next business day instead.
    const terms = { ...loan, holidays: [], numberOfInstalments: 4, disbursementDate: "2024-06-20", repaymentFrequency: "days", holidayShift: "first_business_day_after_the_day" };
    expect(dueDates(terms)).toEqual(["2024-06-21", "2024-06-24", "2024-06-25", "2024-06-26"]);
    const back = { ...terms, holidayShift: "last_business_day_before_the_day" };
    expect(dueDates(back)).toEqual(["2024-06-21", "2024-06-24", "2024-06-25", "2024-06-26"]);
  });
});

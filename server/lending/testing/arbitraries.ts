import fc from "fast-check";
import { addDays } from "@/server/shared/dates";
import type { ScheduleTermsInput } from "../schedule-terms";

/** Test-only generators of valid schedule terms covering every option of the contract. */

const ZA_HOLIDAYS = [
  "2024-01-01", "2024-03-21", "2024-03-29", "2024-04-01", "2024-04-27", "2024-05-01", "2024-05-29", "2024-06-17",
  "2024-08-09", "2024-09-24", "2024-12-16", "2024-12-25", "2024-12-26", "2025-01-01", "2025-03-21", "2025-04-18",
  "2025-04-21", "2025-04-28", "2025-05-01", "2025-06-16", "2025-08-09", "2025-09-24", "2025-12-16", "2025-12-25",
];

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** An amount with `decimals` places between `min` and `max` minor units, as contract text. */
export function amountText(decimals: number, minMinor: number, maxMinor: number): fc.Arbitrary<string> {
  return fc.integer({ min: minMinor, max: maxMinor }).map((minor) => {
    if (decimals === 0) return String(minor);
    const text = String(minor).padStart(decimals + 1, "0");
    return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  });
}

const rateText = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4000 }).map((bp) => (bp / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((m) => (m / 1000).toFixed(3)) },
  { weight: 1, arbitrary: fc.constantFrom("0", "1000", "7", "12", "11.75") },
);

const dateText = fc.integer({ min: 0, max: 4 * 366 }).map((offset) => addDays("2023-01-01", offset));

/** Valid terms; `maxInstalments` keeps property runs fast. */
export function scheduleTermsArbitrary(maxInstalments = 60): fc.Arbitrary<ScheduleTermsInput> {
  return fc
    .record({
      decimals: fc.constantFrom(0, 2, 2, 2, 3),
      n: fc.integer({ min: 1, max: maxInstalments }),
      graceP: fc.nat({ max: 6 }),
      graceI: fc.nat({ max: 6 }),
      frequency: fc.constantFrom("months", "months", "weeks", "days"),
      every: fc.integer({ min: 1, max: 3 }),
      disbursementDate: dateText,
      firstOffset: fc.option(fc.integer({ min: 1, max: 70 }), { nil: undefined }),
      repaymentDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
      dateType: fc.constantFrom("day_of_month", "day_of_month", "last_day_of_month", "first_day_of_month"),
      rate: rateText,
      principalMinor: fc.integer({ min: 100, max: 2_000_000_00 }),
      multiple: fc.constantFrom(undefined, "1", "5", "10", "0.05"),
      workingDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      holidays: fc.subarray(ZA_HOLIDAYS),
      options: fc.record({
        amortisation: fc.constantFrom("equal_instalments", "equal_principal"),
        interestMethod: fc.constantFrom("declining_balance", "flat"),
        interestCalculationPeriod: fc.constantFrom("same_as_repayment", "daily"),
        daysInYear: fc.constantFrom("actual", "360", "364", "365"),
        daysInMonth: fc.constantFrom("actual", "30"),
        roundingMode: fc.constantFrom("half_even", "half_up", "down", "up"),
        holidayShift: fc.constantFrom("on_day", "last_business_day_before_the_day", "first_business_day_after_the_day"),
        interestOnHolidays: fc.boolean(),
      }),
    })
    .map((g): ScheduleTermsInput => {
      const months = g.frequency === "months";
      const multiple = g.multiple !== undefined && g.decimals === 0 && g.multiple.includes(".") ? "1" : g.multiple;
      const principal = g.decimals === 0 ? String(Math.max(1, Math.round(g.principalMinor / 100))) : (g.principalMinor / 100).toFixed(2);
      return {
        principal: g.decimals === 3 ? `${principal}0` : principal,
        annualInterestRate: g.rate,
        numberOfInstalments: g.n,
        disbursementDate: g.disbursementDate,
        ...(g.firstOffset === undefined ? {} : { firstRepaymentDate: addDays(g.disbursementDate, g.firstOffset) }),
        repaymentEvery: g.every,
        repaymentFrequency: g.frequency,
        graceOnPrincipal: Math.min(g.graceP, g.n - 1),
        graceOnInterestPayment: Math.min(g.graceI, g.n - 1),
        ...(multiple === undefined ? {} : { instalmentAmountInMultiplesOf: multiple }),
        currencyDecimals: g.decimals,
        repaymentDateType: months ? g.dateType : "day_of_month",
        ...(months && g.repaymentDay !== undefined ? { repaymentDay: g.repaymentDay } : {}),
        holidays: g.holidays,
        workingDays: g.workingDays,
        ...g.options,
      };
    });
}

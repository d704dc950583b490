import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { money, sumMoney } from "@/server/shared/money";
import { buildSchedule } from "./schedule";
import { parseScheduleTerms } from "./schedule-terms";
import { scheduleTermsArbitrary } from "./testing/arbitraries";

const runs = { numRuns: 300 };

describe("schedule properties over random valid terms (all options)", () => {
  it("principal sums exactly to the loan; nothing negative; the last balance is zero", () => {
    fc.assert(
      fc.property(scheduleTermsArbitrary(), (input) => {
        const terms = parseScheduleTerms(input);
        const { instalments, totals } = buildSchedule(input);
        expect(instalments).toHaveLength(terms.numberOfInstalments);
        expect(sumMoney(instalments.map((r) => money(r.principal))).eq(money(terms.principal))).toBe(true);
        expect(money(totals.principal).eq(money(terms.principal))).toBe(true);
        for (const r of instalments) {
          expect(money(r.principal).gte(0) && money(r.interest).gte(0) && money(r.balanceAfter).gte(0)).toBe(true);
          expect(money(r.total).eq(money(r.principal).plus(money(r.interest)).plus(money(r.fees)))).toBe(true);
        }
        expect(money(instalments.at(-1)?.balanceAfter ?? "1").isZero()).toBe(true);
      }),
      runs,
    );
  });

  it("due dates strictly increase from the disbursement, and days are their distances", () => {
    fc.assert(
      fc.property(scheduleTermsArbitrary(), (input) => {
        const terms = parseScheduleTerms(input);
        let previous = terms.disbursementDate;
        for (const r of buildSchedule(input).instalments) {
          expect(r.dueDate > previous).toBe(true);
          expect(r.days).toBe((Date.parse(r.dueDate) - Date.parse(previous)) / 86_400_000);
          previous = r.dueDate;
        }
      }),
      runs,
    );
  });

  it("asks for nothing in interest grace and no principal in any grace", () => {
    fc.assert(
      fc.property(scheduleTermsArbitrary(), (input) => {
        const terms = parseScheduleTerms(input);
        const grace = Math.max(terms.graceOnPrincipal, terms.graceOnInterestPayment);
        buildSchedule(input).instalments.forEach((r, i) => {
          if (i < terms.graceOnInterestPayment) expect(r.total).toBe(money("0").toFixed(terms.currencyDecimals));
          if (i < grace) expect(money(r.principal).isZero()).toBe(true);
        });
      }),
      runs,
    );
  });

  it("equal-instalment schedules have equal totals except the last (and grace rows)", () => {
    const declining = scheduleTermsArbitrary().map((t) => ({ ...t, amortisation: "equal_instalments" as const, interestMethod: "declining_balance" as const }));
    fc.assert(
      fc.property(declining, (input) => {
        const terms = parseScheduleTerms(input);
        const grace = Math.max(terms.graceOnPrincipal, terms.graceOnInterestPayment);
        const rows = buildSchedule(input).instalments.slice(grace, -1).filter((r, i) => {
          // The first row after interest grace also carries the deferred interest; a row whose
          // interest reached the instalment pays no principal, and rows after an early payoff
          // (instalment rounded up to a large multiple) have nothing left to pay.
          const deferredRow = terms.graceOnInterestPayment > 0 && grace + i === terms.graceOnInterestPayment;
          return !deferredRow && money(r.principal).gt(0) && money(r.balanceAfter).gt(0);
        });
        expect(new Set(rows.map((r) => r.total)).size).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it("flat interest totals the original principal × nominal rate × term", () => {
    const flat = scheduleTermsArbitrary().map((t) => ({ ...t, interestMethod: "flat" as const, interestCalculationPeriod: "same_as_repayment" as const, roundingMode: "half_even" as const }));
    fc.assert(
      fc.property(flat, (input) => {
        const terms = parseScheduleTerms(input);
        const perYear = terms.repaymentFrequency === "months" ? 12 : terms.repaymentFrequency === "weeks" ? 52 : terms.daysInYear === "actual" ? 365 : Number(terms.daysInYear);
        const expected = money(terms.principal).times(terms.annualInterestRate).times(terms.repaymentEvery * terms.numberOfInstalments).div(100 * perYear);
        const interest = money(buildSchedule(input).totals.interest);
        expect(interest.eq(expected.toDecimalPlaces(terms.currencyDecimals, 6))).toBe(true);
      }),
      runs,
    );
  });

  it("gives the same schedule for the same terms", () => {
    fc.assert(
      fc.property(scheduleTermsArbitrary(), (input) => {
        expect(buildSchedule(structuredClone(input))).toEqual(buildSchedule(input));
      }),
      { numRuns: 100 },
    );
  });
});

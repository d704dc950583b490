import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, toDayNumber } from "@/server/shared/dates";
import { computeAccrualCurve } from "./cob-state";
import { computePayoff } from "./payoff";
import { replayLoan } from "./replay";
import { parseScheduleTerms } from "./schedule-terms";
import { scheduleTermsArbitrary } from "./testing/arbitraries";

describe("the accrual curve close of business reads", () => {
  it("equals the payoff's accrued interest on every day, for any loan after any repayments", () => {
    fc.assert(
      fc.property(scheduleTermsArbitrary(24), fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 40 })), { maxLength: 4 }), (terms, payments) => {
        const parsed = parseScheduleTerms(terms);
        let date = parsed.disbursementDate;
        const log: Parameters<typeof replayLoan>[1][number][] = [{ id: "d", type: "disbursement", amount: parsed.principal, date }];
        payments.forEach(([amount, gap], i) => {
          date = addDays(date, gap);
          log.push({ id: `r${i}`, type: "repayment", amount: String(amount), date });
        });
        const asOf = addDays(date, 1);
        const replay = (() => {
          try {
            return replayLoan(parsed, log, asOf, { earlyRepaymentStrategy: "from_last_instalment" });
          } catch {
            return null; // a repayment beyond the payoff: not a loan that can exist
          }
        })();
        const state = replay?.state;
        if (!state) return;
        const from = toDayNumber(asOf);
        const curve = computeAccrualCurve(state, from, from + 45);
        curve.forEach((value, i) => expect(value.toFixed(4)).toBe(computePayoff(state, from + i).interestAccrued.toFixed(4)));
      }),
      { numRuns: 200 },
    );
  });
});

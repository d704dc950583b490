import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/server/shared/dates";
import { money, sumMoney } from "@/server/shared/money";
import { type EarlyRepaymentStrategy, applyEarlyRepayment, rescheduleEarlyRepayment } from "./early-repayment";
import { type LoanState, createLoanState, formatStateSchedule, getPrincipalOutstanding, sumPrincipalOutstanding } from "./loan-state";
import { planSchedule } from "./schedule";
import { parseScheduleTerms } from "./schedule-terms";
import { scheduleTermsArbitrary } from "./testing/arbitraries";

// 1200 at 1 % a month over 4: instalment 1200 × 0.01 / (1 − 1.01^−4) = 307.537… → 307.54.
// Scheduled rows: 295.54 + 12.00, 298.50 + 9.04, 301.48 + 6.06, 304.48 + 3.04.
const terms = parseScheduleTerms({ principal: "1200", annualInterestRate: "12", numberOfInstalments: 4, disbursementDate: "2024-01-01" });

function stateWithFirstPaid(): LoanState {
  const state = createLoanState(planSchedule(terms));
  const [first, ...rest] = state.instalments;
  if (first === undefined) throw new Error("no rows");
  return { ...state, instalments: [{ ...first, paidPrincipal: first.principal, paidInterest: first.interest, paidOn: "2024-02-01" }, ...rest] };
}

const rows = (state: LoanState) =>
  formatStateSchedule(state).instalments.map((r) => [r.principal, r.interest, r.total]);

describe("from_last_instalment", () => {
  it("takes the extra principal off the last instalment; the others keep their amounts", () => {
    const after = rescheduleEarlyRepayment(stateWithFirstPaid(), { date: "2024-02-01", amount: "300" }, "from_last_instalment");
    expect(rows(after)).toEqual(rows(stateWithFirstPaid()));
    expect(after.instalments.map((r) => r.paidPrincipal.toFixed(2))).toEqual(["295.54", "0.00", "0.00", "300.00"]);
    expect(sumPrincipalOutstanding(after).toFixed(2)).toBe("604.46"); // 904.46 − 300
  });

  it("settles whole instalments from the end, dropping their future interest: the loan ends earlier", () => {
    const after = rescheduleEarlyRepayment(stateWithFirstPaid(), { date: "2024-02-01", amount: "310" }, "from_last_instalment");
    // 304.48 settles instalment 4 (its 3.04 interest goes); 5.52 comes off instalment 3.
    expect(rows(after)).toEqual([
      ["295.54", "12.00", "307.54"],
      ["298.50", "9.04", "307.54"],
      ["301.48", "6.06", "307.54"],
      ["304.48", "0.00", "304.48"],
    ]);
    expect(after.instalments.map((r) => r.paidOn)).toEqual(["2024-02-01", null, null, "2024-02-01"]);
    expect(after.instalments.map((r) => getPrincipalOutstanding(r).toFixed(2))).toEqual(["0.00", "298.50", "295.96", "0.00"]);
  });
});

describe("reduced_instalments", () => {
  it("recomputes the remaining instalments from the remaining principal as a new loan", () => {
    // 904.46 − 300 = 604.46 over 3: 604.46 × 0.01 / (1 − 1.01^−3) = 205.529… → 205.53.
    const after = rescheduleEarlyRepayment(stateWithFirstPaid(), { date: "2024-02-01", amount: "300" }, "reduced_instalments");
    const open = after.instalments.slice(1).map((r) => [getPrincipalOutstanding(r).toFixed(2), r.interest.toFixed(2)]);
    expect(open).toEqual([
      ["199.49", "6.04"], // 604.46 × 1 %
      ["201.48", "4.05"], // 404.97 × 1 %
      ["203.49", "2.03"], // 203.49 × 1 %
    ]);
    expect(after.instalments).toHaveLength(4);
  });

  it("charges the current period's interest on the old balance up to the payment date", () => {
    // Paid 16 Feb, 15 of February's 29 days on 904.46, 14 on 604.46:
    // 9.0446 × 15/29 + 6.0446 × 14/29 = 4.6782 + 2.9181 = 7.5963 → 7.60.
    const after = applyEarlyRepayment(stateWithFirstPaid(), toDayNumber("2024-02-16"), money("300"), "reduced_instalments");
    expect(after.instalments[1]?.interest.toFixed(2)).toBe("7.60");
    expect(after.instalments[1]?.principal.minus(after.instalments[1]?.paidPrincipal ?? 0).toFixed(2)).toBe("199.49");
  });

  it("keeps the remaining grace and the deferred interest when paid during an interest grace", () => {
    const graceTerms = parseScheduleTerms({ principal: "1200", annualInterestRate: "12", numberOfInstalments: 4, disbursementDate: "2024-01-01", graceOnInterestPayment: 2 });
    const state = createLoanState(planSchedule(graceTerms));
    const after = applyEarlyRepayment(state, toDayNumber("2024-01-01"), money("200"), "reduced_instalments");
    const interest = after.instalments.map((r) => r.interest.toFixed(2));
    // 1000 outstanding: 10.00 a month deferred twice into the third instalment (30.00 in all).
    expect(interest.slice(0, 3)).toEqual(["0.00", "0.00", "30.00"]);
  });
});

describe("early repayment rules", () => {
  it("refuses more than the principal outstanding, and unpaid dues before it", () => {
    expect(() => rescheduleEarlyRepayment(stateWithFirstPaid(), { date: "2024-02-01", amount: "904.47" }, "reduced_instalments")).toThrow(/amount: must not exceed the principal outstanding/);
    const unpaid = createLoanState(planSchedule(terms));
    expect(() => rescheduleEarlyRepayment(unpaid, { date: "2024-02-02", amount: "10" }, "from_last_instalment")).toThrow(/everything due by the early repayment must be paid first/);
  });

  it("keeps the remaining principal equal to the balance minus the payment (property)", () => {
    const strategy = fc.constantFrom<EarlyRepaymentStrategy>("from_last_instalment", "reduced_instalments");
    fc.assert(
      fc.property(scheduleTermsArbitrary(24), strategy, fc.double({ min: 0.001, max: 1, noNaN: true }), (input, chosen, share) => {
        const state = createLoanState(planSchedule(parseScheduleTerms(input)));
        const outstanding = sumPrincipalOutstanding(state);
        const amount = outstanding.times(share).toDecimalPlaces(state.rt.decimals, 1);
        if (amount.lte(0)) return;
        const after = applyEarlyRepayment(state, state.rt.disbursement, amount, chosen);
        expect(sumPrincipalOutstanding(after).eq(outstanding.minus(amount))).toBe(true);
        expect(sumMoney(after.instalments.map((r) => r.principal)).eq(money(input.principal))).toBe(true);
        for (const r of after.instalments) {
          expect(getPrincipalOutstanding(r).gte(0) && r.interest.gte(0) && r.balanceAfter.gte(0)).toBe(true);
        }
        expect(after.instalments.at(-1)?.balanceAfter.isZero()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

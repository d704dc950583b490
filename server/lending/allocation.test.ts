import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/server/shared/dates";
import { money, sumMoney } from "@/server/shared/money";
import { allocatePayment } from "./allocation";
import type { EarlyRepaymentStrategy } from "./early-repayment";
import { type LoanState, chargeFee, createLoanState, getOutstanding, getInstalmentStatus, sumPrincipalOutstanding } from "./loan-state";
import { planSchedule } from "./schedule";
import { parseScheduleTerms } from "./schedule-terms";
import { scheduleTermsArbitrary } from "./testing/arbitraries";

// 1200 at 1 % a month over 4: rows 295.54 + 12.00, 298.50 + 9.04, 301.48 + 6.06, 304.48 + 3.04.
const terms = parseScheduleTerms({ principal: "1200", annualInterestRate: "12", numberOfInstalments: 4, disbursementDate: "2024-01-01" });
const fresh = () => createLoanState(planSchedule(terms));

describe("allocatePayment", () => {
  it("pays the oldest instalment first, fees → interest → principal within it", () => {
    const withFee = chargeFee(fresh(), 19_737, money("5")); // 2024-01-15: charged to instalment 1
    const { allocation, state } = allocatePayment(withFee, { date: "2024-03-05", amount: "320" }, "reduced_instalments");
    expect(allocation.instalments).toEqual([
      { number: 1, principal: "295.54", interest: "12.00", fees: "5.00" },
      { number: 2, principal: "0.00", interest: "7.46", fees: "0.00" }, // the 7.46 left goes to interest first
    ]);
    expect(allocation).toMatchObject({ principal: "295.54", interest: "19.46", fees: "5.00", prepaidPrincipal: "0.00", overpaid: "0.00", closesLoan: false });
    const day = 19_787; // 2024-03-05
    expect(state.instalments.map((r) => getInstalmentStatus(r, day))).toEqual(["paid", "overdue", "upcoming", "upcoming"]);
  });

  it("treats what exceeds the amount due as an early repayment under the strategy", () => {
    const { allocation } = allocatePayment(fresh(), { date: "2024-02-01", amount: "607.54" }, "from_last_instalment");
    expect(allocation).toMatchObject({ principal: "595.54", interest: "12.00", prepaidPrincipal: "300.00" });
    expect(allocation.instalments).toEqual([
      { number: 1, principal: "295.54", interest: "12.00", fees: "0.00" },
      { number: 4, principal: "300.00", interest: "0.00", fees: "0.00" },
    ]);
  });

  it("closes the loan when the payment covers the payoff, charging interest only to that day", () => {
    // 16 Jan: 1200 + 12.00 × 15/31 (= 5.806 → 5.81) = 1205.81; the rest is overpaid.
    const { allocation, state } = allocatePayment(fresh(), { date: "2024-01-16", amount: "1300" }, "reduced_instalments");
    expect(allocation).toMatchObject({ principal: "1200.00", interest: "5.81", overpaid: "94.19", closesLoan: true });
    expect(state.closedOn).toBe("2024-01-16");
    expect(state.instalments).toHaveLength(1);
    const again = allocatePayment(state, { date: "2024-01-20", amount: "10" }, "reduced_instalments");
    expect(again.allocation).toMatchObject({ principal: "0.00", overpaid: "10.00", closesLoan: false });
  });

  it("closes the loan when the last instalment is paid on its due date", () => {
    let state: LoanState = fresh();
    for (const [date, amount] of [["2024-02-01", "307.54"], ["2024-03-01", "307.54"], ["2024-04-01", "307.54"], ["2024-05-01", "307.52"]] as const) {
      state = allocatePayment(state, { date, amount }, "from_last_instalment").state;
    }
    expect(state.closedOn).toBe("2024-05-01");
    expect(state.overpaid.isZero()).toBe(true);
  });

  it("refuses bad amounts and dates", () => {
    expect(() => allocatePayment(fresh(), { date: "2024-02-01", amount: "0" }, "from_last_instalment")).toThrow(/amount: must be greater than 0/);
    expect(() => allocatePayment(fresh(), { date: "2024-02-01", amount: "1.005" }, "from_last_instalment")).toThrow(/amount: must have at most 2 decimals/);
    expect(() => allocatePayment(fresh(), { date: "2024-02-01", amount: "1e3" }, "from_last_instalment")).toThrow(/amount: must be a decimal/);
    expect(() => allocatePayment(fresh(), { date: "2023-12-31", amount: "10" }, "from_last_instalment")).toThrow(/date: must not be before the disbursement/);
  });
});

describe("allocation properties", () => {
  const strategy = fc.constantFrom<EarlyRepaymentStrategy>("from_last_instalment", "reduced_instalments");
  const payments = fc.array(fc.record({ offset: fc.integer({ min: 0, max: 400 }), share: fc.integer({ min: 1, max: 60_000 }) }), { minLength: 1, maxLength: 6 });

  it("allocates exactly the payment, never beyond what is due, and conserves principal", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scheduleTermsArbitrary(18), strategy, payments, (input, chosen, list) => {
        const parsed = parseScheduleTerms(input);
        let state = createLoanState(planSchedule(parsed));
        let principalPaid = money("0");
        const sorted = [...list].sort((a, b) => a.offset - b.offset);
        for (const p of sorted) {
          const date = addDays(parsed.disbursementDate, p.offset);
          const amount = money(BigInt(p.share)).div(100).toDecimalPlaces(parsed.currencyDecimals, 1);
          if (amount.lte(0)) continue;
          const { allocation, state: next } = allocatePayment(state, { date, amount: amount.toFixed(parsed.currencyDecimals) }, chosen);
          const parts = [allocation.principal, allocation.interest, allocation.fees, allocation.overpaid].map((x) => money(x));
          expect(sumMoney(parts).eq(amount)).toBe(true);
          const rows = (k: "principal" | "interest" | "fees") => sumMoney(allocation.instalments.map((r) => money(r[k])));
          expect(rows("principal").eq(money(allocation.principal)) && rows("interest").eq(money(allocation.interest))).toBe(true);
          for (const r of next.instalments) {
            expect(r.paidPrincipal.lte(r.principal) && r.paidInterest.lte(r.interest) && r.paidFees.lte(r.fees)).toBe(true);
            expect(r.paidPrincipal.gte(0) && r.paidInterest.gte(0)).toBe(true);
          }
          // Oldest first: money only goes ahead of its due date once everything due is paid.
          if (money(allocation.prepaidPrincipal).gt(0) || money(allocation.overpaid).gt(0)) {
            expect(next.instalments.filter((r) => r.dueDate <= date).every((r) => getOutstanding(r).isZero())).toBe(true);
          }
          principalPaid = principalPaid.plus(money(allocation.principal));
          state = next;
        }
        expect(principalPaid.plus(sumPrincipalOutstanding(state)).eq(money(parsed.principal))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { quotePayoff } from "./payoff";
import { type LoanTransaction, replayLoan } from "./replay";
import { buildSchedule } from "./schedule";

/**
 * The reference check of issue 5: 100 at 7 % over 6 months, 30/360, disbursed 2024-01-01. Its
 * schedule is Fineract's (Loan.feature, "Early pay-off loan with interest"): instalment
 * 100 × (7/1200) / (1 − (1 + 7/1200)^−6) = 17.0058… → 17.01.
 */
const terms = {
  principal: "100",
  annualInterestRate: "7",
  numberOfInstalments: 6,
  disbursementDate: "2024-01-01",
  daysInYear: "360",
  daysInMonth: "30",
};
const disbursement: LoanTransaction = { id: "d1", type: "disbursement", date: "2024-01-01", amount: "100" };
const firstInstalment: LoanTransaction = { id: "r1", type: "repayment", date: "2024-02-01", amount: "17.01" };

function stateAfter(period: "same_as_repayment" | "daily", log: LoanTransaction[], asOf: string) {
  const replay = replayLoan({ ...terms, interestCalculationPeriod: period }, log, asOf, { earlyRepaymentStrategy: "from_last_instalment" });
  if (replay.state === null) throw new Error("not disbursed");
  return replay.state;
}

describe("100 at 7 %, 6 months, 30/360", () => {
  it.each(["same_as_repayment", "daily"] as const)("has Fineract's schedule (%s)", (period) => {
    const schedule = buildSchedule({ ...terms, interestCalculationPeriod: period });
    expect(schedule.instalments.map((r) => [r.principal, r.interest, r.total])).toEqual([
      ["16.43", "0.58", "17.01"], // 100 × 7/1200 = 0.5833
      ["16.52", "0.49", "17.01"], // 83.57 → 0.4875
      ["16.62", "0.39", "17.01"], // 67.05 → 0.3911
      ["16.72", "0.29", "17.01"], // 50.43 → 0.2942
      ["16.81", "0.20", "17.01"], // 33.71 → 0.1966
      ["16.90", "0.10", "17.00"], // 16.90 → 0.0986
    ]);
    expect(schedule.totals.interest).toBe("2.05");
  });

  it.each([
    // date, same_as_repayment total, daily total
    // Disbursement day: nothing accrued.
    ["2024-01-01", "100.00", "100.00"],
    // 15 days into January: 0.58333 × 15/31 = 0.2823 → 0.28; daily 100 × 0.07 × 15/360 = 0.2917 → 0.29.
    ["2024-01-16", "100.28", "100.29"],
    // First due date, unpaid: the whole first interest is due, nothing accrued yet.
    ["2024-02-01", "100.58", "100.58"],
    // After the term, nothing paid: principal + all interest.
    ["2024-07-01", "102.05", "102.05"],
  ])("quotes the payoff on %s before any repayment", (date, sameAsRepayment, daily) => {
    expect(quotePayoff(stateAfter("same_as_repayment", [disbursement], date), date).total).toBe(sameAsRepayment);
    expect(quotePayoff(stateAfter("daily", [disbursement], date), date).total).toBe(daily);
  });

  it("quotes 83.81 on 15 Feb after the first instalment, as Fineract's pay-off does", () => {
    // 83.57 + 83.57 × 7/1200 × 14/29 (= 0.2353 → 0.24).
    const quote = quotePayoff(stateAfter("same_as_repayment", [disbursement, firstInstalment], "2024-02-15"), "2024-02-15");
    expect(quote).toEqual({ date: "2024-02-15", principal: "83.57", interestDue: "0.00", interestAccrued: "0.24", fees: "0.00", total: "83.81" });
    // Daily: 83.57 × 0.07 × 14/360 = 0.2275 → 0.23.
    expect(quotePayoff(stateAfter("daily", [disbursement, firstInstalment], "2024-02-15"), "2024-02-15").total).toBe("83.80");
  });

  it("adds unpaid due interest and the current period's accrual when an instalment is overdue", () => {
    // 10 Mar, second instalment unpaid: 83.57 + 0.49 due + March so far on the scheduled 67.05:
    // 67.05 × 7/1200 × 9/31 = 0.1136 → 0.11; daily 67.05 × 0.07 × 9/360 = 0.1173 → 0.12.
    const same = quotePayoff(stateAfter("same_as_repayment", [disbursement, firstInstalment], "2024-03-10"), "2024-03-10");
    expect(same).toMatchObject({ principal: "83.57", interestDue: "0.49", interestAccrued: "0.11", total: "84.17" });
    expect(quotePayoff(stateAfter("daily", [disbursement, firstInstalment], "2024-03-10"), "2024-03-10").total).toBe("84.18");
  });

  it("includes unpaid fees", () => {
    const fee: LoanTransaction = { id: "f1", type: "fee", date: "2024-02-10", amount: "2.50" };
    const quote = quotePayoff(stateAfter("same_as_repayment", [disbursement, firstInstalment, fee], "2024-02-15"), "2024-02-15");
    expect(quote).toMatchObject({ fees: "2.50", total: "86.31" });
  });

  it("closes the loan when exactly the quote is paid", () => {
    const payoff: LoanTransaction = { id: "r2", type: "repayment", date: "2024-02-15", amount: "83.81" };
    const replay = replayLoan({ ...terms, interestCalculationPeriod: "same_as_repayment" }, [disbursement, firstInstalment, payoff], "2024-02-15", { earlyRepaymentStrategy: "reduced_instalments" });
    expect(replay.closedOn).toBe("2024-02-15");
    expect(replay.repayments[1]?.allocation).toMatchObject({ principal: "83.57", interest: "0.24", overpaid: "0.00", closesLoan: true });
    expect(replay.balances).toMatchObject({ principalOutstanding: "0.00", payoff: "0.00", totalOutstanding: "0.00" });
  });

  it("refuses a date before the disbursement", () => {
    expect(() => quotePayoff(stateAfter("daily", [disbursement], "2024-01-01"), "2023-12-31")).toThrow(/date: must not be before the disbursement/);
  });
});

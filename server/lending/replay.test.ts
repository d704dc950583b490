import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/server/shared/dates";
import { money, sumMoney } from "@/server/shared/money";
import { type LoanTransaction, replayLoan } from "./replay";
import { parseScheduleTerms } from "./schedule-terms";
import { scheduleTermsArbitrary } from "./testing/arbitraries";

// 1200 at 1 % a month over 4: rows 295.54 + 12.00, 298.50 + 9.04, 301.48 + 6.06, 304.48 + 3.04.
const terms = { principal: "1200", annualInterestRate: "12", numberOfInstalments: 4, disbursementDate: "2024-01-01" };
const fromLast = { earlyRepaymentStrategy: "from_last_instalment" } as const;
const disburse: LoanTransaction = { id: "t1", type: "disbursement", date: "2024-01-01", amount: "1200" };
// The engine state holds the business calendar's functions; everything else is plain data.
const plain = ({ state: _state, ...rest }: ReturnType<typeof replayLoan>) => rest;

describe("replayLoan", () => {
  it("reports balances, due and overdue amounts and per-instalment status", () => {
    const log: LoanTransaction[] = [disburse, { id: "t2", type: "repayment", date: "2024-02-01", amount: "307.54" }, { id: "t3", type: "repayment", date: "2024-03-05", amount: "100" }];
    const replay = replayLoan(terms, log, "2024-03-10", fromLast);
    expect(replay.instalments.map((i) => [i.status, i.paidTotal, i.outstanding])).toEqual([
      ["paid", "307.54", "0.00"],
      ["overdue", "100.00", "207.54"], // 9.04 interest then 90.96 principal
      ["upcoming", "0.00", "307.54"],
      ["upcoming", "0.00", "307.52"],
    ]);
    expect(replay.balances).toMatchObject({
      principalOutstanding: "813.50", // 1200 − 295.54 − 90.96
      interestOutstanding: "9.10",
      dueNow: "207.54",
      overdue: "207.54",
      daysOverdue: 9,
      paidPrincipal: "386.50",
      paidInterest: "21.04",
    });
    expect(replay.repayments.map((r) => r.transactionId)).toEqual(["t2", "t3"]);
    expect(replay.schedule?.instalments).toHaveLength(4);
    expect(replay.originalSchedule?.totals.interest).toBe("30.14");
  });

  it("skips reverted transactions: a revert is a replay without them", () => {
    const paid: LoanTransaction = { id: "t2", type: "repayment", date: "2024-02-01", amount: "307.54" };
    const reverted = replayLoan(terms, [disburse, { ...paid, reverted: true }], "2024-02-10", fromLast);
    const never = replayLoan(terms, [disburse], "2024-02-10", fromLast);
    expect(plain(reverted)).toEqual(plain(never));
    expect(reverted.balances).toMatchObject({ overdue: "307.54", daysOverdue: 9 });
  });

  it("charges fees to the instalment of their date and collects them first", () => {
    const log: LoanTransaction[] = [disburse, { id: "f", type: "fee", date: "2024-02-05", amount: "15" }, { id: "r", type: "repayment", date: "2024-03-01", amount: "630.08" }];
    const replay = replayLoan(terms, log, "2024-03-01", fromLast);
    // Instalment 1 (overdue since 1 Feb) is paid before instalment 2's fee, interest, principal.
    expect(replay.instalments.map((i) => [i.fees, i.status])).toEqual([["0.00", "paid"], ["15.00", "paid"], ["0.00", "upcoming"], ["0.00", "upcoming"]]);
    expect(replay.repayments[0]?.allocation.fees).toBe("15.00");
  });

  it("stops and restarts interest", () => {
    const log: LoanTransaction[] = [disburse, { id: "s", type: "interest_stop", date: "2024-01-11" }, { id: "g", type: "interest_start", date: "2024-01-21" }];
    const replay = replayLoan(terms, log, "2024-01-25", fromLast);
    // January's 12.00 for 31 days, 10 of them stopped: 12 × 21/31 = 8.129… → 8.13.
    expect(replay.schedule?.instalments[0]?.interest).toBe("8.13");
    expect(replay.interestStopped).toBe(false);
    const open = replayLoan(terms, log.slice(0, 2), "2024-01-25", fromLast);
    expect(open.interestStopped).toBe(true);
    expect(open.schedule?.totals.interest).toBe("3.87"); // 12 × 10/31 for the first 10 days only
  });

  it("reports a loan that is not disbursed yet, and refuses impossible logs", () => {
    expect(replayLoan(terms, [], "2024-01-01", fromLast)).toMatchObject({ disbursed: false, schedule: null });
    const early: LoanTransaction = { id: "x", type: "repayment", date: "2023-12-31", amount: "1" };
    expect(() => replayLoan(terms, [disburse, early], "2024-01-05", fromLast)).toThrow(/transaction x: nothing can happen to a loan before its disbursement/);
    expect(() => replayLoan(terms, [early], "2024-01-05", fromLast)).toThrow(/transaction x: the loan has not been disbursed/);
    expect(() => replayLoan(terms, [disburse, { ...disburse, id: "t9" }], "2024-01-05", fromLast)).toThrow(/transaction t9: a term loan is disbursed once/);
  });

  it("ignores transactions after the as-of date", () => {
    const later: LoanTransaction = { id: "r", type: "repayment", date: "2024-02-01", amount: "307.54" };
    expect(replayLoan(terms, [disburse, later], "2024-01-31", fromLast).repayments).toEqual([]);
  });

  it("is deterministic and conserves money over random histories", () => {
    const histories = fc.array(fc.record({ offset: fc.integer({ min: 0, max: 500 }), cents: fc.integer({ min: 1, max: 80_000 }), fee: fc.boolean(), reverted: fc.boolean() }), { maxLength: 6 });
    const strategy = fc.constantFrom("from_last_instalment" as const, "reduced_instalments" as const);
    fc.assert(
      fc.property(scheduleTermsArbitrary(12), histories, strategy, (input, events, chosen) => {
        const parsed = parseScheduleTerms(input);
        const log: LoanTransaction[] = [
          { id: "d", type: "disbursement", date: parsed.disbursementDate, amount: parsed.principal },
          ...events.map((e, i): LoanTransaction => {
            const amount = money(BigInt(e.cents)).div(100).toDecimalPlaces(parsed.currencyDecimals, 1).plus(parsed.currencyDecimals === 0 ? 1 : 0).toFixed(parsed.currencyDecimals);
            const date = addDays(parsed.disbursementDate, e.offset);
            return e.fee ? { id: `e${i}`, type: "fee", date, amount } : { id: `e${i}`, type: "repayment", date, amount, reverted: e.reverted };
          }),
        ];
        const asOf = addDays(parsed.disbursementDate, 600);
        const first = replayLoan(input, log, asOf, { earlyRepaymentStrategy: chosen });
        expect(plain(replayLoan(structuredClone(input), structuredClone(log), asOf, { earlyRepaymentStrategy: chosen }))).toEqual(plain(first));
        const received = sumMoney(log.filter((t) => t.type === "repayment" && t.reverted !== true).map((t) => money("amount" in t ? t.amount : "0")));
        const b = first.balances;
        expect(money(b.paidPrincipal).plus(money(b.paidInterest)).plus(money(b.paidFees)).plus(money(first.overpaid)).eq(received)).toBe(true);
        expect(money(b.paidPrincipal).plus(money(b.principalOutstanding)).eq(money(parsed.principal))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

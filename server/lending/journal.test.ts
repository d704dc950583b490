import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { money, sumMoney } from "@/server/shared/money";
import { journalLinesFor, reversalOf, type Posting } from "./journal";

const balanceOf = (lines: { amount: string }[]) => sumMoney(lines.map((l) => money(l.amount))).toFixed(2);

describe("journal lines", () => {
  it("books a disbursement against cash", () => {
    expect(journalLinesFor({ type: "disbursement", amount: "5000" }, 2)).toEqual([
      { account: "loan_principal", amount: "5000.00" },
      { account: "cash", amount: "-5000.00" },
    ]);
  });

  it("splits a repayment over principal, interest and fees, clearing accrued interest first", () => {
    const lines = journalLinesFor({ type: "repayment", principal: "255", interest: "50", fees: "10", interestReceivable: "30" }, 2);
    expect(lines).toEqual([
      { account: "cash", amount: "315.00" },
      { account: "loan_principal", amount: "-255.00" },
      { account: "interest_receivable", amount: "-30.00" },
      { account: "interest_income", amount: "-20.00" },
      { account: "fee_receivable", amount: "-10.00" },
    ]);
  });

  const amount = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2));
  const posting: fc.Arbitrary<Posting> = fc.oneof(
    amount.map((a) => ({ type: "disbursement" as const, amount: a })),
    fc.tuple(amount, amount, amount, amount).map(([principal, interest, fees, interestReceivable]) => ({ type: "repayment" as const, principal, interest, fees, interestReceivable })),
    amount.map((a) => ({ type: "fee" as const, amount: a })),
    fc.tuple(amount, amount).map(([principal, fees]) => ({ type: "write_off" as const, principal, fees })),
  );

  it("balances every posting and its reversal, and never writes a zero line", () => {
    fc.assert(
      fc.property(posting, (p) => {
        const lines = journalLinesFor(p, 2);
        expect(balanceOf(lines)).toBe("0.00");
        expect(balanceOf(reversalOf(lines, 2))).toBe("0.00");
        expect(lines.every((l) => !money(l.amount).isZero())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

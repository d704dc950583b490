import { describe, expect, it } from "vitest";
import { addDays } from "@/server/shared/dates";
import { projectRevolvingAccrual, replayRevolving, type RevolvingTerms } from "./revolving-account";

const terms: RevolvingTerms = { creditLimit: "10000", annualInterestRate: "18.25", daysInYear: "365", currencyDecimals: 2 };

describe("a revolving credit line", () => {
  it("accrues daily interest on the drawn principal and pays fees, interest, then principal", () => {
    // 4000 drawn for 10 days at 18.25 % / 365 = 0.05 % a day: 20.00 of interest.
    const position = replayRevolving(
      terms,
      [
        { id: "d1", date: "2024-03-01", type: "disbursement", amount: "4000" },
        { id: "f1", date: "2024-03-05", type: "fee", amount: "15" },
        { id: "r1", date: "2024-03-11", type: "repayment", amount: "535" },
      ],
      "2024-03-11",
    );
    expect(position.allocations).toEqual([{ transactionId: "r1", fees: "15.00", interest: "20.00", principal: "500.00" }]);
    expect(position.principalOutstanding).toBe("3500.00");
    expect(position.interestAccrued).toBe("0.00");
    expect(position.availableCredit).toBe("6500.00");
  });

  it("carries unpaid interest and refuses draws beyond the available credit", () => {
    const log = [
      { id: "d1", date: "2024-03-01", type: "disbursement" as const, amount: "9000" },
      { id: "d2", date: "2024-03-21", type: "disbursement" as const, amount: "950" },
    ];
    // 20 days on 9000 at 0.05 %/day = 90.00 accrued; available = 10000 - 9000 - 90 = 910.
    expect(() => replayRevolving(terms, log, "2024-03-21")).toThrow(/available credit of 910.00/);
  });

  it("stops interest while the account's interest is stopped", () => {
    const position = replayRevolving(
      terms,
      [
        { id: "d1", date: "2024-03-01", type: "disbursement", amount: "2000" },
        { id: "s1", date: "2024-03-03", type: "interest_stop" },
        { id: "s2", date: "2024-03-13", type: "interest_start" },
      ],
      "2024-03-15",
    );
    // 2 days before the stop and 2 after the restart: 4 days × 1.00.
    expect(position.interestAccrued).toBe("4.00");
  });

  it("refuses a repayment above everything owed, naming the payoff", () => {
    expect(() =>
      replayRevolving(
        terms,
        [
          { id: "d1", date: "2024-03-01", type: "disbursement", amount: "1000" },
          { id: "r1", date: "2024-03-01", type: "repayment", amount: "1000.01" },
        ],
        "2024-03-01",
      ),
    ).toThrow(/payoff amount of 1000.00/);
  });
});

describe("the projected accrual of a credit line", () => {
  it("equals replaying the line to each of the coming days", () => {
    const log = [
      { id: "d1", date: "2024-03-01", type: "disbursement" as const, amount: "4000" },
      { id: "r1", date: "2024-03-05", type: "repayment" as const, amount: "333.33" },
    ];
    const projected = projectRevolvingAccrual(terms, log, "2024-03-06", 40);
    projected.forEach((value, i) => expect(value).toBe(replayRevolving(terms, log, addDays("2024-03-06", i)).interestAccrued));
  });
});

import { describe, expect, it } from "vitest";
import { buildSchedule } from "./schedule";

const base = {
  principal: "1200",
  annualInterestRate: "12",
  numberOfInstalments: 4,
  disbursementDate: "2024-01-01",
  repaymentFrequency: "months",
} as const;

const table = (terms: Record<string, unknown>) =>
  buildSchedule(terms).instalments.map((r) => [r.principal, r.interest, r.total, r.balanceAfter]);

// 1 % a month. The instalment over 2 paying periods: 1200 × 0.01 / (1 − 1.01^−2) = 609.0149… → 609.01.
describe("grace on principal", () => {
  it("charges interest only during the grace; the instalment is computed over the remaining ones", () => {
    expect(table({ ...base, graceOnPrincipal: 2 })).toEqual([
      ["0.00", "12.00", "12.00", "1200.00"],
      ["0.00", "12.00", "12.00", "1200.00"],
      ["597.01", "12.00", "609.01", "602.99"],
      ["602.99", "6.03", "609.02", "0.00"], // 602.99 × 0.01 = 6.0299
    ]);
  });

  it("keeps equal principal over the paying instalments", () => {
    const rows = table({ ...base, amortisation: "equal_principal", graceOnPrincipal: 1 });
    expect(rows.map((r) => r[0])).toEqual(["0.00", "400.00", "400.00", "400.00"]);
  });
});

describe("grace on interest payment (deferred, not waived)", () => {
  it("asks for nothing during the grace and adds its interest to the first instalment after it", () => {
    expect(table({ ...base, graceOnInterestPayment: 2 })).toEqual([
      ["0.00", "0.00", "0.00", "1200.00"],
      ["0.00", "0.00", "0.00", "1200.00"],
      ["597.01", "36.00", "633.01", "602.99"], // own 12.00 + deferred 2 × 12.00
      ["602.99", "6.03", "609.02", "0.00"],
    ]);
    // Same interest in total as paying it along the way.
    expect(buildSchedule({ ...base, graceOnInterestPayment: 2 }).totals.interest).toBe(buildSchedule({ ...base, graceOnPrincipal: 2 }).totals.interest);
  });

  it("combines with a longer principal grace: deferred interest, then interest only, then instalments", () => {
    const rows = table({ ...base, numberOfInstalments: 5, graceOnPrincipal: 3, graceOnInterestPayment: 1 });
    expect(rows.slice(0, 3)).toEqual([
      ["0.00", "0.00", "0.00", "1200.00"],
      ["0.00", "24.00", "24.00", "1200.00"],
      ["0.00", "12.00", "12.00", "1200.00"],
    ]);
    expect(rows[3]?.[2]).toBe("609.01");
  });

  it("defers flat interest the same way", () => {
    // 1000 at 7 % flat over 6 months: 5.83 a month, 2 months deferred into the third (17.49).
    const rows = table({ ...base, principal: "1000", annualInterestRate: "7", numberOfInstalments: 6, interestMethod: "flat", amortisation: "equal_principal", graceOnInterestPayment: 2 });
    expect(rows.map((r) => r[1])).toEqual(["0.00", "0.00", "17.49", "5.83", "5.83", "5.85"]);
    expect(rows.map((r) => r[0])).toEqual(["0.00", "0.00", "250.00", "250.00", "250.00", "250.00"]);
  });

  it("under daily interest defers each grace period's own days", () => {
    // 36 500 at 10 % / 365: January 310.00 and February 290.00 (29 days, 2024) deferred into March.
    const rows = table({ ...base, principal: "36500", annualInterestRate: "10", numberOfInstalments: 3, interestCalculationPeriod: "daily", daysInYear: "365", graceOnInterestPayment: 2 });
    expect(rows[2]?.[1]).toBe("910.00"); // 310.00 + 290.00 + March's 31 days 310.00
  });
});

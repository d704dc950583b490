import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnalysableTransaction } from "@/server/banking/analysable";
import { LABEL_CODES, TRANSACTION_TYPES } from "@/server/banking/taxonomy";
import { addDays } from "@/server/shared/dates";
import { Money } from "@/server/shared/money";
import { analyseBankData, type AnalysisResult } from "./analyse-bank-data";
import type { AnalysisAccount } from "./input";
import { currentAccount, SMALL_SERIES } from "./test-support/series";

/**
 * Properties over arbitrary valid labelled input: the engine never throws, is deterministic, and
 * its full-month averages read full months only.
 */
const amountArb = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 500_000 })).map(([negative, cents]) => `${negative && cents > 0 ? "-" : ""}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`);

const accountArb = fc.record({
  type: fc.constantFrom("current" as const, "current" as const, "savings" as const, "credit_card" as const),
  balance: fc.option(amountArb, { nil: null }),
  balanceOffset: fc.option(fc.integer({ min: -30, max: 30 }), { nil: null }),
});

const transactionArb = fc.record({
  account: fc.integer({ min: 0, max: 2 }),
  day: fc.integer({ min: 0, max: 200 }),
  amount: amountArb,
  label: fc.constantFrom(...LABEL_CODES),
  type: fc.constantFrom(...TRANSACTION_TYPES),
  counterparty: fc.option(fc.constantFrom("ACME", "LANDLORD", "COFIDIS", "SHOP", "SASSA"), { nil: null }),
  returned: fc.boolean(),
  withBalance: fc.option(amountArb, { nil: null }),
});

const inputArb = fc.record({
  accounts: fc.array(accountArb, { minLength: 1, maxLength: 3 }),
  transactions: fc.array(transactionArb, { minLength: 1, maxLength: 80 }),
  asOfOffset: fc.integer({ min: 30, max: 260 }),
});

type Generated = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function build(generated: Generated) {
  const start = "2025-01-01";
  const accounts: AnalysisAccount[] = generated.accounts.map((a, i) =>
    // The first account is always a current account, so most inputs pass the gate.
    currentAccount({ id: `a${i}`, type: i === 0 ? "current" : a.type, balance: a.balance, balanceDate: a.balance === null || a.balanceOffset === null ? null : addDays(start, 100 + a.balanceOffset) }),
  );
  const transactions: AnalysableTransaction[] = generated.transactions.map((t, i) => {
    const accountId = `a${t.account % accounts.length}`;
    const previous = i > 0 ? `t${i - 1}` : null;
    const isReturned = t.returned && !t.amount.startsWith("-") && previous !== null;
    return {
      id: `t${i}`,
      accountId,
      date: addDays(start, t.day),
      amount: t.amount,
      balance: t.withBalance,
      description: `${t.label} ${t.counterparty ?? "line"} ${i}`,
      label: t.label,
      type: t.type,
      counterparty: t.counterparty,
      isReturned,
      returnedTransactionId: isReturned ? previous : null,
    };
  });
  return { accounts, transactions, asOf: addDays(start, generated.asOfOffset), options: SMALL_SERIES };
}

const AVERAGES = [
  "average_full_month_primary_income",
  "average_full_month_secondary_income",
  "average_full_month_discretionary_expenses",
  "average_full_month_non_discretionary_expenses",
  "average_full_month_existing_debt_repayments",
  "average_full_month_affordability",
] as const;

const MONTHLY = ["primary_income", "secondary_income", "discretionary_expenses", "non_discretionary_expenses", "existing_debt_repayments", "affordability_amount"] as const;

describe("engine properties", () => {
  it("never throws on valid labelled input and gives the same result twice", () => {
    let completed = 0;
    fc.assert(
      fc.property(inputArb, (generated) => {
        const input = build(generated);
        const first = analyseBankData(input);
        const second = analyseBankData(input);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        if (first.status === "completed") {
          completed++;
          expect(first.liquidity_score.balance_forecast).toHaveLength(90);
          for (const score of Object.values(first.health_score).filter((v) => typeof v === "number")) expect(score).toBeGreaterThanOrEqual(0);
          expect(first.credit_score.value).toBeGreaterThanOrEqual(0);
          expect(first.credit_score.value).toBeLessThanOrEqual(1000);
        }
      }),
      { numRuns: 200 },
    );
    // Most generated inputs pass the gate, so the properties are exercised on completed analyses.
    expect(completed).toBeGreaterThan(100);
  });

  it("averages over full months equal the mean of the full months' figures, whatever the partial months hold", () => {
    fc.assert(
      fc.property(inputArb, amountArb, (generated, extra) => {
        const input = build(generated);
        const result = analyseBankData(input);
        if (result.status !== "completed") return;
        checkAverages(result);
        // A purchase added on the window's first day, inside a partial month, changes no average.
        const firstMonth = result.window.months[0];
        if (!firstMonth || firstMonth.full_month) return;
        const account = result.data_quality.analysed_account_ids[0] ?? "a0";
        const more = analyseBankData({
          ...input,
          transactions: [...input.transactions, { id: "extra", accountId: account, date: result.window.start_date, amount: extra.startsWith("-") ? extra : `-${extra}`, balance: null, description: "extra", label: "shopping", type: "card", counterparty: "EXTRA SHOP", isReturned: false, returnedTransactionId: null }],
        });
        if (more.status !== "completed" || more.window.start_date !== result.window.start_date) return;
        for (const field of AVERAGES) expect(more.affordability[field]).toBe(result.affordability[field]);
      }),
      { numRuns: 200 },
    );
  });
});

function checkAverages(result: AnalysisResult) {
  const full = result.affordability.monthly_affordability.filter((m) => m.full_month);
  AVERAGES.forEach((field, i) => {
    const average = result.affordability[field];
    if (full.length === 0) {
      expect(average).toBeNull();
      return;
    }
    const monthly = MONTHLY[i] ?? "affordability_amount";
    const mean = full.reduce((sum, m) => sum.plus(m[monthly]), new Money(0)).div(full.length);
    // Monthly figures are rounded to cents before this mean: allow half a cent.
    expect(new Money(average ?? "0").minus(mean).abs().lte("0.005")).toBe(true);
  });
}

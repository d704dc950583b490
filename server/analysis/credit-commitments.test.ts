import { describe, expect, it } from "vitest";
import { analyseCompleted, currentAccount, Series, SMALL_SERIES } from "./test-support/series";

/**
 * January to June 2025: salary 2000.00 on the 25th; LENDER A 250.00 on the 5th all six months
 * (May's returned four days later); LENDER B 100.00 on the 10th from April, after a drawdown of
 * 3000.00 on 28 March; LENDER C 50.00 on the 15th, January to March only.
 */
function loans(): Series {
  const s = new Series();
  s.add("2025-01-01", "-1.00", "bank_fees");
  s.monthly("2025-01-25", 6, "2000.00", "salary", { counterparty: "ACME" });
  const a = s.monthly("2025-01-05", 6, "-250.00", "loan_repayment", { counterparty: "LENDER A" });
  s.add("2025-05-09", "250.00", "loan_repayment", { counterparty: "LENDER A", isReturned: true, returnedTransactionId: a[4]?.id ?? null, id: "a-returned" });
  s.add("2025-03-28", "3000.00", "loan_drawdown", { counterparty: "LENDER B", id: "drawdown" });
  s.monthly("2025-04-10", 3, "-100.00", "loan_repayment", { counterparty: "LENDER B" });
  s.monthly("2025-01-15", 3, "-50.00", "loan_repayment", { counterparty: "LENDER C" });
  s.add("2025-06-30", "-1.00", "bank_fees");
  return s;
}

describe("credit commitments", () => {
  const result = analyseCompleted([currentAccount()], loans().transactions, "2025-06-30", SMALL_SERIES);
  const commitments = result.credit_commitments;

  it("finds one commitment per lender, with its status in the window", () => {
    expect(commitments.commitments.map((c) => [c.lender, c.typical_instalment, c.monthly_amount, c.payment_count, c.rejected_payment_count, c.periodicity, c.status])).toEqual([
      // The returned May instalment is not a payment: five were paid.
      ["LENDER A", "250.00", "250.00", 5, 1, "monthly", "ongoing"],
      ["LENDER B", "100.00", "100.00", 3, 0, "monthly", "new"],
      ["LENDER C", "50.00", "50.00", 3, 0, "monthly", "stopped"],
    ]);
    expect(commitments.consumer_credit_count).toBe(3);
    expect(commitments.consumer_credit_lenders).toEqual(["LENDER A", "LENDER B", "LENDER C"]);
    expect([commitments.new_commitment_count, commitments.stopped_commitment_count]).toEqual([1, 1]);
  });

  it("adds up the running instalments and divides them by income: the debt-service ratio", () => {
    // A and B still run: 250 + 100 = 350 a month, over 2000.00 of income (the drawdown is not income).
    expect(commitments.monthly_repayments).toBe("350.00");
    expect(commitments.debt_service_ratio).toBe(0.175);
    // Paid over the window: 5 × 250 + 3 × 100 + 3 × 50.
    expect(commitments.total_repayments_amount).toBe("1700.00");
    expect(commitments.average_full_month_repayments).toBe("283.33");
  });

  it("reports the drawdown with its lender and transaction", () => {
    expect(commitments.drawdowns).toEqual({ count: 1, total_amount: "3000.00", lenders: ["LENDER B"], transaction_ids: ["drawdown"] });
  });

  it("keeps the rejected instalment's ids for drill-down", () => {
    const a = commitments.commitments[0];
    expect(a?.transaction_ids).toHaveLength(5);
    expect(a?.rejected_transaction_ids).toHaveLength(1);
  });
});

describe("contracts with one lender", () => {
  it("splits fixed instalments by amount and gathers varying ones into one revolving contract", () => {
    const s = new Series();
    s.monthly("2025-01-05", 3, "-101.67", "loan_repayment", { counterparty: "CARTE ZERO", description: "PRLV CARTE ZERO ECHEANCE" });
    s.monthly("2025-01-06", 3, "-150.00", "loan_repayment", { counterparty: "CARTE ZERO", description: "PRLV CARTE ZERO ECHEANCE" });
    s.add("2025-01-28", "-67.20", "loan_repayment", { counterparty: "CARTE ZERO", description: "PRELEVEMENT ADVANZIA BANK" });
    s.add("2025-02-28", "-29.12", "loan_repayment", { counterparty: "CARTE ZERO", description: "PRELEVEMENT ADVANZIA BANK" });
    s.add("2025-03-28", "-34.89", "loan_repayment", { counterparty: "CARTE ZERO", description: "PRELEVEMENT ADVANZIA BANK" });
    s.monthly("2025-01-03", 3, "-126.99", "bnpl", { counterparty: "ONEY" });
    const r = analyseCompleted([currentAccount()], s.transactions, "2025-03-31", SMALL_SERIES);
    const c = r.credit_commitments;
    expect(c.commitments.map((x) => [x.lender, x.kind, x.instalment_type, x.typical_instalment])).toEqual([
      ["ONEY", "buy_now_pay_later", "fixed", "126.99"],
      ["CARTE ZERO", "consumer_credit", "fixed", "101.67"],
      ["CARTE ZERO", "consumer_credit", "fixed", "150.00"],
      ["CARTE ZERO", "consumer_credit", "varying", "34.89"],
    ]);
    expect(c.lenders.map((l) => [l.name, l.commitment_count])).toEqual([
      ["CARTE ZERO", 3],
      ["ONEY", 1],
    ]);
    expect(c.consumer_credit_count).toBe(3);
  });

  it("files a card settlement as spending, not as a commitment", () => {
    const s = new Series();
    s.monthly("2025-01-27", 3, "-989.34", "credit_card_repayment", { counterparty: "TOT DIF" });
    s.monthly("2025-01-25", 3, "2500.00", "salary", { counterparty: "ACME" });
    s.add("2025-01-01", "-1.00", "bank_fees");
    s.add("2025-03-31", "-1.00", "bank_fees");
    const r = analyseCompleted([currentAccount()], s.transactions, "2025-03-31", SMALL_SERIES);
    expect(r.credit_commitments.commitment_count).toBe(0);
    expect(r.credit_commitments.debt_service_ratio).toBe(0);
    expect(r.affordability.average_full_month_existing_debt_repayments).toBe("0.00");
    expect(r.affordability.monthly_affordability[1]?.non_discretionary_expenses).toBe("989.34");
  });
});

import { describe, expect, it } from "vitest";
import { analyseCompleted, currentAccount, Series, SMALL_SERIES } from "./test-support/series";

describe("statements", () => {
  it("summarise every account given, analysed or not, with counts, totals and averages", () => {
    const s = new Series();
    s.add("2025-03-01", "1000.00", "salary", { counterparty: "ACME" });
    s.add("2025-03-05", "-300.00", "rent");
    s.add("2025-03-09", "-100.00", "groceries");
    s.add("2025-03-10", "-200.00", "savings");
    s.add("2025-03-10", "200.00", "internal_transfer", { accountId: "acc-sav" });
    const accounts = [
      currentAccount({ balance: "900.00", balanceDate: "2025-03-10", holder: "JANE DOE" }),
      currentAccount({ id: "acc-sav", type: "savings", name: "Savings", balance: "5200.00", balanceDate: "2025-03-10" }),
      currentAccount({ id: "acc-empty", type: "savings", name: "Old savings", balance: "12.5", balanceDate: "2025-01-01" }),
    ];
    const r = analyseCompleted(accounts, s.transactions, "2025-03-10", SMALL_SERIES);
    expect(r.statements.accounts_summary).toEqual([
      expect.objectContaining({
        account: "acc-1",
        account_type: "current",
        is_analysed: true,
        statement_start_date: "2025-03-01",
        statement_end_date: "2025-03-10",
        opening_balance: "500.00",
        closing_balance: "900.00",
        total_transactions: 4,
        number_of_credit_transactions: 1,
        number_of_debit_transactions: 3,
        average_credit_transaction: "1000.00",
        average_debit_transaction: "200.00",
        total_credit_amount: "1000.00",
        total_debit_amount: "600.00",
      }),
      expect.objectContaining({ account: "acc-sav", is_analysed: false, opening_balance: "5000.00", closing_balance: "5200.00", total_transactions: 1 }),
      expect.objectContaining({ account: "acc-empty", is_analysed: false, opening_balance: null, closing_balance: "12.50", total_transactions: 0, average_credit_transaction: null }),
    ]);
    expect(r.statements.account_holder_name).toBe("JANE DOE");
  });
});

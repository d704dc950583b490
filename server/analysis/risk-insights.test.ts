import { describe, expect, it } from "vitest";
import { analyseCompleted, currentAccount, Series, SMALL_SERIES } from "./test-support/series";

describe("returned debit orders", () => {
  // Debit orders returned on 2025-06-20, 2025-04-10, 2025-01-15 and 2024-09-01; the analysis date is 2025-06-30.
  const s = new Series();
  s.add("2024-08-01", "-10.00", "bank_fees");
  for (const [date, amount, id] of [
    ["2024-09-01", "100.00", "r1"],
    ["2025-01-15", "200.00", "r2"],
    ["2025-04-10", "300.00", "r3"],
    ["2025-06-20", "400.00", "r4"],
  ] as const) {
    s.add(date, `-${amount}`, "insurance", { counterparty: "INSURER", id: `${id}-debit` });
    s.add(date, amount, "insurance", { counterparty: "INSURER", isReturned: true, returnedTransactionId: `${id}-debit`, id });
  }
  s.add("2025-06-30", "-10.00", "bank_fees");
  const result = analyseCompleted([currentAccount()], s.transactions, "2025-06-30", SMALL_SERIES);
  const returned = result.risk_insights.risk_insights.returned_debit_orders_insights;

  it("counts them over the last 1, 3, 6 and 12 months before the analysis date", () => {
    // After 2025-05-30: r4; after 2025-03-30: r3, r4; after 2024-12-30: r2–r4; after 2024-06-30: all.
    expect([returned.last_month_count, returned.last_3_months_count, returned.last_6_months_count, returned.last_12_months_count]).toEqual([1, 2, 3, 4]);
    // (100 + 200 + 300 + 400) / 4.
    expect(returned.monthly_average_debit_order_value).toBe("250.00");
    expect(returned.transaction_ids).toEqual(["r1", "r2", "r3", "r4"]);
    expect(returned.returned_transaction_ids).toEqual(["r1-debit", "r2-debit", "r3-debit", "r4-debit"]);
  });

  it("raises the flag and Algoan's payment rejections with the same transactions", () => {
    const flag = result.risk_insights.flags.find((f) => f.code === "returned_debit_orders");
    expect(flag).toMatchObject({ present: true, value: 2, transaction_ids: ["r1", "r2", "r3", "r4"] });
    expect(result.risk_insights.incidents.payment_rejections).toMatchObject({ count: 4, total_amount: "1000.00" });
  });

  it("nets the returned debits out of the insurance spend", () => {
    expect(result.expenses_insights.top_expense_amounts.map((e) => e.label)).toEqual(["bank_fees"]);
  });
});

describe("overdraft from a balance rebuilt backwards", () => {
  // Closing balance 600.00 on 2 February, after a credit of 500.00 that day; the analysis stops on 31 January.
  const s = new Series();
  s.add("2025-01-01", "-50.00", "shopping", { counterparty: "SHOP" });
  s.add("2025-01-10", "-200.00", "shopping", { counterparty: "SHOP" });
  s.add("2025-01-20", "300.00", "salary", { counterparty: "ACME" });
  s.add("2025-01-31", "-20.00", "shopping", { counterparty: "SHOP" });
  s.add("2025-02-02", "500.00", "transfer_in", { counterparty: "FRIEND" });
  const account = currentAccount({ balance: "600.00", balanceDate: "2025-02-02" });
  const result = analyseCompleted([account], s.transactions, "2025-01-31", SMALL_SERIES);
  const overdraft = result.risk_insights.risk_insights.overdraft_insights;

  it("rebuilds the days: opening 70.00, below zero from the 10th to the 19th", () => {
    // 600 − 500 (2 Feb) = 100 at the end of 31 Jan; + 20 = 120 on the 30th; − 300 = −180 on the 19th;
    // + 200 = 20 on the 9th; + 50 = 70 before 1 January.
    expect(result.statements.accounts_summary[0]).toMatchObject({ opening_balance: "70.00", closing_balance: "100.00", balance_source: "closing_balance" });
    expect(overdraft.total_days_in_overdraft).toBe(10);
    expect(overdraft.monthly_overdraft_analysis).toEqual([{ year: 2025, month: 1, days_in_overdraft: 10 }]);
    expect(overdraft.total_proportion_of_days_in_overdraft).toBe(0.3226);
    expect(overdraft.unique_months).toBe(1);
    expect(overdraft.monthly_average_days_in_overdraft).toBe(10);
    expect(overdraft.minimum_balance_reached).toBe("-180.00");
    const shaded = result.charts.daily_balance.filter((d) => d.in_overdraft).map((d) => d.date);
    expect(shaded[0]).toBe("2025-01-10");
    expect(shaded[shaded.length - 1]).toBe("2025-01-19");
    expect(overdraft.transaction_ids).toEqual(["t2"]);
  });

  it("uses the running balances the source gives instead, whatever their order within a day", () => {
    const t = new Series();
    // Same day, listed newest first: 100 → 40 (−60) → −10 (−50).
    t.add("2025-03-01", "-50.00", "shopping", { balance: "-10.00" });
    t.add("2025-03-01", "-60.00", "shopping", { balance: "40.00" });
    t.add("2025-03-02", "30.00", "refund", { balance: "20.00" });
    const r = analyseCompleted([currentAccount({ balance: "999.00", balanceDate: "2025-03-02" })], t.transactions, "2025-03-02", SMALL_SERIES);
    expect(r.charts.daily_balance).toEqual([
      { date: "2025-03-01", balance: "-10.00", in_overdraft: true },
      { date: "2025-03-02", balance: "20.00", in_overdraft: false },
    ]);
    expect(r.statements.accounts_summary[0]).toMatchObject({ opening_balance: "100.00", balance_source: "transactions" });
  });

  it("does not measure overdraft when no balance is known", () => {
    const r = analyseCompleted([currentAccount()], s.transactions, "2025-01-31", SMALL_SERIES);
    expect(r.risk_insights.risk_insights.overdraft_insights).toMatchObject({ total_days_in_overdraft: 0, balance_known: false, minimum_balance_reached: null });
    expect(r.data_quality.balance_sources).toEqual([{ account: "acc-1", source: "unknown" }]);
  });
});

describe("net saver or net spender", () => {
  function twoMonths(spend: string) {
    const s = new Series();
    s.monthly("2025-01-01", 2, "1000.00", "salary", { counterparty: "ACME" });
    s.monthly("2025-01-15", 2, spend, "shopping", { counterparty: "MALL" });
    s.monthly("2025-01-20", 2, "-300.00", "savings", { counterparty: "OWN SAVINGS" });
    s.add("2025-02-28", "-0.00", "bank_fees");
    return analyseCompleted([currentAccount()], s.transactions, "2025-02-28", SMALL_SERIES).risk_insights.risk_insights.net_saver_spender_insights;
  }

  it("is a saver when income exceeds spending, money put in savings not counted as spent", () => {
    // 1000 − 900 − 300 + 300 = +100 a month.
    expect(twoMonths("-900.00")).toMatchObject({ net_saver_spender: "net_saver", average_monthly_net_flow: "100.00" });
  });

  it("is a spender when spending exceeds income", () => {
    // 1000 − 1100 = −100 a month.
    expect(twoMonths("-1100.00")).toMatchObject({ net_saver_spender: "net_spender", average_monthly_net_flow: "-100.00" });
  });
});

describe("Algoan risk items", () => {
  it("collect fees, debt collection, seizure and wage advances with their transactions, for the flags", () => {
    const s = new Series();
    s.add("2025-01-02", "-25.00", "overdraft_fees", { id: "fee" });
    s.add("2025-01-03", "-110.80", "garnishment", { id: "seizure" });
    s.add("2025-01-04", "-60.00", "debt_collection", { id: "collector" });
    s.add("2025-01-05", "500.00", "wage_advance", { id: "advance" });
    s.add("2025-01-06", "-11.64", "returned_payment_fees", { id: "rejection-fee" });
    const r = analyseCompleted([currentAccount()], s.transactions, "2025-01-06", SMALL_SERIES);
    const { incidents, flags } = r.risk_insights;
    expect(incidents.overdraft.fees).toEqual({ count: 1, total_amount: "25.00", transaction_ids: ["fee"] });
    expect(incidents.account_seizure).toEqual({ count: 1, total_amount: "110.80", transaction_ids: ["seizure"] });
    expect(incidents.debt_collection).toEqual({ count: 1, total_amount: "60.00", transaction_ids: ["collector"] });
    expect(incidents.wage_advance).toEqual({ count: 1, total_amount: "500.00", transaction_ids: ["advance"] });
    expect(incidents.payment_rejections).toMatchObject({ count: 0, total_fees_amount: "11.64", fees_transaction_ids: ["rejection-fee"] });
    const present = Object.fromEntries(flags.map((f) => [f.code, f.transaction_ids]));
    expect(present).toMatchObject({ overdraft_fees: ["fee"], account_seizure: ["seizure"], debt_collection: ["collector"], wage_advance: ["advance"], payment_rejection_fees: ["rejection-fee"] });
    expect(flags.find((f) => f.code === "gambling")?.present).toBe(false);
  });
});

describe("overdraft over several accounts", () => {
  it("counts a day once when any account with a known balance ends it below zero; the minimum is per account", () => {
    const s = new Series();
    s.add("2025-01-01", "-100.00", "shopping");
    s.add("2025-01-03", "100.00", "refund");
    s.add("2025-01-02", "-10.00", "shopping", { accountId: "acc-2" });
    s.add("2025-01-05", "-500.00", "shopping", { accountId: "acc-3" });
    const accounts = [
      currentAccount({ balance: "50.00", balanceDate: "2025-01-05" }), // 50 → −50 on the 1st and 2nd
      currentAccount({ id: "acc-2", balance: "1000.00", balanceDate: "2025-01-05" }), // never below zero
      currentAccount({ id: "acc-3" }), // no balance: not measured, not in the combined balance
    ];
    const r = analyseCompleted(accounts, s.transactions, "2025-01-05", SMALL_SERIES);
    const overdraft = r.risk_insights.risk_insights.overdraft_insights;
    expect(overdraft.total_days_in_overdraft).toBe(2);
    expect(overdraft.minimum_balance_reached).toBe("-50.00");
    // Combined known balances: 950 + 1010 → 960 on the 1st, 950 on the 2nd, 1050 from the 3rd.
    expect(r.charts.daily_balance.map((d) => d.balance)).toEqual(["960.00", "950.00", "1050.00", "1050.00", "1050.00"]);
    expect(r.liquidity_score.starting_balance).toBe("1050.00");
  });
});

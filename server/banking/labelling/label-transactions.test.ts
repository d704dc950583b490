import { describe, expect, it } from "vitest";
import type { AnalysableTransaction } from "../analysable";
import type { LabelCode } from "../taxonomy";
import { loadLabelled } from "../test-support/fixtures";
import { labelTransactions } from "./label-transactions";
import type { LabellingAccount, LabellingTransaction, OrgRule } from "./types";

function account(transactions: ReadonlyArray<Omit<LabellingTransaction, "id">>, extra: Partial<LabellingAccount> = {}): LabellingAccount {
  return { id: "a1", type: "current", currency: "EUR", holder: null, transactions: transactions.map((t, i) => ({ id: `t${i}`, ...t })), ...extra };
}

function labelOf(description: string, amount: string, orgRules: readonly OrgRule[] = []): LabelCode | undefined {
  return labelTransactions([account([{ date: "2024-01-10", amount, description }])], orgRules)[0]?.label;
}

describe("sample exports are labelled in their language", () => {
  const cases: Array<[string, Record<string, LabelCode>]> = [
    ["samples/za-bank-statement.csv", { "DEBIT ORDER HOUSING": "rent", "ACB DEBIT:EXTERNAL DISCOVERY": "insurance", "MAGTAPE DEBIT VODACOM": "telecom", "POS PURCHASE SHOPRITE": "groceries", "ATM WITHDRAWAL": "cash_withdrawal", HOLLYWOODBETS: "gambling", "AFRICAN BANK": "loan_repayment", "PREPAID ELECTRICITY": "utilities", ENGEN: "fuel", SASSA: "social_grant", SALARY: "salary", "MONTHLY ACCOUNT FEE": "bank_fees", PAYFLEX: "bnpl", "KFC SOWETO": "dining", "UNPAID DEBIT ORDER FEE": "returned_payment_fees" }],
    ["samples/checking-ofx102.ofx", { "ACME CORP PAYROLL": "salary", "CHECK 1045": "rent", KROGER: "groceries", "ATM WITHDRAWAL": "cash_withdrawal", "SANTANDER CONSUMER": "loan_repayment", SHELL: "fuel", DRAFTKINGS: "gambling", "MONTHLY SERVICE FEE": "bank_fees", "COMCAST CABLE INTERNET": "telecom", "RETURNED ITEM FEE": "returned_payment_fees", "TRANSFER TO SAVINGS": "savings" }],
    ["samples/current-account-ofx220.ofx", { "SALARY NORTHWIND": "salary", "RENT LANDLORD": "rent", "COUNCIL TAX": "taxes", TESCO: "groceries", "BRITISH GAS": "utilities", VODAFONE: "telecom", NETFLIX: "subscriptions", ZOPA: "loan_repayment", "PADDY POWER": "gambling", "CASH LINK ATM": "cash_withdrawal", "UBER EATS": "dining", "DWP UNIVERSAL CREDIT": "benefits", "OVERDRAFT INTEREST": "overdraft_fees", CLEARPAY: "bnpl" }],
    ["samples/credit-card.qfx", { AMAZON: "shopping", STARBUCKS: "dining", "DELTA AIR": "travel", COSTCO: "groceries", "PAYMENT THANK YOU": "internal_transfer", SPOTIFY: "subscriptions", CHEVRON: "fuel", AFTERPAY: "bnpl", "INTEREST CHARGE": "overdraft_fees" }],
    ["samples/eu-bank-semicolon.csv", { "INCASSO HUUR": "rent", VATTENFALL: "utilities", "ALBERT HEIJN": "groceries", GELDOPNEMING: "cash_withdrawal", SALARIS: "salary", "SEPA INCASSO KLARNA": "bnpl", HYPOTHEEK: "mortgage", ZORGVERZEKERING: "insurance", "RENTE EN KOSTEN": "bank_fees" }],
  ];
  it.each(cases)("%s", async (file, expected) => {
    const { transactions } = await loadLabelled(file);
    for (const [fragment, label] of Object.entries(expected)) {
      const matching = transactions.filter((t) => t.description.includes(fragment) && !t.isReturned);
      expect(matching.length, fragment).toBeGreaterThan(0);
      for (const t of matching) expect([fragment, t.label]).toEqual([fragment, label]);
    }
  });

  it("South African debit orders are direct debits and an RD return is linked and labelled like its debit", async () => {
    const { transactions } = await loadLabelled("samples/za-bank-statement.csv");
    const debitOrders = transactions.filter((t) => /^(DEBIT ORDER|ACB DEBIT|MAGTAPE)/.test(t.description));
    expect(debitOrders.every((t) => t.type === "direct_debit")).toBe(true);
    const rd = transactions.find((t) => t.description.startsWith("RD:"));
    const debit = transactions.find((t) => t.id === rd?.returnedTransactionId);
    expect(rd).toMatchObject({ isReturned: true, label: "insurance", amount: "845.60" });
    expect(debit).toMatchObject({ amount: "-845.60", date: "2024-03-02", returnedById: rd?.id });
    expect(rd?.reason.description).toMatch(/^return marker "RD" \(en pack\) on a credit giving back the debit of 2024-03-02/);
  });
});

describe("rule order and reasons", () => {
  it("explains a built-in match with the keyword, pack and direction", () => {
    const [t] = labelTransactions([account([{ date: "2024-01-05", amount: "-879.78", description: "VIREMENT EMIS AG HOMALONE LOYER" }])]);
    expect(t?.reason).toEqual({ source: "builtin", ruleId: "fr.rent", description: 'keyword "LOYER" (fr pack) on a debit' });
    expect(t?.counterparty).toBe("AG HOMALONE");
  });

  it("prefers the more specific built-in rule", () => {
    expect(labelOf("REGLEMENT ASSU. CNP PRET HABITAT", "-17.80")).toBe("insurance");
    expect(labelOf("F FRAIS PRLV IMP 9,99EUR PROVISION INSUFFISANTE", "-20")).toBe("returned_payment_fees");
    expect(labelOf("PRELEVEMENT DE BANQUE CASINO", "-134.28")).toBe("loan_repayment");
    expect(labelOf("CB GEANT CASINO", "-20")).toBe("groceries");
    expect(labelOf("CB CASINO BARRIERE", "-50")).toBe("gambling");
    expect(labelOf("CARTE X2518 3-4X CB ONEY", "-126.99")).toBe("bnpl");
    expect(labelOf("BETALING VERZEKERING AG INSURANCE HYPOTHEEKLENING", "-17.80")).toBe("insurance");
    expect(labelOf("HYPOTHEEKLENING TERMIJN", "-522.31")).toBe("mortgage");
    expect(labelOf("COMPRA SpotifyES P1229D7F8C", "-9.99")).toBe("subscriptions");
  });

  it("uses regular-expression rules and amount ranges", () => {
    const [t] = labelTransactions([account([{ date: "2024-01-05", amount: "-99.90", description: "CB DARTY PAIEMENT EN 3 FOIS" }])]);
    expect(t?.label).toBe("bnpl");
    expect(t?.reason.description).toBe('pattern match "PAIEMENT EN 3 FOIS" (common pack) on a debit');
    expect(labelOf("MONTHLY SERVICE FEE", "-12.00")).toBe("bank_fees");
    expect(labelOf("SMITH ATTORNEYS FEE", "-4500.00")).toBe("debt_collection");
    expect(labelOf("CONSULTING FEE J NKOSI", "-4500.00")).toBe("other_expense");
  });

  it("lets sign decide between income and expense readings of one word", () => {
    expect(labelOf("VIREMENT LOYER PAR MR X", "400")).toBe("rental_income");
    expect(labelOf("VIREMENT LOYER", "-400")).toBe("rent");
    expect(labelOf("CB WINAMAX", "-10")).toBe("gambling");
    expect(labelOf("WINAMAX RETRAIT GAINS", "150")).toBe("gambling_winnings");
  });

  it("organisation rules outrank built-ins, the highest priority first, and overrides outrank everything", () => {
    const rules: OrgRule[] = [
      { id: "r1", pattern: "homalone", label: "mortgage", priority: 1, appliesTo: "debit" },
      { id: "r2", pattern: "AG HOMA", label: "transfer_out", priority: 5, appliesTo: "debit", name: "Landlord is family" },
      { id: "r3", pattern: "HOMALONE", label: "salary", priority: 9, appliesTo: "credit" },
    ];
    const input = account([{ date: "2024-01-05", amount: "-879.78", description: "VIREMENT EMIS AG HOMALONE LOYER" }, { date: "2024-01-06", amount: "-10", description: "VIREMENT EMIS AG HOMALONE LOYER" }]);
    const [first, second] = labelTransactions([input], rules, { overrides: new Map([["t1", { label: "rent", note: "checked with the lease", by: "j.doe" }]]) });
    expect(first?.label).toBe("transfer_out");
    expect(first?.reason.source).toBe("organisation");
    expect(first?.reason.ruleId).toBe("org:r2");
    expect(first?.reason.description).toBe('organisation rule "Landlord is family" /AG HOMA/i → transfer_out (priority 5, debits), on a debit');
    expect(second?.reason).toEqual({ source: "override", ruleId: "override:t1", description: "set by j.doe: checked with the lease" });
    expect(second?.label).toBe("rent");
  });

  it("falls back on type and sign, and says so", () => {
    const [card, transfer] = labelTransactions([account([{ date: "2024-01-05", amount: "-12", description: "PAIEMENT CB XYZ SARL" }, { date: "2024-01-06", amount: "40", description: "VIREMENT DE PAUL" }])]);
    expect(card).toMatchObject({ label: "other_expense", type: "card", reason: { source: "fallback", ruleId: "fallback.debit.card" } });
    expect(transfer).toMatchObject({ label: "transfer_in", type: "transfer_in", reason: { description: "no rule matched; a transfer in credit ⇒ transfer_in" } });
  });
});

describe("recurrence, returns and own-account transfers", () => {
  const months = ["2024-01-28", "2024-02-27", "2024-03-28", "2024-04-26"];

  it("a stable monthly credit from a company is a salary; from a titled person it is a transfer", () => {
    const rows = months.flatMap((date, i) => [
      { date, amount: String(1800 + i * 10), description: "VIREMENT DE GLOBEX CORPORATION REF 1" },
      { date, amount: "300", description: "VIREMENT DE MME DUPONT" },
    ]);
    const labels = labelTransactions([account(rows)]);
    expect(labels.filter((t) => t.label === "salary")).toHaveLength(4);
    expect(labels.find((t) => t.label === "salary")?.reason.ruleId).toBe("recurrence.salary");
    expect(labels.filter((t) => t.description.includes("DUPONT")).every((t) => t.label === "transfer_in")).toBe(true);
  });

  it("a fixed monthly transfer out is rent only when no rent or mortgage was found", () => {
    const rows = months.flatMap((date) => [
      { date, amount: "2000", description: "SALAIRE ACME" },
      { date, amount: "-650", description: "VIREMENT VERS M. MARTIN" },
    ]);
    expect(labelTransactions([account(rows)]).filter((t) => t.label === "rent")).toHaveLength(4);
    const withMortgage = [...rows, { date: "2024-02-01", amount: "-900", description: "PRET IMMOBILIER ECH" }];
    expect(labelTransactions([account(withMortgage)]).filter((t) => t.label === "rent")).toHaveLength(0);
  });

  it("a return marker without its debit in the data is a refund, flagged returned, without a link", () => {
    const [t] = labelTransactions([account([{ date: "2024-01-05", amount: "60", description: "REJET PRLV SEPA EDF" }])]);
    expect(t).toMatchObject({ label: "refund", isReturned: true, returnedTransactionId: null, reason: { ruleId: "fr.return-unmatched" } });
  });

  it("a debit more than 10 days before is not the one returned", () => {
    const labels = labelTransactions([account([{ date: "2024-01-01", amount: "-60", description: "PRLV SEPA EDF" }, { date: "2024-01-15", amount: "60", description: "IMPAYE PRLV SEPA EDF" }])]);
    expect(labels[1]?.returnedTransactionId).toBeNull();
  });

  it("transfers naming the holder are own-account transfers; the card account's repayment too", () => {
    const current = account([{ date: "2024-01-05", amount: "-500", description: "TRANSFERENCIA A FAVOR DE RAQUEL MURILLO CONCEPTO VARIOS" }], { holder: "Raquel Murillo" });
    const card = account([{ date: "2024-01-06", amount: "500", description: "RECIBO MES ANTERIOR" }], { id: "a2", type: "credit_card" });
    const [own, repayment] = labelTransactions([current, card]);
    expect(own).toMatchObject({ label: "internal_transfer", type: "internal_transfer", reason: { ruleId: "builtin.internal.holder-name" } });
    expect(repayment).toMatchObject({ label: "internal_transfer", accountId: "a2", reason: { ruleId: "builtin.internal.card-account-credit" } });
  });

  it("produces exactly the analysis engine's shape plus the reason and the reverse link", () => {
    const [t] = labelTransactions([account([{ date: "2024-01-05", amount: "-12.30", description: "CB LIDL", balance: "100.00" }])]);
    const analysable: AnalysableTransaction | undefined = t;
    expect(Object.keys(t ?? {}).sort()).toEqual(
      ["accountId", "amount", "balance", "counterparty", "date", "description", "id", "isReturned", "label", "reason", "returnedById", "returnedTransactionId", "type"].sort(),
    );
    expect(analysable?.balance).toBe("100.00");
  });
});

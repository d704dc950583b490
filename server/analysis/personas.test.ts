import { describe, expect, it } from "vitest";
import { Money } from "@/server/shared/money";
import type { AnalysisResult } from "./analyse-bank-data";
import {
  analysePersona,
  analysePersonaOutcome,
  creditsPerLender,
  expectAbout,
  expectNoIncidentsOrFees,
  flag,
  hasMonthlyFlow,
  labelsOf,
  monthlySpend,
  type AnalysedPersona,
} from "./test-support/personas";

/**
 * Every README fact of every Algoan persona (server/banking/fixtures/algoan-personas/<lang>/README.md)
 * read off the analysis. The same persona in another language or format must give the same
 * facts: nothing here is tuned to a file. Amounts are "~" in the READMEs: 10 % tolerance on the
 * full-month averages.
 */

function expectFallingTreasury(result: AnalysisResult) {
  const account = result.statements.accounts_summary.find((a) => a.is_analysed);
  expect(new Money(account?.closing_balance ?? "0").lt(account?.opening_balance ?? "0")).toBe(true);
  expect(result.credit_score.indicators.financial_evolution).toBeLessThan(0);
}

function expectStableTreasury(result: AnalysisResult) {
  expect(result.credit_score.indicators.financial_evolution).toBeGreaterThanOrEqual(0);
}

const harryFacts = ({ result }: AnalysedPersona) => {
  expectAbout(result.affordability.average_full_month_primary_income, "2500");
  expectAbout(monthlySpend(result, "rent"), "900");
  expect(hasMonthlyFlow(result, "rent")).toBe(true);
  expect(result.credit_commitments.consumer_credit_count).toBe(6);
  expect(flag(result, "gambling")).toBe(false);
  expect(flag(result, "overdraft_fees")).toBe(true);
  expectFallingTreasury(result);
};

describe("fr/Harry Potter", () => {
  it("~2500 salary, ~900 rent, 6 credits with lenders 3/2/1, 3 split payments, overdraft fees, rejections of a credit and a subscription with fees, falling", async () => {
    const persona = await analysePersona("fr/harry_potter.json");
    harryFacts(persona);
    const { result, fixture } = persona;
    expect(creditsPerLender(result)).toEqual({ "CARTE ZERO": 3, CREDIPAR: 2, SOGEFINANCE: 1 });
    // The Sogefinance loan is drawn down inside the window and begins there.
    expect(result.credit_commitments.drawdowns.lenders).toEqual(["SOGEFINANCE"]);
    expect(result.credit_commitments.commitments.find((c) => c.lender === "SOGEFINANCE")?.status).toBe("new");
    const splits = result.credit_commitments.commitments.filter((c) => c.kind === "buy_now_pay_later");
    expect(splits.reduce((n, c) => n + c.payment_count, 0)).toBe(3);
    const returned = result.risk_insights.risk_insights.returned_debit_orders_insights;
    expect(returned.last_3_months_count).toBe(2);
    expect(labelsOf(fixture, returned.transaction_ids).sort()).toEqual(["loan_repayment", "subscriptions"]);
    expect(flag(result, "payment_rejection_fees")).toBe(true);
  });
});

describe("es/Sergio Marquina", () => {
  it("~2500, ~900 rent, 6 consumer loans, frequent overdraft with overdraft fees, power/telecom/transport", async () => {
    const persona = await analysePersona("es/sergio_marquina.json");
    harryFacts(persona);
    const { result } = persona;
    expect(result.risk_insights.risk_insights.overdraft_insights.total_days_in_overdraft).toBeGreaterThanOrEqual(10);
    for (const label of ["utilities", "telecom", "transport"] as const) expect(monthlySpend(result, label)).not.toBeNull();
  });
});

const laraFacts = ({ result }: AnalysedPersona) => {
  expectAbout(result.affordability.average_full_month_primary_income, "2500");
  expect(result.income_analysis.primary_income?.counterparty).toMatch(/NEFAB/);
  expectAbout(monthlySpend(result, "mortgage"), "500");
  expect(result.credit_commitments.commitments.filter((c) => c.kind === "mortgage")).toHaveLength(1);
  expect(creditsPerLender(result)).toEqual({ COFIDIS: 2, CREDIPAR: 2 });
  const splits = result.credit_commitments.commitments.filter((c) => c.kind === "buy_now_pay_later");
  expect(splits.reduce((n, c) => n + c.payment_count, 0)).toBe(2);
  expectNoIncidentsOrFees(result);
  expectStableTreasury(result);
};

describe("fr/Lara Croft", () => {
  it("~2500 via NEFAB, ~500 mortgage, 4 credits 2 + 2, 2 split payments, no incident or fee, stable", async () => {
    laraFacts(await analysePersona("fr/lara_croft.json"));
  });
  it("the same facts from the Budget Insight file and from the owner-less copy", async () => {
    laraFacts(await analysePersona("budget-insight-format/lara_croft.json"));
    laraFacts(await analysePersona("fr/no_owner_name.json"));
  });
});

describe("nl/Sarah Connor", () => {
  it("~2500 via NEFAB BV, ~500 mortgage, 2 credits each with Alphabet and Defam, 2 Klarna split payments, no incident or fee", async () => {
    const { result } = await analysePersona("nl/sarah_connor.json");
    expectAbout(result.affordability.average_full_month_primary_income, "2500");
    expect(result.income_analysis.primary_income?.counterparty).toBe("NEFAB BV");
    expectAbout(monthlySpend(result, "mortgage"), "500");
    expect(creditsPerLender(result)).toEqual({ ALPHABET: 2, DEFAM: 2 });
    const splits = result.credit_commitments.commitments.filter((c) => c.kind === "buy_now_pay_later");
    expect(splits.map((c) => [c.lender, c.payment_count])).toEqual([["KLARNA", 2]]);
    expectNoIncidentsOrFees(result);
  });
});

const danaFacts = ({ result }: AnalysedPersona) => {
  expect(result.statements.accounts_summary[0]?.closing_balance).toBe("2633.03");
  expectAbout(result.affordability.average_full_month_primary_income, "2580");
  expect(result.income_analysis.primary_income?.counterparty).toBe("NEFAB BV");
  expectAbout(monthlySpend(result, "mortgage"), "522");
  expect(result.credit_commitments.consumer_credit_lenders).toEqual(["ALPHABET", "COFIDIS"]);
  expect(result.credit_commitments.commitments.filter((c) => c.kind === "buy_now_pay_later").map((c) => c.lender)).toEqual(["KLARNA"]);
  expectNoIncidentsOrFees(result);
};

describe("be-fr and be-nl/Dana Scully", () => {
  it("~2580 via NEFAB BV, ~522 mortgage, Alphabet and Cofidis credits, Klarna, no incident or fee; both languages give the same figures", async () => {
    const fr = await analysePersona("be-fr/dana_scully_be-fr.json");
    const nl = await analysePersona("be-nl/dana_scully_be-nl.json");
    danaFacts(fr);
    danaFacts(nl);
    const figures = (r: AnalysisResult) => [r.affordability, r.health_score, r.credit_score, r.liquidity_score.balance_forecast, r.risk_insights.risk_insights.overdraft_insights.total_days_in_overdraft];
    expect(figures(nl.result)).toEqual(figures(fr.result));
  });
});

const archibaldFacts = ({ result }: AnalysedPersona) => {
  expect(flag(result, "account_seizure")).toBe(true);
  const gambling = result.risk_insights.risk_insights.gambling_insights;
  expect(gambling.transaction_count).toBeGreaterThanOrEqual(10); // frequent
  expect(gambling.monthly_average_gambling_proportion ?? 0).toBeGreaterThan(0.2); // high over incomes
  expectFallingTreasury(result);
  expect(result.risk_insights.risk_insights.overdraft_insights.total_days_in_overdraft).toBeGreaterThanOrEqual(20);
  expect(result.risk_insights.incidents.overdraft.fees.count).toBeGreaterThanOrEqual(3);
  expect(result.risk_insights.risk_insights.returned_debit_orders_insights.total_count).toBeGreaterThanOrEqual(3);
  expect(result.risk_insights.incidents.payment_rejections.fees_transaction_ids.length).toBeGreaterThanOrEqual(3);
  expect(result.credit_commitments.consumer_credit_lenders).toEqual(["BANQUE CASINO", "ONEY"]);
  expect(result.credit_commitments.consumer_credit_count).toBe(2);
};

describe("fr/Archibald Haddock", () => {
  it("seizure, high and frequent gambling, decreasing treasury, frequent overdraft with fees, payment incidents with fees, 2 consumer loans", async () => {
    archibaldFacts(await analysePersona("fr/archibald_haddock.json"));
  });
  it("the same facts from the Budget Insight file", async () => {
    archibaldFacts(await analysePersona("budget-insight-format/archibald_haddock.json"));
  });
});

const hermioneFacts = ({ result }: AnalysedPersona) => {
  expectAbout(result.affordability.average_full_month_primary_income, "2000");
  expectAbout(monthlySpend(result, "rent"), "600");
  expect(result.credit_commitments.consumer_credit_lenders).toEqual(["COFIDIS"]);
  expect(result.credit_commitments.consumer_credit_count).toBe(1);
  expect(result.credit_commitments.commitments.filter((c) => c.kind === "buy_now_pay_later")).toHaveLength(1);
  expectNoIncidentsOrFees(result);
  const overdraft = result.risk_insights.risk_insights.overdraft_insights;
  expect(overdraft.total_days_in_overdraft).toBeGreaterThan(0); // light overdraft at month end
  expect(new Money(overdraft.minimum_balance_reached ?? "0").gt(-500)).toBe(true);
  expectStableTreasury(result);
  for (const label of ["utilities", "telecom", "transport", "subscriptions", "entertainment", "savings", "credit_card_repayment"] as const) expect(monthlySpend(result, label), label).not.toBeNull();
  // Only the current account is analysed: the card account's two bets fall outside it (README "Definitions").
  expect(flag(result, "gambling")).toBe(false);
};

describe("fr/Hermione Granger and es/Raquel Murillo", () => {
  it("Hermione: ~2000, ~600 rent, a loan and a split payment, no incident or fee, light overdraft, stable, standard expenses, savings", async () => {
    hermioneFacts(await analysePersona("fr/hermione_granger.json"));
  });
  it("Raquel, in Algoan and Budget Insight formats: the same facts", async () => {
    hermioneFacts(await analysePersona("es/raquel_murillo.json"));
    hermioneFacts(await analysePersona("budget-insight-format/raquel_murillo.json"));
  });
});

describe("fr/Leia Skywalker", () => {
  it("~1300, ~400 rent, one loan, allowances, no incident or fee, light overdraft, savings", async () => {
    const { result } = await analysePersona("fr/leia_skywalker.json");
    expectAbout(result.affordability.average_full_month_primary_income, "1300");
    expect(result.income_analysis.primary_income?.counterparty).toMatch(/EURO DISNEY/);
    expectAbout(monthlySpend(result, "rent"), "400");
    expect(result.credit_commitments.consumer_credit_count).toBe(1);
    expect(result.risk_insights.risk_insights.ssi_insights.monthly_average_ssi).not.toBe("0.00");
    expectNoIncidentsOrFees(result);
    expect(result.risk_insights.risk_insights.overdraft_insights.total_days_in_overdraft).toBeGreaterThan(0);
    expect(monthlySpend(result, "savings")).not.toBeNull();
  });
});

describe("fr/Luke Skywalker", () => {
  it("student: no salary, regular transfers, allowances and a grant, ~530 rent, a student loan, overdraft periods", async () => {
    const { result } = await analysePersona("fr/luke_skywalker.json");
    expect(result.income_analysis.primary_income).toBeNull();
    expect(result.affordability.average_full_month_primary_income).toBe("0.00");
    expect(hasMonthlyFlow(result, "transfer_in", "credit")).toBe(true);
    expect(result.risk_insights.risk_insights.ssi_insights.monthly_average_ssi).not.toBe("0.00");
    expectAbout(monthlySpend(result, "rent"), "530");
    expect(result.credit_commitments.consumer_credit_lenders).toEqual(["COFIDIS"]);
    expect(result.risk_insights.risk_insights.overdraft_insights.total_days_in_overdraft).toBeGreaterThan(10);
  });
});

describe("fr/Padme Amidala", () => {
  it("retired: the pension is the primary income; mortgage, rental income, insurances, power, telecom", async () => {
    const { result } = await analysePersona("fr/padme_amidala.json");
    expect(result.income_analysis.primary_income?.label).toBe("pension");
    expectAbout(result.affordability.average_full_month_primary_income, "1300");
    expectAbout(monthlySpend(result, "mortgage"), "600");
    expect(hasMonthlyFlow(result, "rental_income", "credit")).toBe(true);
    for (const label of ["insurance", "utilities", "telecom"] as const) expect(monthlySpend(result, label)).not.toBeNull();
  });
});

describe("fr/Ron Weasley", () => {
  it("a couple with two similar wages (primary and secondary income), a mortgage and one consumer loan, no gambling", async () => {
    const { result } = await analysePersona("fr/ron_weasley.json");
    const wages = result.income_analysis.income_streams.filter((s) => s.label === "salary" && s.is_regular);
    expect(wages).toHaveLength(2);
    expectAbout(result.affordability.average_full_month_secondary_income, result.affordability.average_full_month_primary_income ?? "0", "0.2");
    expect(result.credit_commitments.commitments.filter((c) => c.kind === "mortgage")).toHaveLength(1);
    expect(result.credit_commitments.consumer_credit_lenders).toEqual(["CA CONSUMER FINANCE"]);
    expect(flag(result, "gambling")).toBe(false);
    for (const label of ["insurance", "telecom", "utilities"] as const) expect(monthlySpend(result, label)).not.toBeNull();
  });
});

describe("fr/Sherlock Holmes", () => {
  it("self-employed earnings as primary income, a rent, recurring power, telecom and insurance direct debits", async () => {
    const { result } = await analysePersona("fr/sherlock_holmes.json");
    expect(result.income_analysis.primary_income?.label).toBe("self_employment");
    expect(monthlySpend(result, "rent")).not.toBeNull();
    for (const label of ["utilities", "telecom", "insurance"] as const) {
      expect(result.cash_flows.some((f) => f.label === label && f.type === "direct_debit" && f.is_recurring)).toBe(true);
    }
  });
});

describe("fr/Harley Quinn", () => {
  it("a secondary account fed by own-account transfers: no income at all", async () => {
    const { result } = await analysePersona("fr/harley_quinn.json");
    expect(result.income_analysis.primary_income).toBeNull();
    expect(result.affordability.average_full_month_secondary_income).toBe("0.00");
  });
});

describe("edge cases: the data-quality gate", () => {
  it.each([
    ["fr/not_enough_transactions.json", "not_enough_transactions"],
    ["fr/no_checking_account.json", "no_checking_account"],
    ["fr/account_type_not_supported.json", "no_checking_account"],
    ["fr/usage_not_supported.json", "usage_not_supported"],
    ["fr/ownership_not_supported.json", "ownership_not_supported"],
    ["fr/currency_not_supported.json", "not_enough_transactions"],
    ["fr/societe_lambda_auto.json", "usage_not_supported"],
  ])("%s ends in error %s", async (file, code) => {
    const { outcome } = await analysePersonaOutcome(file);
    expect(outcome.status).toBe("error");
    expect(outcome.status === "error" && outcome.error.code).toBe(code);
  });
});

import { expect } from "vitest";
import type { LabelledFixture } from "@/server/banking/test-support/fixtures";
import { loadLabelled } from "@/server/banking/test-support/fixtures";
import type { LabelCode } from "@/server/banking/taxonomy";
import { Money } from "@/server/shared/money";
import { analyseBankData, type AnalysisError, type AnalysisResult } from "../analyse-bank-data";
import { defaultAsOf, toAnalysisInput } from "../from-import";

/**
 * Persona helpers: load an Algoan persona through banking's import and labelling (the same path as
 * `npm run analyse`) and read facts off the analysis. Nothing here knows a persona's file: the
 * facts are stated per README and checked the same way in every language.
 */
export interface AnalysedPersona {
  readonly fixture: LabelledFixture;
  readonly result: AnalysisResult;
}

/** The analysis of a persona file, as of its last transaction (the command's default). */
export async function analysePersonaOutcome(relative: string): Promise<{ fixture: LabelledFixture; outcome: AnalysisResult | AnalysisError }> {
  const fixture = await loadLabelled(`algoan-personas/${relative}`);
  // Only the edge cases without any transaction fall back to their balance date.
  const asOf = defaultAsOf(fixture) ?? "2026-08-21";
  return { fixture, outcome: analyseBankData(toAnalysisInput(fixture.parsed, fixture, asOf)) };
}

/** A persona's completed analysis (fails the test otherwise), with its drill-down checked. */
export async function analysePersona(relative: string): Promise<AnalysedPersona> {
  const { fixture, outcome: result } = await analysePersonaOutcome(relative);
  if (result.status !== "completed") throw new Error(`${relative}: ${result.error.code}`);
  expectDrillDown(result, fixture);
  return { fixture, result };
}

/** `amount` within `tolerance` (a fraction) of `expected`: the READMEs say "~2000€". */
export function expectAbout(amount: string | null | undefined, expected: string, tolerance = "0.1"): void {
  expect(amount).toBeTypeOf("string");
  const target = new Money(expected);
  const gap = new Money(amount ?? "0").minus(target).abs();
  expect(gap.lte(target.mul(tolerance)), `${amount} is not within ${tolerance} of ${expected}`).toBe(true);
}

/** Every present flag's transactions exist among the persona's labelled transactions. */
export function expectDrillDown(result: AnalysisResult, fixture: LabelledFixture): void {
  const ids = new Set(fixture.transactions.map((t) => t.id));
  for (const flag of result.risk_insights.flags) {
    if (flag.present && flag.code !== "net_spender") expect(flag.transaction_ids.length, flag.code).toBeGreaterThan(0);
    for (const id of flag.transaction_ids) expect(ids.has(id)).toBe(true);
  }
}

/** Whether a risk flag is raised. */
export function flag(result: AnalysisResult, code: string): boolean {
  return result.risk_insights.flags.find((f) => f.code === code)?.present ?? false;
}

/** The monthly average of an expense label (null when the label has no spend). */
export function monthlySpend(result: AnalysisResult, label: LabelCode): string | null {
  return result.expenses_insights.top_expense_amounts.find((e) => e.label === label)?.average_monthly_spend ?? null;
}

/** A recurring monthly cash flow with this label exists (rent found as a regular payment, not a one-off). */
export function hasMonthlyFlow(result: AnalysisResult, label: LabelCode, direction: "credit" | "debit" = "debit"): boolean {
  return result.cash_flows.some((f) => f.label === label && f.direction === direction && f.is_recurring && f.periodicity === "monthly");
}

/** "No incident or fees": no returned debit, no incident fee, no collection or seizure. */
export function expectNoIncidentsOrFees(result: AnalysisResult): void {
  for (const code of ["returned_debit_orders", "overdraft_fees", "payment_rejection_fees", "debt_collection", "account_seizure"]) expect(flag(result, code), code).toBe(false);
  expect(result.risk_insights.risk_insights.returned_debit_orders_insights.last_12_months_count).toBe(0);
}

/** Consumer credits per lender, e.g. { COFIDIS: 2, CREDIPAR: 2 }. */
export function creditsPerLender(result: AnalysisResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of result.credit_commitments.commitments) if (c.kind === "consumer_credit") counts[c.lender] = (counts[c.lender] ?? 0) + 1;
  return counts;
}

/** The labels of the labelled transactions with these ids. */
export function labelsOf(fixture: LabelledFixture, ids: readonly string[]): LabelCode[] {
  const byId = new Map(fixture.transactions.map((t) => [t.id, t.label]));
  return ids.map((id) => byId.get(id) ?? "other_expense");
}

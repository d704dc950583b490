import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type Decimal from "decimal.js";
import { money, ZERO } from "@/server/shared/money";
import type { AnalysableAccount } from "../analysable";
import { normaliseDescription } from "../fingerprint";
import type { ParsedAccount, ParsedImport } from "../import-model";
import { labelParsedImport } from "../labelling/label-import";
import type { LabelledTransaction, OrgRule } from "../labelling/types";
import type { ImportFileOptions } from "../parse-import-file";
import { parseImportFile } from "../parse-import-file";
import type { LabelCode } from "../taxonomy";

/** Test helpers: fixtures live beside the code (a clone has no ../shared), and the persona fact readers. */

export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

/** A fixture file's text. */
export function readFixture(relative: string): string {
  return readFileSync(fixturePath(relative), "utf8");
}

export interface LabelledFixture {
  readonly parsed: ParsedImport;
  readonly accounts: readonly AnalysableAccount[];
  readonly transactions: readonly LabelledTransaction[];
}

/** Parses a fixture through the import entry point and labels it. */
export async function loadLabelled(relative: string, orgRules: readonly OrgRule[] = [], options: ImportFileOptions = {}): Promise<LabelledFixture> {
  // CSV exports do not state a currency; the samples are named after their country.
  const defaultCurrency = options.defaultCurrency ?? (relative.includes("za-") ? "ZAR" : "EUR");
  const parsed = await parseImportFile(readFileSync(fixturePath(relative)), relative, { ...options, defaultCurrency });
  return { parsed, ...labelParsedImport(parsed, orgRules) };
}

/** Transactions with a label, optionally only credits or debits. */
export function withLabel(transactions: readonly LabelledTransaction[], label: LabelCode, sign: "credit" | "debit" | "any" = "any"): LabelledTransaction[] {
  return transactions.filter((t) => t.label === label && (sign === "any" || (sign === "credit") === !t.amount.startsWith("-")));
}

/** Absolute amounts as numbers, for the approximate comparisons of persona facts ("about 1 300 a month"). */
export function absAmounts(transactions: readonly LabelledTransaction[]): number[] {
  return transactions.map((t) => money(t.amount).abs().toNumber());
}

/** The median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** Whether `value` is within `tolerance` (a fraction) of `expected`: the READMEs say "~2000€". */
export function isAbout(value: number, expected: number, tolerance = 0.1): boolean {
  return Math.abs(value - expected) <= expected * tolerance;
}

/** Salary streams: salary credits grouped by employer, with each stream's median amount. */
export function salaryStreams(transactions: readonly LabelledTransaction[]): Array<{ employer: string; median: number; count: number }> {
  const groups = new Map<string, LabelledTransaction[]>();
  for (const t of withLabel(transactions, "salary", "credit")) {
    const key = t.counterparty ?? "?";
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups].map(([employer, members]) => ({ employer, median: median(absAmounts(members)), count: members.length }));
}

/** Lenders repaid: the counterparties of loan-repayment debits. */
export function lenders(transactions: readonly LabelledTransaction[]): string[] {
  return [...new Set(withLabel(transactions, "loan_repayment", "debit").map((t) => t.counterparty ?? "?"))].sort();
}

/**
 * Distinct credits (repayment streams) per lender. A lender's debits are first split by the
 * description's leading words (banks print a contract's own wording each month), then, within
 * one wording, by fixed instalment: each amount seen at least twice is its own contract, and
 * amounts that vary (a revolving card) form one. This is the test's working definition of
 * "a consumer credit"; the analysis engine's cash-flow grouping refines it.
 */
export function creditStreams(transactions: readonly LabelledTransaction[]): Map<string, number> {
  const perLender = new Map<string, Map<string, string[]>>();
  for (const t of withLabel(transactions, "loan_repayment", "debit")) {
    const lender = t.counterparty ?? "?";
    const signature = normaliseDescription(t.description).split(" ").filter((w) => w !== "#" && !/\d/.test(w)).slice(0, 4).join(" ");
    const bySignature = perLender.get(lender) ?? new Map<string, string[]>();
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), t.amount]);
    perLender.set(lender, bySignature);
  }
  const counts = new Map<string, number>();
  for (const [lender, bySignature] of perLender) {
    let streams = 0;
    for (const amounts of bySignature.values()) {
      const seen = new Map<string, number>();
      for (const amount of amounts) seen.set(amount, (seen.get(amount) ?? 0) + 1);
      const fixed = [...seen.values()].filter((n) => n >= 2).length;
      const varying = [...seen.values()].some((n) => n === 1);
      streams += fixed + (varying ? 1 : 0);
    }
    counts.set(lender, streams);
  }
  return counts;
}

/** All lenders' credit streams added up. */
export function totalCredits(streams: ReadonlyMap<string, number>): number {
  return [...streams.values()].reduce((a, b) => a + b, 0);
}

/** End-of-day balances rebuilt backwards from the account balance (the analysis engine's method, simplified), exact. */
export function endOfDayBalances(account: ParsedAccount): { opening: number; closing: number; negativeDays: number; minimum: number } {
  const byDay = new Map<string, Decimal>();
  for (const t of account.transactions) byDay.set(t.date, (byDay.get(t.date) ?? ZERO).plus(money(t.amount)));
  const closing = money(account.balance ?? "0");
  let balance = closing;
  let negativeDays = 0;
  let minimum = closing;
  for (const day of [...byDay.keys()].sort().reverse()) {
    if (balance.isNegative() && !balance.isZero()) negativeDays++;
    if (balance.lt(minimum)) minimum = balance;
    balance = balance.minus(byDay.get(day) ?? ZERO);
  }
  return { opening: balance.toNumber(), closing: closing.toNumber(), negativeDays, minimum: minimum.toNumber() };
}

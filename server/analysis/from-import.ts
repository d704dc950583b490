import type { AnalysableAccount, AnalysableTransaction } from "@/server/banking/analysable";
import type { ParsedImport } from "@/server/banking/import-model";
import type { IsoDate } from "@/server/shared/dates";
import type { AnalysisAccount, AnalysisInput, AnalysisOptions } from "./input";

/**
 * From a parsed and labelled import (banking's `labelParsedImport`) to the engine's input, adding
 * what `AnalysableAccount` does not carry but the gate needs: each account's usage and ownership,
 * read from the parsed account at the same position (label-import numbers accounts in file order).
 */
export function toAnalysisInput(
  parsed: ParsedImport,
  labelled: { readonly accounts: readonly AnalysableAccount[]; readonly transactions: readonly AnalysableTransaction[] },
  asOf: IsoDate,
  options?: AnalysisOptions,
): AnalysisInput {
  const accounts: AnalysisAccount[] = labelled.accounts.map((account, index) => {
    const source = parsed.accounts[index];
    return { ...account, usage: source?.usage ?? null, ownership: source?.ownership ?? null };
  });
  return { accounts, transactions: labelled.transactions, asOf, options };
}

/** The default analysis date: the last transaction's date, else the latest balance date, else null. */
export function defaultAsOf(labelled: { readonly accounts: readonly AnalysableAccount[]; readonly transactions: readonly AnalysableTransaction[] }): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const t of labelled.transactions) if (latest === null || t.date > latest) latest = t.date;
  if (latest !== null) return latest;
  for (const a of labelled.accounts) if (a.balanceDate !== null && (latest === null || a.balanceDate > latest)) latest = a.balanceDate;
  return latest;
}

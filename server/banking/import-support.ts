import type { ImportLocation } from "./import-error";
import type { ImportFormat, ImportWarning, ParsedAccount, ParsedImport } from "./import-model";
import { checkCurrency } from "./import-model";
import { validateBalances } from "./validate-balances";
import type { LocateTransaction } from "./validate-balances";

/** Pieces shared by the parsers: transaction currency checks and the final balance validation. */

/**
 * A transaction may state its own currency; it must be ISO 4217 like the account's. A different
 * (valid) currency is kept and reported, because the analysis sums per account currency.
 */
export function transactionCurrency(
  raw: string | null,
  accountCurrency: string,
  location: ImportLocation,
  warnings: ImportWarning[],
  accountIndex: number,
  transactionIndex: number,
): string {
  if (raw === null || raw === accountCurrency) return accountCurrency;
  const code = checkCurrency(raw, location, undefined);
  if (code !== accountCurrency) {
    warnings.push({
      code: "currency_mismatch",
      message: `account ${accountIndex + 1}, transaction ${transactionIndex + 1}: currency ${code} differs from the account currency ${accountCurrency}`,
      location,
      accountIndex,
      transactionIndex,
      expected: accountCurrency,
      found: code,
    });
  }
  return code;
}

export interface AccountLocator {
  readonly transaction: LocateTransaction;
  readonly balance: ImportLocation;
}

/** Runs the balance checks on every account and assembles the result. */
export function finishImport(
  format: ImportFormat,
  accounts: readonly ParsedAccount[],
  warnings: readonly ImportWarning[],
  locators: readonly AccountLocator[],
): ParsedImport {
  const all = [...warnings];
  accounts.forEach((account, index) => {
    const locator = locators[index];
    if (locator) all.push(...validateBalances(account, index, locator.transaction, locator.balance));
  });
  return { format, accounts, warnings: all };
}

/** Locations for the JSON formats: `<accountsPath>[i].<transactionsKey>[j].<field>`. */
export function jsonLocator(accountPath: string, transactionsKey: string, balanceKey: string): AccountLocator {
  return {
    transaction: (index, field) => ({ kind: "json", path: `${accountPath}.${transactionsKey}[${index}].${field}` }),
    balance: { kind: "json", path: `${accountPath}.${balanceKey}` },
  };
}

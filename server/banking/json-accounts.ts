import { jsonError } from "./import-error";
import { checkCurrency, type ImportFormat, type ImportWarning, type ParsedAccount, type ParsedImport, type ParseOptions } from "./import-model";
import { finishImport, jsonLocator, type AccountLocator } from "./import-support";
import { childPath, indexPath, parseJsonDocument, readArray, readObject, type JsonObject } from "./json-values";

/** What the JSON formats share: the walk over accounts, the account currency, the transaction items. */

export type JsonAccountReader = (account: JsonObject, path: string, accountIndex: number, warnings: ImportWarning[]) => ParsedAccount;

/** A document whose accounts sit in a top-level `accounts` array (BYOD, Algoan). Accepts the text or a parsed body. */
export function parseAccountsDocument(input: unknown, format: ImportFormat, readAccount: JsonAccountReader): ParsedImport {
  const document = typeof input === "string" ? parseJsonDocument(input) : input;
  const root = readObject(document, "");
  const collector = new AccountCollector();
  readArray(root.accounts, "accounts").forEach((raw, index) => collector.add(indexPath("accounts", index), raw, readAccount));
  return collector.finish(format);
}

/** Accounts read in document order, each with the locator its balance warnings point to. */
export class AccountCollector {
  readonly warnings: ImportWarning[] = [];
  private readonly accounts: ParsedAccount[] = [];
  private readonly locators: AccountLocator[] = [];

  add(path: string, raw: unknown, readAccount: JsonAccountReader): void {
    this.accounts.push(readAccount(readObject(raw, path), path, this.accounts.length, this.warnings));
    this.locators.push(jsonLocator(path, "transactions", "balance"));
  }

  finish(format: ImportFormat): ParsedImport {
    return finishImport(format, this.accounts, this.warnings, this.locators);
  }
}

/** The account's currency as written, else the import's default; required and checked. */
export function readAccountCurrency(written: string | null, path: string, options: ParseOptions): string {
  const raw = written ?? options.defaultCurrency ?? null;
  if (raw === null) throw jsonError(childPath(path, "currency"), "is required", "invalid_structure");
  return checkCurrency(raw, { kind: "json", path: childPath(path, "currency") }, options.acceptedCurrencies);
}

/** The account's `transactions` items (none when absent), each with its path. */
export function readTransactionItems(account: JsonObject, path: string): Array<{ item: JsonObject; at: string; index: number }> {
  const transactionsPath = childPath(path, "transactions");
  const raw = account.transactions === undefined ? [] : readArray(account.transactions, transactionsPath);
  return raw.map((value, index) => {
    const at = indexPath(transactionsPath, index);
    return { item: readObject(value, at), at, index };
  });
}

/** A pending operation left out: not on the statement yet, and it would be imported twice once booked. */
export function pendingSkipped(accountIndex: number, index: number, at: string, flag: string): ImportWarning {
  return {
    code: "ignored_transaction",
    message: `account ${accountIndex + 1}, transaction ${index + 1}: pending (${flag}) operation skipped`,
    location: { kind: "json", path: at },
    accountIndex,
    transactionIndex: index,
    expected: null,
    found: null,
  };
}

import { mapAccountType, mapAccountUsage } from "./account-types";
import { jsonError } from "./import-error";
import type { ImportWarning, ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { checkCurrency } from "./import-model";
import type { AccountLocator } from "./import-support";
import { finishImport, jsonLocator, transactionCurrency } from "./import-support";
import type { JsonObject } from "./json-values";
import {
  childPath,
  indexPath,
  isJsonObject,
  parseJsonDocument,
  readArray,
  readDateOf,
  readObject,
  readOptionalAmount,
  readOptionalString,
  readRequiredAmount,
} from "./json-values";

/**
 * Budget Insight v2.0 (Algoan's BUDGET_INSIGHT_V2_0 input): `connections[].accounts[]` with balance,
 * last_update, iban, currency {id}, type, usage, and `transactions[]` with date (debit date, else
 * rdate, the real date), value (signed), original_wording (the bank's text; `wording` is Budget
 * Insight's cleaned version and only a fallback). `coming` operations are skipped, as for Algoan.
 */
export function parseBudgetInsightJson(input: unknown, options: ParseOptions = {}): ParsedImport {
  const document = typeof input === "string" ? parseJsonDocument(input) : input;
  const root = readObject(document, "");
  const connections = readArray(root.connections, "connections");
  const warnings: ImportWarning[] = [];
  const accounts: ParsedAccount[] = [];
  const locators: AccountLocator[] = [];
  connections.forEach((rawConnection, connectionIndex) => {
    const connectionPath = indexPath("connections", connectionIndex);
    const connection = readObject(rawConnection, connectionPath);
    const bank = readConnectionBank(connection, connectionPath);
    const accountsPath = childPath(connectionPath, "accounts");
    readArray(connection.accounts, accountsPath).forEach((rawAccount, index) => {
      const path = indexPath(accountsPath, index);
      accounts.push(readAccount(readObject(rawAccount, path), path, accounts.length, bank, options, warnings));
      locators.push(jsonLocator(path, "transactions", "balance"));
    });
  });
  return finishImport("budget_insight_json", accounts, warnings, locators);
}

function readConnectionBank(connection: JsonObject, path: string): string | null {
  for (const key of ["bank", "connector"]) {
    const value = connection[key];
    if (isJsonObject(value)) return readOptionalString(value, "name", childPath(path, key));
  }
  return null;
}

function readCurrency(object: JsonObject, path: string): string | null {
  const value = object.currency;
  if (isJsonObject(value)) return readOptionalString(value, "id", childPath(path, "currency"));
  return readOptionalString(object, "currency", path);
}

function readAccount(
  account: JsonObject,
  path: string,
  accountIndex: number,
  bank: string | null,
  options: ParseOptions,
  warnings: ImportWarning[],
): ParsedAccount {
  const rawCurrency = readCurrency(account, path) ?? options.defaultCurrency ?? null;
  if (rawCurrency === null) throw jsonError(childPath(path, "currency"), "is required", "invalid_structure");
  const currencyLocation = { kind: "json" as const, path: childPath(path, "currency") };
  const currency = checkCurrency(rawCurrency, currencyLocation, options.acceptedCurrencies);
  const transactionsPath = childPath(path, "transactions");
  const rawTransactions = account.transactions === undefined ? [] : readArray(account.transactions, transactionsPath);
  const transactions: ParsedTransaction[] = [];
  rawTransactions.forEach((raw, index) => {
    const at = indexPath(transactionsPath, index);
    const item = readObject(raw, at);
    if (item.coming === true) {
      warnings.push({
        code: "ignored_transaction",
        message: `account ${accountIndex + 1}, transaction ${index + 1}: coming operation skipped`,
        location: { kind: "json", path: at },
        accountIndex,
        transactionIndex: index,
        expected: null,
        found: null,
      });
      return;
    }
    const date = readDateOf(item, ["date", "rdate", "vdate"], at, options.timeZone);
    if (date === null) throw jsonError(childPath(at, "date"), "is required (or rdate)", "invalid_structure");
    transactions.push({
      date,
      amount: readRequiredAmount(item, "value", at),
      balance: null,
      description: readOptionalString(item, "original_wording", at) ?? readOptionalString(item, "wording", at) ?? "",
      reference: null,
      currency: transactionCurrency(readCurrency(item, at), currency, { kind: "json", path: childPath(at, "currency") }, warnings, accountIndex, index),
      externalId: readOptionalString(item, "id", at),
      typeHint: null,
    });
  });
  return {
    externalId: readOptionalString(account, "id", path),
    number: readOptionalString(account, "number", path) ?? readOptionalString(account, "iban", path),
    iban: readOptionalString(account, "iban", path),
    name: readOptionalString(account, "name", path) ?? readOptionalString(account, "original_name", path),
    type: mapAccountType(readOptionalString(account, "type", path)),
    usage: mapAccountUsage(readOptionalString(account, "usage", path)),
    currency,
    balance: readOptionalAmount(account, "balance", path),
    balanceDate: readDateOf(account, ["last_update"], path, options.timeZone),
    bank,
    holder: readOptionalString(account, "owner_name", path),
    ownership: readOptionalString(account, "ownership", path),
    transactions,
  };
}

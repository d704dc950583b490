import { mapAccountType } from "./account-types";
import { jsonError } from "./import-error";
import type { ImportWarning, ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { checkCurrency } from "./import-model";
import type { AccountLocator } from "./import-support";
import { finishImport, jsonLocator, transactionCurrency } from "./import-support";
import type { JsonObject } from "./json-values";
import {
  childPath,
  indexPath,
  parseJsonDocument,
  readArray,
  readDateOf,
  readObject,
  readOptionalAmount,
  readOptionalString,
  readRequiredAmount,
  readRequiredString,
} from "./json-values";

/**
 * The seed-000 "bring your own data" upload:
 * `{accounts: [{account_number, account_name, account_type, balance, currency, bank_slug,
 * account_holder_name, transactions: [{datetime, amount, balance, description, reference, currency}]}]}`.
 * Accepts the text or an already parsed document (the partner API receives JSON bodies).
 */
export function parseByodJson(input: unknown, options: ParseOptions = {}): ParsedImport {
  const document = typeof input === "string" ? parseJsonDocument(input) : input;
  const root = readObject(document, "");
  const rawAccounts = readArray(root.accounts, "accounts");
  const warnings: ImportWarning[] = [];
  const accounts: ParsedAccount[] = [];
  const locators: AccountLocator[] = [];
  rawAccounts.forEach((rawAccount, accountIndex) => {
    const path = indexPath("accounts", accountIndex);
    accounts.push(readAccount(readObject(rawAccount, path), path, accountIndex, options, warnings));
    locators.push(jsonLocator(path, "transactions", "balance"));
  });
  return finishImport("byod_json", accounts, warnings, locators);
}

function readAccount(
  account: JsonObject,
  path: string,
  accountIndex: number,
  options: ParseOptions,
  warnings: ImportWarning[],
): ParsedAccount {
  const rawCurrency = readOptionalString(account, "currency", path) ?? options.defaultCurrency ?? null;
  if (rawCurrency === null) throw jsonError(childPath(path, "currency"), "is required", "invalid_structure");
  const currency = checkCurrency(rawCurrency, { kind: "json", path: childPath(path, "currency") }, options.acceptedCurrencies);
  const transactionsPath = childPath(path, "transactions");
  const rawTransactions = account.transactions === undefined ? [] : readArray(account.transactions, transactionsPath);
  const transactions = rawTransactions.map((raw, index): ParsedTransaction => {
    const at = indexPath(transactionsPath, index);
    const item = readObject(raw, at);
    const date = readDateOf(item, ["datetime", "date"], at, options.timeZone);
    if (date === null) throw jsonError(childPath(at, "datetime"), "is required", "invalid_structure");
    const currencyPath = { kind: "json" as const, path: childPath(at, "currency") };
    return {
      date,
      amount: readRequiredAmount(item, "amount", at),
      balance: readOptionalAmount(item, "balance", at),
      description: readOptionalString(item, "description", at) ?? "",
      reference: readOptionalString(item, "reference", at),
      currency: transactionCurrency(readOptionalString(item, "currency", at), currency, currencyPath, warnings, accountIndex, index),
      externalId: readOptionalString(item, "id", at),
      typeHint: null,
    };
  });
  const number = readRequiredString(account, "account_number", path);
  return {
    externalId: readOptionalString(account, "id", path),
    number,
    iban: null,
    name: readOptionalString(account, "account_name", path),
    type: mapAccountType(readOptionalString(account, "account_type", path)),
    usage: null,
    currency,
    balance: readOptionalAmount(account, "balance", path),
    balanceDate: readDateOf(account, ["balance_date", "statement_date"], path, options.timeZone),
    bank: readOptionalString(account, "bank_slug", path),
    holder: readOptionalString(account, "account_holder_name", path),
    ownership: null,
    transactions,
  };
}

import { mapAccountType, mapAccountUsage } from "./account-types";
import { jsonError } from "./import-error";
import type { ImportWarning, ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { transactionCurrency } from "./import-support";
import { AccountCollector, pendingSkipped, readAccountCurrency, readTransactionItems } from "./json-accounts";
import type { JsonObject } from "./json-values";
import { childPath, indexPath, isJsonObject, parseJsonDocument, readArray, readDateOf, readObject, readOptionalAmount, readOptionalString, readRequiredAmount } from "./json-values";

/**
 * Budget Insight v2.0 (Algoan's BUDGET_INSIGHT_V2_0 input): `connections[].accounts[]` with balance,
 * last_update, iban, currency {id}, type, usage, and `transactions[]` with date (debit date, else
 * rdate, the real date), value (signed), original_wording (the bank's text; `wording` is Budget
 * Insight's cleaned version and only a fallback). `coming` operations are skipped, as for Algoan.
 */
export function parseBudgetInsightJson(input: unknown, options: ParseOptions = {}): ParsedImport {
  const document = typeof input === "string" ? parseJsonDocument(input) : input;
  const root = readObject(document, "");
  const collector = new AccountCollector();
  readArray(root.connections, "connections").forEach((rawConnection, connectionIndex) => {
    const connectionPath = indexPath("connections", connectionIndex);
    const connection = readObject(rawConnection, connectionPath);
    const bank = readConnectionBank(connection, connectionPath);
    const accountsPath = childPath(connectionPath, "accounts");
    readArray(connection.accounts, accountsPath).forEach((rawAccount, index) => {
      collector.add(indexPath(accountsPath, index), rawAccount, (account, path, accountIndex, warnings) => readAccount(account, path, accountIndex, bank, options, warnings));
    });
  });
  return collector.finish("budget_insight_json");
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
  const currency = readAccountCurrency(readCurrency(account, path), path, options);
  const transactions: ParsedTransaction[] = [];
  for (const { item, at, index } of readTransactionItems(account, path)) {
    if (item.coming === true) {
      warnings.push(pendingSkipped(accountIndex, index, at, "coming"));
      continue;
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
  }
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

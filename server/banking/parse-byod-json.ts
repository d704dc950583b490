import { mapAccountType } from "./account-types";
import { jsonError } from "./import-error";
import type { ImportWarning, ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { transactionCurrency } from "./import-support";
import { parseAccountsDocument, readAccountCurrency, readTransactionItems } from "./json-accounts";
import type { JsonObject } from "./json-values";
import { childPath, readDateOf, readOptionalAmount, readOptionalString, readRequiredAmount, readRequiredString } from "./json-values";

/**
 * The seed-000 "bring your own data" upload:
 * `{accounts: [{account_number, account_name, account_type, balance, currency, bank_slug,
 * account_holder_name, transactions: [{datetime, amount, balance, description, reference, currency}]}]}`.
 * Accepts the text or an already parsed document (the partner API receives JSON bodies).
 */
export function parseByodJson(input: unknown, options: ParseOptions = {}): ParsedImport {
  return parseAccountsDocument(input, "byod_json", (account, path, accountIndex, warnings) => readAccount(account, path, accountIndex, options, warnings));
}

function readAccount(account: JsonObject, path: string, accountIndex: number, options: ParseOptions, warnings: ImportWarning[]): ParsedAccount {
  const currency = readAccountCurrency(readOptionalString(account, "currency", path), path, options);
  const transactions = readTransactionItems(account, path).map(({ item, at, index }): ParsedTransaction => {
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

import { mapAccountType, mapAccountUsage } from "./account-types";
import { jsonError } from "./import-error";
import type { ImportWarning, ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { transactionCurrency } from "./import-support";
import { parseAccountsDocument, pendingSkipped, readAccountCurrency, readTransactionItems } from "./json-accounts";
import type { JsonObject } from "./json-values";
import { childPath, indexPath, isJsonObject, readArray, readDateOf, readObject, readOptionalAmount, readOptionalString, readRequiredAmount } from "./json-values";

/**
 * The Algoan customer document (seed 003 §5.4–5.5): `accounts[]` with balance, balanceDate,
 * owners[{name}], bank{name}, currency, type, usage, iban, number, and `transactions[]` with
 * dates.debitedAt (falling back to dates.bookedAt, as card accounts only carry that), amount
 * (signed, debit negative), description, currency. Pending (`isComing`) operations are skipped:
 * they are not on the statement yet and would be imported twice once booked.
 */
export function parseAlgoanJson(input: unknown, options: ParseOptions = {}): ParsedImport {
  return parseAccountsDocument(input, "algoan_json", (account, path, accountIndex, warnings) => readAccount(account, path, accountIndex, options, warnings));
}

function readAccount(account: JsonObject, path: string, accountIndex: number, options: ParseOptions, warnings: ImportWarning[]): ParsedAccount {
  const currency = readAccountCurrency(readOptionalString(account, "currency", path), path, options);
  const transactions: ParsedTransaction[] = [];
  for (const { item, at, index } of readTransactionItems(account, path)) {
    if (item.isComing === true) {
      warnings.push(pendingSkipped(accountIndex, index, at, "isComing"));
      continue;
    }
    const datesPath = childPath(at, "dates");
    const dates = item.dates === undefined ? {} : readObject(item.dates, datesPath);
    const date = readDateOf(dates, ["debitedAt", "bookedAt"], datesPath, options.timeZone);
    if (date === null) throw jsonError(childPath(datesPath, "debitedAt"), "is required (or dates.bookedAt)", "invalid_structure");
    const aggregator = isJsonObject(item.aggregator) ? item.aggregator : null;
    transactions.push({
      date,
      amount: readRequiredAmount(item, "amount", at),
      balance: readOptionalAmount(item, "balance", at),
      description: readOptionalString(item, "description", at) ?? "",
      reference: readOptionalString(item, "reference", at),
      currency: transactionCurrency(
        readOptionalString(item, "currency", at),
        currency,
        { kind: "json", path: childPath(at, "currency") },
        warnings,
        accountIndex,
        index,
      ),
      externalId: aggregator ? readOptionalString(aggregator, "id", childPath(at, "aggregator")) : readOptionalString(item, "id", at),
      typeHint: null,
    });
  }
  return {
    externalId: readOptionalString(account, "id", path),
    number: readOptionalString(account, "number", path) ?? readOptionalString(account, "iban", path),
    iban: readOptionalString(account, "iban", path),
    name: readOptionalString(account, "name", path),
    type: mapAccountType(readOptionalString(account, "type", path)),
    usage: mapAccountUsage(readOptionalString(account, "usage", path)),
    currency,
    balance: readOptionalAmount(account, "balance", path),
    balanceDate: readDateOf(account, ["balanceDate"], path, options.timeZone),
    bank: readBankName(account, path),
    holder: readHolder(account, path),
    ownership: readOptionalString(account, "ownership", path),
    transactions,
  };
}

function readBankName(account: JsonObject, path: string): string | null {
  const bank = account.bank;
  if (typeof bank === "string") return bank.trim() || null;
  if (!isJsonObject(bank)) return null;
  return readOptionalString(bank, "name", childPath(path, "bank")) ?? readOptionalString(bank, "id", childPath(path, "bank"));
}

/** All owners' names, joined: a joint account is held by both. */
function readHolder(account: JsonObject, path: string): string | null {
  if (account.owners === undefined || account.owners === null) return readOptionalString(account, "owner", path);
  const ownersPath = childPath(path, "owners");
  const names = readArray(account.owners, ownersPath).flatMap((owner, index) => {
    const name = readOptionalString(readObject(owner, indexPath(ownersPath, index)), "name", indexPath(ownersPath, index));
    return name === null ? [] : [name];
  });
  return names.length > 0 ? names.join(" & ") : null;
}

import type { AnalysableAccount } from "../analysable";
import { fingerprintTransactions } from "../fingerprint";
import type { ParsedImport } from "../import-model";
import { labelTransactions } from "./label-transactions";
import type { LabelledTransaction, LabellingAccount, LabellingOptions, OrgRule } from "./types";

/**
 * From a parsed file straight to what the analysis engine reads, without a database (the
 * `npm run analyse` command, previews). Account ids are "account-1", "account-2"... in file
 * order; transaction ids are "<account id>:<fingerprint>", stable across re-parses of the file.
 */
export function toLabellingAccounts(parsed: ParsedImport): { accounts: AnalysableAccount[]; labelling: LabellingAccount[] } {
  const accounts: AnalysableAccount[] = [];
  const labelling: LabellingAccount[] = [];
  parsed.accounts.forEach((account, index) => {
    const id = `account-${index + 1}`;
    const fingerprints = fingerprintTransactions(account.transactions);
    accounts.push({
      id,
      type: account.type,
      currency: account.currency,
      number: account.number,
      name: account.name,
      bank: account.bank,
      holder: account.holder,
      balance: account.balance,
      balanceDate: account.balanceDate,
    });
    labelling.push({
      id,
      type: account.type,
      currency: account.currency,
      holder: account.holder,
      transactions: account.transactions.map((t, i) => ({
        id: `${id}:${fingerprints[i] ?? String(i)}`,
        date: t.date,
        amount: t.amount,
        description: t.description,
        balance: t.balance,
        reference: t.reference,
        typeHint: t.typeHint,
      })),
    });
  });
  return { accounts, labelling };
}

/** Labels a parsed import: the accounts and labelled transactions in the analysis engine's shapes. */
export function labelParsedImport(
  parsed: ParsedImport,
  orgRules: readonly OrgRule[] = [],
  options: LabellingOptions = {},
): { accounts: AnalysableAccount[]; transactions: LabelledTransaction[] } {
  const { accounts, labelling } = toLabellingAccounts(parsed);
  return { accounts, transactions: labelTransactions(labelling, orgRules, options) };
}

import type { AnalysableAccount, AnalysableTransaction } from "@/server/banking/analysable";
import { isLabelCode } from "@/server/banking/taxonomy";
import { isIsoDate, type IsoDate } from "@/server/shared/dates";
import { isDecimalString } from "@/server/shared/money";

/**
 * What `analyseBankData` reads. An account may also say how it is used and who holds it, when the
 * source told us (Algoan's `usage` and `ownership`): the data-quality gate needs them, and banking's
 * `AnalysableAccount` does not carry them yet (see README "Open points").
 */
export interface AnalysisAccount extends AnalysableAccount {
  readonly usage?: "personal" | "professional" | null;
  /** The source's ownership marker ("ATTORNEY"...); an account held under a power of attorney is not the borrower's. */
  readonly ownership?: string | null;
}

export interface AnalysisOptions {
  /** Data-quality gate: transactions one current account needs (default 20). */
  readonly minTransactions?: number;
  /** Data-quality gate: days of history (first to last transaction, both included) that account needs (default 60). */
  readonly minHistoryDays?: number;
}

export interface AnalysisInput {
  readonly accounts: readonly AnalysisAccount[];
  readonly transactions: readonly AnalysableTransaction[];
  /** The analysis date: transactions after it are ignored, "last N months" end on it, the forecast starts the day after. */
  readonly asOf: IsoDate;
  readonly options?: AnalysisOptions;
}

export const DEFAULT_MIN_TRANSACTIONS = 20;
export const DEFAULT_MIN_HISTORY_DAYS = 60;

/**
 * The first problem that makes the input unusable (a malformed amount or date, an unknown account
 * or label), or null. Labelled output of the banking engine always passes; this guards the API.
 */
export function findInputProblem(input: AnalysisInput): string | null {
  if (!isIsoDate(input.asOf)) return `asOf is not a date (YYYY-MM-DD): "${input.asOf}"`;
  const accountIds = new Set<string>();
  for (const account of input.accounts) {
    if (accountIds.has(account.id)) return `account ${account.id} is given twice`;
    accountIds.add(account.id);
    if (account.balance !== null && !isDecimalString(account.balance)) return `account ${account.id}: balance is not a decimal amount`;
    if (account.balanceDate !== null && !isIsoDate(account.balanceDate)) return `account ${account.id}: balanceDate is not a date`;
  }
  const transactionIds = new Set<string>();
  for (const t of input.transactions) {
    if (transactionIds.has(t.id)) return `transaction ${t.id} is given twice`;
    transactionIds.add(t.id);
    if (!accountIds.has(t.accountId)) return `transaction ${t.id}: unknown account ${t.accountId}`;
    if (!isIsoDate(t.date)) return `transaction ${t.id}: date is not a date (YYYY-MM-DD)`;
    if (!isDecimalString(t.amount)) return `transaction ${t.id}: amount is not a decimal amount`;
    if (t.balance !== null && !isDecimalString(t.balance)) return `transaction ${t.id}: balance is not a decimal amount`;
    if (!isLabelCode(t.label)) return `transaction ${t.id}: unknown label ${t.label}`;
  }
  const { minTransactions, minHistoryDays } = input.options ?? {};
  if (minTransactions !== undefined && !(Number.isInteger(minTransactions) && minTransactions >= 1)) return "options.minTransactions must be a positive integer";
  if (minHistoryDays !== undefined && !(Number.isInteger(minHistoryDays) && minHistoryDays >= 1)) return "options.minHistoryDays must be a positive integer";
  return null;
}

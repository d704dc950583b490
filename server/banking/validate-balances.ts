import { Money } from "@/server/shared/money";
import { formatScaled, scaleOf, toScaled } from "./scaled-decimal";
import type { ImportLocation } from "./import-error";
import type { ImportWarning, ParsedAccount } from "./import-model";

/** Where a transaction came from in its file, so a warning can point at the row. */
export type LocateTransaction = (transactionIndex: number, field: "balance" | "amount") => ImportLocation;

/**
 * Checks running balances against amounts: each row's balance should be the previous row's balance
 * plus its amount. Files list rows oldest-first or newest-first, so both readings are tried and the
 * one that explains more rows is used; the rows it does not explain become warnings (row, expected,
 * found). The closing running balance is also compared with the account balance when the account
 * balance is dated on or after the last row. Warnings only: a bank's own arithmetic is evidence,
 * not a reason to refuse the file.
 */
export function validateBalances(
  account: ParsedAccount,
  accountIndex: number,
  locate: LocateTransaction,
  accountBalanceLocation: ImportLocation,
): ImportWarning[] {
  const rows = account.transactions;
  const pairs: Array<{ index: number; forward: boolean; backward: boolean; expectedForward: string; expectedBackward: string; found: string }> = [];
  for (let i = 1; i < rows.length; i++) {
    const previous = rows[i - 1];
    const current = rows[i];
    if (!previous || !current || previous.balance === null || current.balance === null) continue;
    // Exact integer arithmetic at the rows' own precision: a 100 000-row file checks in milliseconds.
    const scale = Math.max(scaleOf(previous.balance), scaleOf(previous.amount), scaleOf(current.amount), scaleOf(current.balance));
    const before = toScaled(previous.balance, scale);
    const found = toScaled(current.balance, scale);
    const expectedForward = before + toScaled(current.amount, scale);
    const expectedBackward = before - toScaled(previous.amount, scale);
    pairs.push({
      index: i,
      forward: expectedForward === found,
      backward: expectedBackward === found,
      expectedForward: formatScaled(expectedForward, scale),
      expectedBackward: formatScaled(expectedBackward, scale),
      found: formatScaled(found, scale),
    });
  }
  const forwardHits = pairs.filter((p) => p.forward).length;
  const backwardHits = pairs.filter((p) => p.backward).length;
  const newestFirst = backwardHits > forwardHits;
  const warnings: ImportWarning[] = [];
  for (const pair of pairs) {
    if (newestFirst ? pair.backward : pair.forward) continue;
    const expected = newestFirst ? pair.expectedBackward : pair.expectedForward;
    warnings.push({
      code: "balance_mismatch",
      message: `account ${accountIndex + 1}, transaction ${pair.index + 1}: running balance ${pair.found}, expected ${expected} from the previous row and this amount`,
      location: locate(pair.index, "balance"),
      accountIndex,
      transactionIndex: pair.index,
      expected,
      found: pair.found,
    });
  }
  const closing = closingBalanceWarning(account, accountIndex, newestFirst, accountBalanceLocation);
  if (closing) warnings.push(closing);
  return warnings;
}

function closingBalanceWarning(
  account: ParsedAccount,
  accountIndex: number,
  newestFirst: boolean,
  location: ImportLocation,
): ImportWarning | null {
  if (account.balance === null || account.transactions.length === 0) return null;
  const last = newestFirst ? account.transactions[0] : account.transactions[account.transactions.length - 1];
  if (!last || last.balance === null) return null;
  if (account.balanceDate !== null && account.balanceDate < last.date) return null;
  if (new Money(last.balance).eq(account.balance)) return null;
  const expected = new Money(account.balance).toFixed();
  const found = new Money(last.balance).toFixed();
  return {
    code: "closing_balance_mismatch",
    message: `account ${accountIndex + 1}: account balance ${expected} differs from the last running balance ${found}`,
    location,
    accountIndex,
    transactionIndex: null,
    expected,
    found,
  };
}

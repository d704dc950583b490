import type Decimal from "decimal.js";
import type { AnalysableTransaction } from "@/server/banking/analysable";
import { toDayNumber } from "@/server/shared/dates";
import { money } from "@/server/shared/money";

/**
 * Every transaction parsed once: its day number, its Decimal amount and running balance, grouped
 * by account in date order (input order kept within a day, which the running-balance reading
 * relies on). All later passes read these rows instead of the strings.
 */
export interface AccountRow {
  readonly source: AnalysableTransaction;
  readonly day: number;
  readonly amount: Decimal;
  readonly balance: Decimal | null;
}

/** Rows per account id, each list sorted by day (stable). */
export function readAccountRows(transactions: readonly AnalysableTransaction[]): Map<string, AccountRow[]> {
  const dayCache = new Map<string, number>();
  const byAccount = new Map<string, AccountRow[]>();
  for (const t of transactions) {
    let day = dayCache.get(t.date);
    if (day === undefined) {
      day = toDayNumber(t.date);
      dayCache.set(t.date, day);
    }
    const row: AccountRow = { source: t, day, amount: money(t.amount), balance: t.balance === null ? null : money(t.balance) };
    const rows = byAccount.get(t.accountId);
    if (rows) rows.push(row);
    else byAccount.set(t.accountId, [row]);
  }
  for (const rows of byAccount.values()) rows.sort((a, b) => a.day - b.day);
  return byAccount;
}

/** The rows up to and including `lastDay`. */
export function rowsUntil(rows: readonly AccountRow[] | undefined, lastDay: number): AccountRow[] {
  return (rows ?? []).filter((r) => r.day <= lastDay);
}

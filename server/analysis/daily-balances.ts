import type Decimal from "decimal.js";
import { toDayNumber } from "@/server/shared/dates";
import { money, ZERO } from "@/server/shared/money";
import type { AccountRow } from "./account-rows";
import type { AnalysisAccount } from "./input";

/**
 * End-of-day balances. Where the source gives a running balance on every transaction of the
 * account, each day ends on the balance the source printed (see `resolveDayEnd`). Otherwise the
 * series is rebuilt backwards from the account's balance at its balance date (or, without a
 * date, at its last transaction): end of day d = closing + Σ(amounts up to d) − Σ(amounts up to the
 * balance date), so transactions after the balance date are added back and those before it are
 * taken off. With neither, the series starts at zero and is flagged "unknown": overdraft is then
 * not measured on that account.
 */
export type BalanceSource = "transactions" | "closing_balance" | "unknown";

export interface AccountBalances {
  readonly accountId: string;
  readonly source: BalanceSource;
  /** Day number of `endOfDay[0]`. */
  readonly fromDay: number;
  readonly endOfDay: readonly Decimal[];
  /** Balance before the first day's transactions. */
  readonly opening: Decimal;
}

type Row = Pick<AccountRow, "day" | "amount" | "balance">;

/**
 * The day's closing balance among its transactions' running balances: the one equal to
 * (balance before some transaction of the day) + (the day's net), i.e. the last movement of the
 * day whatever order the source listed them in; the last listed when none fits.
 */
function resolveDayEnd(rows: readonly Row[]): Decimal | null {
  const net = rows.reduce((sum, r) => sum.plus(r.amount), ZERO);
  const starts = new Set<string>();
  for (const r of rows) if (r.balance !== null) starts.add(r.balance.minus(r.amount).plus(net).toString());
  for (let i = rows.length - 1; i >= 0; i--) {
    const balance = rows[i]?.balance ?? null;
    if (balance !== null && starts.has(balance.toString())) return balance;
  }
  return rows[rows.length - 1]?.balance ?? null;
}

/**
 * End-of-day balances of one account for every day from `fromDay` to `toDay` (day numbers).
 * `rows` are all of the account's transactions, also those after `toDay`: a closing balance
 * dated later needs them to be rebuilt back to `toDay`.
 */
export function buildAccountBalances(account: AnalysisAccount, rows: readonly Row[], fromDay: number, toDay: number): AccountBalances {
  const length = Math.max(0, toDay - fromDay + 1);
  const inRange = rows.filter((r) => r.day >= fromDay && r.day <= toDay);
  const net: Decimal[] = Array.from({ length }, () => ZERO);
  for (const r of inRange) net[r.day - fromDay] = (net[r.day - fromDay] ?? ZERO).plus(r.amount);

  if (inRange.length > 0 && inRange.every((r) => r.balance !== null)) {
    const byDay = new Map<number, Row[]>();
    for (const r of inRange) {
      const day = byDay.get(r.day);
      if (day) day.push(r);
      else byDay.set(r.day, [r]);
    }
    const firstDay = inRange[0]?.day ?? fromDay;
    const firstEnd = resolveDayEnd(byDay.get(firstDay) ?? []) ?? ZERO;
    const opening = firstEnd.minus(net[firstDay - fromDay] ?? ZERO);
    const endOfDay: Decimal[] = [];
    let balance = opening;
    for (let i = 0; i < length; i++) {
      const day = byDay.get(fromDay + i);
      balance = day ? (resolveDayEnd(day) ?? balance.plus(net[i] ?? ZERO)) : balance;
      endOfDay.push(balance);
    }
    return { accountId: account.id, source: "transactions", fromDay, endOfDay, opening };
  }

  let opening: Decimal = ZERO;
  let source: BalanceSource = "unknown";
  if (account.balance !== null) {
    source = "closing_balance";
    const lastDay = rows.reduce((max, r) => Math.max(max, r.day), fromDay);
    const anchorDay = account.balanceDate === null ? lastDay : toDayNumber(account.balanceDate);
    // Balance before fromDay = closing − Σ(day ≤ anchor) + Σ(day < fromDay).
    opening = money(account.balance);
    for (const r of rows) {
      if (r.day <= anchorDay) opening = opening.minus(r.amount);
      if (r.day < fromDay) opening = opening.plus(r.amount);
    }
  }
  const endOfDay: Decimal[] = [];
  let balance = opening;
  for (let i = 0; i < length; i++) {
    balance = balance.plus(net[i] ?? ZERO);
    endOfDay.push(balance);
  }
  return { accountId: account.id, source, fromDay, endOfDay, opening };
}

export interface DailyBalances {
  readonly perAccount: readonly AccountBalances[];
  /**
   * Sum of the analysed accounts' end-of-day balances, one per window day: the accounts whose
   * balance is known, or all of them (relative to zero) when none is.
   */
  readonly combined: readonly Decimal[];
  /** The same sum before the window's first day. */
  readonly opening: Decimal;
  /** Lowest end-of-day balance of any account with a known balance; null when none is known. */
  readonly minimum: Decimal | null;
  /** Per window day: some analysed account with a known balance ended the day below zero. */
  readonly overdraft: readonly boolean[];
  /** Whether at least one analysed account's balance is known (else `combined` is relative to zero). */
  readonly known: boolean;
}

/** Daily balances of the analysed accounts over the window, combined, with the overdraft days. */
export function buildDailyBalances(
  accounts: readonly AnalysisAccount[],
  rowsByAccount: ReadonlyMap<string, readonly AccountRow[]>,
  fromDay: number,
  toDay: number,
): DailyBalances {
  const perAccount = accounts.map((a) => buildAccountBalances(a, rowsByAccount.get(a.id) ?? [], fromDay, toDay));
  const knownSeries = perAccount.filter((s) => s.source !== "unknown");
  const counted = knownSeries.length > 0 ? knownSeries : perAccount;
  const length = Math.max(0, toDay - fromDay + 1);
  const combined: Decimal[] = [];
  const overdraft: boolean[] = [];
  let minimum: Decimal | null = null;
  for (let i = 0; i < length; i++) {
    let total: Decimal = ZERO;
    let below = false;
    for (const series of counted) {
      const value = series.endOfDay[i] ?? ZERO;
      total = total.plus(value);
      if (series.source === "unknown") continue;
      if (value.isNegative() && !value.isZero()) below = true;
      if (minimum === null || value.lt(minimum)) minimum = value;
    }
    combined.push(total);
    overdraft.push(below);
  }
  const opening = counted.reduce((sum, s) => sum.plus(s.opening), ZERO);
  return { perAccount, combined, opening, minimum, overdraft, known: knownSeries.length > 0 };
}

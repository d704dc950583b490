import { daysBetween, type IsoDate } from "@/server/shared/dates";
import type { AccountRow } from "./account-rows";
import { DEFAULT_MIN_HISTORY_DAYS, DEFAULT_MIN_TRANSACTIONS, type AnalysisAccount, type AnalysisOptions } from "./input";

/**
 * Why an analysis could not be computed. The gate's codes follow the Algoan edge-case personas
 * (no_checking_account, usage/ownership not supported, not_enough_transactions); invalid_input is
 * a caller's mistake (malformed amount, unknown account...).
 */
export type AnalysisErrorCode =
  | "invalid_input"
  | "no_checking_account"
  | "usage_not_supported"
  | "ownership_not_supported"
  | "not_enough_transactions"
  | "not_enough_history";

export interface AnalysisWarning {
  readonly code: "account_excluded";
  readonly account_id: string;
  readonly message: string;
}

export type GateVerdict =
  | { readonly ok: true; readonly analysed: readonly AnalysisAccount[]; readonly currency: string; readonly warnings: readonly AnalysisWarning[] }
  | { readonly ok: false; readonly code: AnalysisErrorCode; readonly message: string };

interface AccountSpan {
  readonly count: number;
  readonly first: IsoDate | null;
  readonly last: IsoDate | null;
}

function spanOf(rows: readonly AccountRow[] | undefined): AccountSpan {
  const first = rows?.[0]?.source.date ?? null;
  const last = rows?.[rows.length - 1]?.source.date ?? null;
  return { count: rows?.length ?? 0, first, last };
}

function historyDays(span: AccountSpan): number {
  return span.first === null || span.last === null ? 0 : daysBetween(span.first, span.last) + 1;
}

/**
 * The data-quality gate: at least one personal current account, not held under a power of
 * attorney, with `minTransactions` transactions over `minHistoryDays` days (both counted up to the
 * analysis date). Every such account in the chosen account's currency is analysed; current
 * accounts in another currency are left out with a warning rather than converted.
 */
export function checkDataQuality(
  accounts: readonly AnalysisAccount[],
  /** Each account's rows up to the analysis date, in date order. */
  rowsByAccount: ReadonlyMap<string, readonly AccountRow[]>,
  options: AnalysisOptions = {},
): GateVerdict {
  const minTransactions = options.minTransactions ?? DEFAULT_MIN_TRANSACTIONS;
  const minHistoryDays = options.minHistoryDays ?? DEFAULT_MIN_HISTORY_DAYS;
  const current = accounts.filter((a) => a.type === "current");
  if (current.length === 0) {
    return { ok: false, code: "no_checking_account", message: `no current (checking) account among the ${accounts.length} account(s) given` };
  }
  const personal = current.filter((a) => a.usage !== "professional");
  if (personal.length === 0) {
    return { ok: false, code: "usage_not_supported", message: "every current account is a professional account; a personal current account is needed" };
  }
  const owned = personal.filter((a) => (a.ownership ?? "").toUpperCase() !== "ATTORNEY");
  if (owned.length === 0) {
    return { ok: false, code: "ownership_not_supported", message: "every current account is held under a power of attorney; an account of the borrower's own is needed" };
  }
  const spans = new Map(owned.map((a) => [a.id, spanOf(rowsByAccount.get(a.id))]));
  const eligible = owned.filter((a) => {
    const span = spans.get(a.id);
    return span !== undefined && span.count >= minTransactions && historyDays(span) >= minHistoryDays;
  });
  const best = [...eligible].sort((a, b) => (spans.get(b.id)?.count ?? 0) - (spans.get(a.id)?.count ?? 0))[0];
  if (!best) {
    const most = Math.max(...owned.map((a) => spans.get(a.id)?.count ?? 0));
    if (most < minTransactions) {
      return { ok: false, code: "not_enough_transactions", message: `the current account(s) hold at most ${most} transaction(s); ${minTransactions} are needed on one account` };
    }
    const longest = Math.max(...owned.map((a) => historyDays(spans.get(a.id) ?? { count: 0, first: null, last: null })));
    return { ok: false, code: "not_enough_history", message: `no current account has ${minTransactions} transactions over ${minHistoryDays} days (longest history: ${longest} days)` };
  }
  const analysed = owned.filter((a) => a.currency === best.currency && (spans.get(a.id)?.count ?? 0) > 0);
  const warnings: AnalysisWarning[] = owned
    .filter((a) => a.currency !== best.currency)
    .map((a) => ({ code: "account_excluded", account_id: a.id, message: `current account in ${a.currency} left out: the analysis is in ${best.currency}` }));
  return { ok: true, analysed, currency: best.currency, warnings };
}

import type Decimal from "decimal.js";
import type { AnalysableTransaction } from "@/server/banking/analysable";
import { LABELS } from "@/server/banking/taxonomy";
import type { IsoDate } from "@/server/shared/dates";
import { currencyDecimals, ZERO } from "@/server/shared/money";
import type { AccountRow } from "./account-rows";
import { meanOf, sumOf } from "./amounts";
import type { AnalysisAccount } from "./input";
import { labelInfo, type LabelInfo } from "./labels";
import { buildWindow, monthIndexOf, type AnalysisWindow } from "./window";

/**
 * Everything the sections share, computed once: the analysed transactions in date order with
 * their Decimal amounts, the window, and per-label monthly totals. Sections read this and never
 * re-parse amounts or re-scan dates, which keeps the 100 000-transaction analysis linear.
 */
export interface PreparedTransaction {
  readonly source: AnalysableTransaction;
  readonly id: string;
  readonly accountId: string;
  readonly date: IsoDate;
  readonly day: number;
  /** Index into `window.months`. */
  readonly month: number;
  /** Signed, credit positive. */
  readonly amount: Decimal;
  readonly isCredit: boolean;
  readonly info: LabelInfo;
  /** A credit returning an earlier debit. */
  readonly isReturned: boolean;
  /** A debit that a later credit returned (rejected direct debit, bounced cheque). */
  readonly wasReturned: boolean;
}

export interface AnalysisContext {
  readonly asOf: IsoDate;
  readonly currency: string;
  /** The currency's minor unit: output amounts have this many decimals. */
  readonly decimals: number;
  readonly allAccounts: readonly AnalysisAccount[];
  readonly accounts: readonly AnalysisAccount[];
  readonly transactions: readonly PreparedTransaction[];
  readonly window: AnalysisWindow;
  /** [label index][month index] → net signed total of the label's transactions that month. */
  readonly labelMonths: readonly (readonly Decimal[])[];
}

/** Builds the shared context from the analysed accounts' rows (rows after `asOf` already left out). */
export function prepareContext(
  asOf: IsoDate,
  currency: string,
  allAccounts: readonly AnalysisAccount[],
  accounts: readonly AnalysisAccount[],
  rowsByAccount: ReadonlyMap<string, readonly AccountRow[]>,
): AnalysisContext {
  const rows = accounts.flatMap((a) => rowsByAccount.get(a.id) ?? []).sort((a, b) => a.day - b.day);
  const returnedDebits = new Set<string>();
  for (const r of rows) if (r.source.isReturned && r.source.returnedTransactionId !== null) returnedDebits.add(r.source.returnedTransactionId);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) throw new RangeError("prepareContext needs at least one analysed transaction");
  const window = buildWindow(first.source.date, last.source.date);
  const labelMonths = LABELS.map(() => window.months.map((): Decimal => ZERO));
  const prepared = rows.map(({ source: t, day, amount }): PreparedTransaction => {
    const info = labelInfo(t.label);
    const month = monthIndexOf(window, t.date);
    const row = labelMonths[info.index];
    if (row) row[month] = (row[month] ?? ZERO).plus(amount);
    return {
      source: t,
      id: t.id,
      accountId: t.accountId,
      date: t.date,
      day,
      month,
      amount,
      isCredit: amount.isPositive() && !amount.isZero(),
      info,
      isReturned: t.isReturned,
      wasReturned: returnedDebits.has(t.id),
    };
  });
  return { asOf, currency, decimals: currencyDecimals(currency), allAccounts, accounts, transactions: prepared, window, labelMonths };
}

/** Net monthly totals of one or more labels, as spending (sign flipped: debits count positive). */
export function monthlySpend(context: AnalysisContext, labels: readonly LabelInfo[]): Decimal[] {
  return context.window.months.map((_, m) => sumOf(labels.map((l) => context.labelMonths[l.index]?.[m] ?? ZERO)).negated());
}

/** Net monthly totals of one or more labels, as received (credits count positive). */
export function monthlyReceived(context: AnalysisContext, labels: readonly LabelInfo[]): Decimal[] {
  return context.window.months.map((_, m) => sumOf(labels.map((l) => context.labelMonths[l.index]?.[m] ?? ZERO)));
}

/** The values of the full months only. */
export function fullMonthValues(context: AnalysisContext, monthly: readonly Decimal[]): Decimal[] {
  return context.window.fullMonths.map((i) => monthly[i] ?? ZERO);
}

/** Average over the full months; null when the window has no full month. */
export function averageFullMonths(context: AnalysisContext, monthly: readonly Decimal[]): Decimal | null {
  return meanOf(fullMonthValues(context, monthly));
}

import type Decimal from "decimal.js";
import type { LabelCode } from "@/server/banking/taxonomy";
import { ZERO } from "@/server/shared/money";
import { medianOf } from "./amounts";
import type { AnalysisContext, PreparedTransaction } from "./context";
import { counterpartyKey } from "./counterparty-key";
import { PRIMARY_INCOME_LABELS } from "./labels";
import { detectRegularity, isActiveAt, type Regularity } from "./regularity";

/**
 * Income streams: the salary-like credits (salary, self-employment, pension; returns excluded)
 * grouped by normalised counterparty. The primary income is chosen among the *regular* streams
 * (paid in at least two calendar months, and either with a detected periodicity or paid in every
 * calendar month from its first to its last payment, as self-employed payouts are): still-active
 * streams first, then the largest typical monthly amount (median of the paid months' totals),
 * then the largest total, then the name, so the choice is deterministic.
 */
export interface IncomeStream {
  readonly key: string;
  readonly label: LabelCode;
  readonly transactions: readonly PreparedTransaction[];
  readonly total: Decimal;
  /** Per window month. */
  readonly monthly: readonly Decimal[];
  readonly paidMonths: number;
  readonly regularity: Regularity;
  readonly isRegular: boolean;
  readonly isActive: boolean;
  readonly typicalMonthlyAmount: Decimal;
}

function dominantLabel(transactions: readonly PreparedTransaction[]): LabelCode {
  const counts = new Map<LabelCode, number>();
  for (const t of transactions) counts.set(t.info.code, (counts.get(t.info.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "salary";
}

/** Every salary-like income stream of the analysed accounts. */
export function detectIncomeStreams(context: AnalysisContext): IncomeStream[] {
  const groups = new Map<string, PreparedTransaction[]>();
  for (const t of context.transactions) {
    if (!t.isCredit || t.isReturned || !PRIMARY_INCOME_LABELS.has(t.info.code)) continue;
    const key = counterpartyKey(t.source);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const { window } = context;
  return [...groups].map(([key, transactions]) => {
    const monthly = window.months.map((): Decimal => ZERO);
    for (const t of transactions) monthly[t.month] = (monthly[t.month] ?? ZERO).plus(t.amount);
    const paid = monthly.flatMap((amount, i) => (amount.isZero() ? [] : [i]));
    const regularity = detectRegularity(transactions.map((t) => t.day));
    const firstPaid = paid[0] ?? 0;
    const lastPaid = paid[paid.length - 1] ?? 0;
    const everyMonth = paid.length === lastPaid - firstPaid + 1;
    const lastDay = transactions[transactions.length - 1]?.day ?? window.endDay;
    return {
      key,
      label: dominantLabel(transactions),
      transactions,
      total: transactions.reduce((sum, t) => sum.plus(t.amount), ZERO),
      monthly,
      paidMonths: paid.length,
      regularity,
      isRegular: paid.length >= 2 && (regularity.band !== null || everyMonth),
      isActive: isActiveAt(regularity.band, lastDay, window.endDay),
      typicalMonthlyAmount: medianOf(paid.map((i) => monthly[i] ?? ZERO)) ?? ZERO,
    };
  });
}

/** The primary income stream (see the module comment), or null when no stream is regular. */
export function selectPrimaryIncome(streams: readonly IncomeStream[]): IncomeStream | null {
  const ranked = streams
    .filter((s) => s.isRegular)
    .sort(
      (a, b) =>
        (b.isActive ? 1 : 0) - (a.isActive ? 1 : 0) ||
        b.typicalMonthlyAmount.comparedTo(a.typicalMonthlyAmount) ||
        b.total.comparedTo(a.total) ||
        a.key.localeCompare(b.key),
    );
  return ranked[0] ?? null;
}

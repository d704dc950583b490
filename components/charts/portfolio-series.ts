import { toDayNumber } from "@/server/shared/dates";
import { formatAmount, money, sumMoney, ZERO } from "@/server/shared/money";

/**
 * Portfolio-at-risk snapshots (one row per closed day and bucket with accounts in it) as chart
 * series and as the latest day's table. Pure, so the shaping is tested without a browser.
 */
export interface PortfolioBucket {
  bucket: number;
  label: string;
}

export interface PortfolioSnapshot {
  businessDate: string;
  bucket: number;
  accounts: number;
  principalOutstanding: string;
  overdueAmount: string;
}

export interface PortfolioPoint {
  /** Days since 1970-01-01: a numeric x axis keeps gaps (days never closed) proportional. */
  day: number;
  date: string;
  /** Indexed like the buckets list; a bucket without a snapshot row that day had no account. */
  accounts: number[];
  /** Plotted only: every figure a user reads comes from `outstandingLabels`. */
  outstanding: number[];
  outstandingLabels: string[];
}

export interface PortfolioRow extends PortfolioBucket {
  accounts: number;
  principalOutstanding: string;
  overdueAmount: string;
  /** Share of the day's principal outstanding, in percent with one decimal ("12.5"). */
  share: string;
}

export interface LatestPortfolio {
  date: string;
  rows: PortfolioRow[];
  totals: { accounts: number; principalOutstanding: string; overdueAmount: string };
  /** Share of principal in any overdue bucket (1 and above), in percent with one decimal. */
  atRiskShare: string;
}

/**
 * Where a snapshot row goes: its own bucket, or the last one when the organisation has since
 * configured fewer buckets (older snapshots keep the bucket numbers of their day).
 */
function slotOf(bucket: number, count: number): number {
  return Math.min(Math.max(bucket, 0), count - 1);
}

function byDate(snapshots: readonly PortfolioSnapshot[]): Map<string, PortfolioSnapshot[]> {
  const days = new Map<string, PortfolioSnapshot[]>();
  for (const row of snapshots) days.set(row.businessDate, [...(days.get(row.businessDate) ?? []), row]);
  return new Map([...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function percent(part: ReturnType<typeof money>, whole: ReturnType<typeof money>): string {
  return whole.isZero() ? "0.0" : formatAmount(part.div(whole).times(100), 1);
}

export function portfolioSeries(snapshots: readonly PortfolioSnapshot[], buckets: readonly PortfolioBucket[]): PortfolioPoint[] {
  const count = Math.max(buckets.length, 1);
  return [...byDate(snapshots).entries()].map(([date, rows]) => {
    const accounts = Array.from({ length: count }, () => 0);
    const outstanding = Array.from({ length: count }, () => ZERO);
    for (const row of rows) {
      const slot = slotOf(row.bucket, count);
      accounts[slot] = (accounts[slot] ?? 0) + row.accounts;
      outstanding[slot] = (outstanding[slot] ?? ZERO).plus(money(row.principalOutstanding));
    }
    // Recharts positions with JavaScript numbers; a cent of float error is invisible on a chart.
    return { day: toDayNumber(date), date, accounts, outstanding: outstanding.map((v) => v.toNumber()), outstandingLabels: outstanding.map((v) => formatAmount(v)) };
  });
}

/** The last closed day, bucket by bucket (every bucket listed, empty ones at zero). */
export function latestPortfolio(snapshots: readonly PortfolioSnapshot[], buckets: readonly PortfolioBucket[]): LatestPortfolio | null {
  const days = [...byDate(snapshots).entries()];
  const last = days[days.length - 1];
  if (!last) return null;
  const [date, rows] = last;
  const count = Math.max(buckets.length, 1);
  const slots = Array.from({ length: count }, (_, i) => ({ accounts: 0, principal: ZERO, overdue: ZERO, bucket: buckets[i] ?? { bucket: i, label: `Bucket ${i}` } }));
  for (const row of rows) {
    const slot = slots[slotOf(row.bucket, count)];
    if (!slot) continue;
    slot.accounts += row.accounts;
    slot.principal = slot.principal.plus(money(row.principalOutstanding));
    slot.overdue = slot.overdue.plus(money(row.overdueAmount));
  }
  const principal = sumMoney(slots.map((s) => s.principal));
  const atRisk = sumMoney(slots.slice(1).map((s) => s.principal));
  return {
    date,
    rows: slots.map((s) => ({
      ...s.bucket,
      accounts: s.accounts,
      principalOutstanding: formatAmount(s.principal),
      overdueAmount: formatAmount(s.overdue),
      share: percent(s.principal, principal),
    })),
    totals: { accounts: slots.reduce((n, s) => n + s.accounts, 0), principalOutstanding: formatAmount(principal), overdueAmount: formatAmount(sumMoney(slots.map((s) => s.overdue))) },
    atRiskShare: percent(atRisk, principal),
  };
}

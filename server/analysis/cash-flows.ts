import type Decimal from "decimal.js";
import type { LabelCode, TransactionType } from "@/server/banking/taxonomy";
import { fromDayNumber } from "@/server/shared/dates";
import { Money, ZERO } from "@/server/shared/money";
import { formatMaybe, formatMoney, medianOf } from "./amounts";
import type { AnalysisContext, PreparedTransaction } from "./context";
import { counterpartyKey } from "./counterparty-key";
import { detectRegularity, isActiveAt, MONTHLY_BAND, type Periodicity, type Regularity } from "./regularity";

/**
 * Cash flows (seed 003 §5.6.1): the analysed transactions grouped by direction, label and
 * normalised counterparty (returning credits are not members: they count as the group's rejected
 * amount instead), a counterparty's irregular mix being split by amount (`splitByAmount`). A
 * group is listed once it has two events. It is *recurring* when its median
 * gap falls in a periodicity band, at least half of its gaps do, and it has three events (two
 * when the window is shorter than 100 days); *active* when its last event is no further from the
 * window's end than its band's longest gap plus 5 days. Grouping is one pass over the transactions.
 */
export type Repartition = "unchanged" | "begun_during" | "stopped_during" | "begun_and_stopped";

export interface CashFlowGroup {
  readonly key: string;
  readonly direction: "credit" | "debit";
  readonly label: LabelCode;
  readonly counterparty: string;
  readonly transactions: readonly PreparedTransaction[];
  readonly regularity: Regularity;
  readonly total: Decimal;
  readonly rejected: Decimal;
  /** Median signed amount of one transaction. */
  readonly typical: Decimal;
  readonly isRecurring: boolean;
  readonly isActive: boolean;
  readonly repartition: Repartition;
}

export interface CashFlow {
  readonly id: string;
  readonly direction: "credit" | "debit";
  readonly label: LabelCode;
  readonly type: TransactionType;
  readonly counterparty: string;
  readonly total_amount: string;
  readonly total_rejected_amount: string;
  readonly transaction_count: number;
  readonly typical_amount: string;
  readonly monthly_equivalent: string | null;
  readonly calendar: readonly { readonly month: string; readonly amount: string }[];
  readonly periodicity: Periodicity;
  readonly accuracy: number;
  readonly mean_days_between: number | null;
  readonly interval: { readonly min: number; readonly max: number } | null;
  readonly due_day_of_month: number | null;
  readonly usual_weekday: number | null;
  readonly first_seen: string;
  readonly last_seen: string;
  readonly repartition: Repartition;
  readonly is_recurring: boolean;
  readonly is_active: boolean;
  readonly transaction_ids: readonly string[];
}

const RECURRING_MIN_ACCURACY = 50;
const SHORT_WINDOW_DAYS = 100;

function buildGroup(context: AnalysisContext, key: string, counterparty: string, members: readonly PreparedTransaction[]): CashFlowGroup {
  const { window } = context;
  const regularity = detectRegularity(members.map((t) => t.day));
  const first = regularity.events[0] ?? window.startDay;
  const last = regularity.events[regularity.events.length - 1] ?? window.endDay;
  const band = regularity.band ?? MONTHLY_BAND;
  const begun = first - window.startDay > band.maxDays;
  const isActive = isActiveAt(regularity.band, last, window.endDay);
  const minEvents = window.days < SHORT_WINDOW_DAYS ? 2 : 3;
  const head = members[0];
  return {
    key,
    direction: head?.isCredit ? "credit" : "debit",
    label: head?.info.code ?? "other_expense",
    counterparty,
    transactions: members,
    regularity,
    total: members.reduce((sum, t) => sum.plus(t.amount), ZERO),
    rejected: members.filter((t) => t.wasReturned).reduce((sum, t) => sum.plus(t.amount), ZERO),
    typical: medianOf(members.map((t) => t.amount)) ?? ZERO,
    isRecurring: regularity.band !== null && regularity.accuracy >= RECURRING_MIN_ACCURACY && regularity.events.length >= minEvents,
    isActive,
    repartition: begun ? (isActive ? "begun_during" : "begun_and_stopped") : isActive ? "unchanged" : "stopped_during",
  };
}

/** At most this many fixed amounts make a counterparty's group several contracts (see splitByAmount). */
const MAX_FIXED_AMOUNTS = 4;

/**
 * A counterparty's payments that are not regular together may be several contracts (two loans
 * with one lender, a fixed and a revolving one): every amount paid at least twice becomes its own
 * group and the rest one more. Only when a few such amounts (up to MAX_FIXED_AMOUNTS) cover at
 * least half of the payments: card purchases that happen to repeat an amount stay one group. A
 * group that is regular as a whole is kept whole, so a salary that was short one month stays one flow.
 */
function splitByAmount(context: AnalysisContext, whole: CashFlowGroup): CashFlowGroup[] {
  if (whole.isRecurring) return [whole];
  const byAmount = new Map<string, PreparedTransaction[]>();
  for (const t of whole.transactions) {
    const key = t.amount.toString();
    const list = byAmount.get(key);
    if (list) list.push(t);
    else byAmount.set(key, [t]);
  }
  const repeated = [...byAmount].filter(([, list]) => list.length >= 2);
  const covered = repeated.reduce((n, [, list]) => n + list.length, 0);
  if (repeated.length === 0 || repeated.length > MAX_FIXED_AMOUNTS || covered * 2 < whole.transactions.length || byAmount.size === 1) return [whole];
  const rest = [...byAmount].filter(([, list]) => list.length < 2).flatMap(([, list]) => list).sort((a, b) => a.day - b.day);
  const parts = repeated.sort((a, b) => a[0].localeCompare(b[0])).map(([amount, list]) => buildGroup(context, `${whole.key}|${amount}`, whole.counterparty, list));
  if (rest.length > 0) parts.push(buildGroup(context, `${whole.key}|varying`, whole.counterparty, rest));
  return parts;
}

/** Every group with at least two events, largest total first. */
export function detectCashFlows(context: AnalysisContext): CashFlowGroup[] {
  const groups = new Map<string, PreparedTransaction[]>();
  for (const t of context.transactions) {
    if (t.isReturned || t.amount.isZero()) continue;
    const key = `${t.isCredit ? "credit" : "debit"}|${t.info.code}|${counterpartyKey(t.source)}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const flows: CashFlowGroup[] = [];
  for (const [key, members] of groups) {
    const counterparty = key.split("|").slice(2).join("|");
    for (const group of splitByAmount(context, buildGroup(context, key, counterparty, members))) {
      if (group.regularity.events.length >= 2) flows.push(group);
    }
  }
  return flows.sort((a, b) => b.total.abs().comparedTo(a.total.abs()) || a.key.localeCompare(b.key));
}

function dominantType(transactions: readonly PreparedTransaction[]): TransactionType {
  const counts = new Map<TransactionType, number>();
  for (const t of transactions) counts.set(t.source.type, (counts.get(t.source.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "other";
}

/** A typical amount expressed per month (30.44 days), for a flow with a periodicity. */
export function monthlyEquivalent(group: CashFlowGroup): Decimal | null {
  const band = group.regularity.band;
  return band === null ? null : group.typical.mul(new Money("30.44")).div(new Money(band.nominalDays));
}

/** The output form of the groups. */
export function describeCashFlows(context: AnalysisContext, groups: readonly CashFlowGroup[]): CashFlow[] {
  const { decimals, window } = context;
  return groups.map((g, index) => {
    const calendar = new Map<number, Decimal>();
    for (const t of g.transactions) calendar.set(t.month, (calendar.get(t.month) ?? ZERO).plus(t.amount));
    const band = g.regularity.band;
    return {
      id: `cf-${index + 1}`,
      direction: g.direction,
      label: g.label,
      type: dominantType(g.transactions),
      counterparty: g.counterparty,
      total_amount: formatMoney(g.total, decimals),
      total_rejected_amount: formatMoney(g.rejected, decimals),
      transaction_count: g.transactions.length,
      typical_amount: formatMoney(g.typical, decimals),
      monthly_equivalent: formatMaybe(monthlyEquivalent(g), decimals),
      calendar: [...calendar].sort((a, b) => a[0] - b[0]).map(([m, amount]) => ({ month: window.months[m]?.key ?? "", amount: formatMoney(amount, decimals) })),
      periodicity: g.regularity.periodicity,
      accuracy: g.regularity.accuracy,
      mean_days_between: g.regularity.meanGap,
      interval: band ? { min: band.minDays, max: band.maxDays } : null,
      due_day_of_month: g.regularity.dueDayOfMonth,
      usual_weekday: g.regularity.usualWeekday,
      first_seen: fromDayNumber(g.regularity.events[0] ?? window.startDay),
      last_seen: g.transactions[g.transactions.length - 1]?.date ?? window.end,
      repartition: g.repartition,
      is_recurring: g.isRecurring,
      is_active: g.isActive,
      transaction_ids: g.transactions.map((t) => t.id),
    };
  });
}

import type { LabelCode } from "../taxonomy";
import type { Draft } from "./draft";

/**
 * The second pass, for money no keyword explained: a payer who credits the account about every
 * month with a stable, substantial amount is an employer (salary), and — when no rent or mortgage
 * was found — the largest fixed monthly transfer out is the rent. Only fallback-labelled
 * transactions are considered, so a keyword or an officer's rule always wins.
 */
const MONTHLY_GAP = { min: 20, max: 40 };
const MISSED_MONTH_GAP = { min: 41, max: 70 };
const SALARY_SPREAD = 0.25;
const RENT_SPREAD = 0.03;
const SALARY_SHARE_OF_INFLOW = 0.2;
const RENT_SHARE_OF_INFLOW = 0.15;
const DAYS_PER_MONTH = 30.44;

/** A titled person ("M. POTTER", "MME X", "SR GARCIA", "DHR JANSEN") pays pocket money, not wages. */
const PERSON_TITLE = / (M|MR|MME|MLLE|MELLE|MLE|MRS|MS|MISS|SR|SRA|SRTA|DHR|MEVR|MEJ|MONSIEUR|MADAME) [A-Z]/;
const NOT_INFLOW: ReadonlySet<LabelCode> = new Set(["internal_transfer", "loan_drawdown"]);

interface Stream {
  readonly key: string;
  readonly members: Draft[];
}

function groupByCounterparty(drafts: readonly Draft[]): Stream[] {
  const groups = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = draft.counterparty ?? draft.normalised.split(" ").slice(0, 3).join(" ");
    const list = groups.get(key);
    if (list) list.push(draft);
    else groups.set(key, [draft]);
  }
  return [...groups].map(([key, members]) => ({ key, members: members.sort((a, b) => a.day - b.day) }));
}

function isMonthly(members: readonly Draft[], historyDays: number): boolean {
  const needed = historyDays < 75 ? 2 : 3;
  if (members.length < needed) return false;
  let missed = 0;
  for (let i = 1; i < members.length; i++) {
    const gap = (members[i]?.day ?? 0) - (members[i - 1]?.day ?? 0);
    if (gap >= MONTHLY_GAP.min && gap <= MONTHLY_GAP.max) continue;
    if (gap >= MISSED_MONTH_GAP.min && gap <= MISSED_MONTH_GAP.max && missed === 0) {
      missed++;
      continue;
    }
    return false;
  }
  return true;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function withinSpread(members: readonly Draft[], spread: number): { ok: boolean; median: number; widest: number } {
  const middle = median(members.map((m) => m.absAmount));
  const widest = members.reduce((most, m) => Math.max(most, Math.abs(m.absAmount - middle) / middle), 0);
  return { ok: middle > 0 && widest <= spread, median: middle, widest };
}

function monthlyInflow(drafts: readonly Draft[], historyDays: number): number {
  const total = drafts.reduce((sum, d) => (d.isCredit && d.returnMarker === null && !NOT_INFLOW.has(d.label) ? sum + d.absAmount : sum), 0);
  return total / Math.max(1, historyDays / DAYS_PER_MONTH);
}

function historyDays(drafts: readonly Draft[]): number {
  if (drafts.length === 0) return 0;
  // A loop, not Math.max(...days): an account may hold 200 000 rows, beyond the spread argument limit.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const draft of drafts) {
    first = Math.min(first, draft.day);
    last = Math.max(last, draft.day);
  }
  return last - first + 1;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Regular monthly credits from one company-like payer, large enough to live on ⇒ salary. */
export function applyRecurringIncome(drafts: readonly Draft[]): void {
  const days = historyDays(drafts);
  const inflow = monthlyInflow(drafts, days);
  const candidates = drafts.filter(
    (d) => d.isCredit && d.reason.source === "fallback" && (d.label === "transfer_in" || d.label === "other_income") && d.returnMarker === null && !PERSON_TITLE.test(d.padded),
  );
  for (const stream of groupByCounterparty(candidates)) {
    if (!isMonthly(stream.members, days)) continue;
    const amounts = withinSpread(stream.members, SALARY_SPREAD);
    if (!amounts.ok || amounts.median < SALARY_SHARE_OF_INFLOW * inflow) continue;
    const description = `${stream.members.length} credits from ${stream.key} about every month (amounts within ${percent(amounts.widest)} of their median), ${percent(amounts.median / inflow)} of the money coming in ⇒ salary`;
    for (const member of stream.members) {
      member.label = "salary";
      member.reason = { source: "builtin", ruleId: "recurrence.salary", description };
    }
  }
}

/** With no rent or mortgage found, the largest fixed monthly transfer out, if substantial ⇒ rent. */
export function applyRecurringRent(drafts: readonly Draft[]): void {
  if (drafts.some((d) => d.label === "rent" || d.label === "mortgage")) return;
  const days = historyDays(drafts);
  const inflow = monthlyInflow(drafts, days);
  const candidates = drafts.filter((d) => !d.isCredit && d.reason.source === "fallback" && d.label === "transfer_out");
  let best: { stream: Stream; median: number } | null = null;
  for (const stream of groupByCounterparty(candidates)) {
    if (!isMonthly(stream.members, days)) continue;
    const amounts = withinSpread(stream.members, RENT_SPREAD);
    if (!amounts.ok || amounts.median < RENT_SHARE_OF_INFLOW * inflow) continue;
    if (best === null || amounts.median > best.median) best = { stream, median: amounts.median };
  }
  if (best === null) return;
  const share = inflow > 0 ? `${percent(best.median / inflow)} of the money coming in` : "no income found";
  const description = `${best.stream.members.length} transfers of the same amount to ${best.stream.key} about every month (${share}), and no rent or mortgage otherwise ⇒ rent`;
  for (const member of best.stream.members) {
    member.label = "rent";
    member.reason = { source: "builtin", ruleId: "recurrence.rent", description };
  }
}

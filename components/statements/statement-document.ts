import { formatMoney } from "@/components/ui/format";
import type { StatementFigures } from "@/server/lending/cob-statements";

/**
 * A revolving statement as a document: the lines the printable page lists and a self-contained
 * HTML file for "Download" (inline styles, no script), so the file opens the same anywhere, offline.
 */
export type StatementDocument = Omit<StatementFigures, "transactions"> & {
  orgName: string;
  borrowerName: string;
  /** "LN-000042". */
  accountNumber: string;
  currency: string;
  creditLimit: string;
  transactions: ReadonlyArray<StatementFigures["transactions"][number]>;
};

export interface StatementLine {
  date: string;
  description: string;
  /** What the line adds to the balance (drawdowns, fees, interest) or takes off it (repayments). */
  debit: string | null;
  credit: string | null;
}

function isZero(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount.trim());
}

/** Part of the minimum payment is what earlier statements asked and was not paid. */
export function hasPastDue(s: Pick<StatementDocument, "pastDue">): boolean {
  return !isZero(s.pastDue);
}

/** The period's postings in date order, then the interest charged on the statement date (not a posting of its own). */
export function statementLines(s: StatementDocument): StatementLine[] {
  const lines: StatementLine[] = [...s.transactions]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((t) => (t.type === "repayment" ? { date: t.date, description: t.description, debit: null, credit: t.amount } : { date: t.date, description: t.description, debit: t.amount, credit: null }));
  if (!isZero(s.interest)) lines.push({ date: s.statementDate, description: "Interest for the period", debit: s.interest, credit: null });
  return lines;
}

/** The summary rows, in the order a statement reads: opening, movements, closing. */
export function statementSummary(s: StatementDocument): Array<{ label: string; amount: string; total?: boolean }> {
  return [
    { label: "Opening balance", amount: s.openingBalance },
    { label: "Drawdowns", amount: s.drawdowns },
    { label: "Repayments", amount: s.repayments },
    { label: "Fees", amount: s.fees },
    { label: "Interest", amount: s.interest },
    { label: "Closing balance", amount: s.closingBalance, total: true },
  ];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function statementFileName(s: StatementDocument): string {
  return `statement-${s.accountNumber}-${s.statementDate}.html`;
}

export function statementHtml(s: StatementDocument): string {
  const money = (amount: string | null) => (amount === null ? "" : escapeHtml(formatMoney(amount, s.currency)));
  const e = escapeHtml;
  const summary = statementSummary(s)
    .map((row) => `<tr${row.total ? ' class="total"' : ""}><th>${e(row.label)}</th><td class="num">${money(row.amount)}</td></tr>`)
    .join("");
  const lines = statementLines(s)
    .map((l) => `<tr><td>${e(l.date)}</td><td>${e(l.description)}</td><td class="num">${money(l.debit)}</td><td class="num">${money(l.credit)}</td></tr>`)
    .join("");
  const pastDue = !hasPastDue(s) ? "" : `<p>Includes ${money(s.pastDue)} past due from earlier statements.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Statement ${e(s.accountNumber)} ${e(s.statementDate)}</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;max-width:760px;margin:2rem auto;padding:0 1rem}h1{font-size:1.4rem;margin:0}table{width:100%;border-collapse:collapse;margin:1rem 0}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e2e8f0}.num{text-align:right;font-variant-numeric:tabular-nums}.total th,.total td{font-weight:700;border-top:2px solid #0f172a}.muted{color:#64748b}.due{background:#f1f5f9;padding:.75rem 1rem;border-radius:6px}</style>
</head><body>
<p class="muted">${e(s.orgName)}</p>
<h1>Statement of account ${e(s.accountNumber)}</h1>
<p>${e(s.borrowerName)}<br><span class="muted">Statement date ${e(s.statementDate)} · period ${e(s.periodStart)} to ${e(s.periodEnd)} · credit limit ${money(s.creditLimit)}</span></p>
<div class="due"><strong>Minimum payment ${money(s.minimumPayment)}</strong> due by ${e(s.dueDate)}.${pastDue}</div>
<table><tbody>${summary}</tbody></table>
<table><thead><tr><th>Date</th><th>Description</th><th class="num">Debit</th><th class="num">Credit</th></tr></thead><tbody>${lines || '<tr><td colspan="4" class="muted">No transactions in the period.</td></tr>'}</tbody></table>
</body></html>
`;
}

/**
 * A stored schedule version is JSON the server does not type (a jsonb column): read it back into
 * rows, skipping anything malformed rather than trusting it.
 */
export interface ScheduleRow {
  number: number;
  dueDate: string;
  principal: string;
  interest: string;
  fees: string;
  total: string;
  balanceAfter: string;
}

function isScheduleRow(value: unknown): value is ScheduleRow {
  if (typeof value !== "object" || value === null) return false;
  if (!("number" in value) || typeof value.number !== "number") return false;
  if (!("dueDate" in value) || typeof value.dueDate !== "string") return false;
  for (const key of ["principal", "interest", "fees", "total", "balanceAfter"]) {
    if (!(key in value) || typeof Reflect.get(value, key) !== "string") return false;
  }
  return true;
}

export function parseScheduleRows(value: unknown): ScheduleRow[] {
  return Array.isArray(value) ? value.filter(isScheduleRow) : [];
}

/** A signed journal amount (debit positive, credit negative) as the debit and credit columns show it. */
export function debitCredit(amount: string): { debit: string | null; credit: string | null } {
  const trimmed = amount.trim();
  return trimmed.startsWith("-") ? { debit: null, credit: trimmed.slice(1) } : { debit: trimmed, credit: null };
}

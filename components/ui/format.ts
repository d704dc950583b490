/**
 * Display formatting only. Amounts arrive as decimal strings and are handed to Intl as strings,
 * which formats them exactly (no float conversion on the way).
 */
const dateTime = new Intl.DateTimeFormat("en-ZA", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return dateTime.format(typeof value === "string" ? new Date(value) : value);
}

/** Business dates stay as written: `2024-03-01` is the same day in every time zone. */
export function formatDate(value: string | null | undefined): string {
  return value ?? "—";
}

export function formatMoney(amount: string | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || amount === "") return "—";
  const format = new Intl.NumberFormat("en-ZA", { style: "currency", currency, currencyDisplay: "code" }).format as (value: string) => string;
  return format(amount);
}

export function formatPercent(rate: string | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${rate} %`;
}

export function titleCase(code: string): string {
  const text = code.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How long something took, from two instants: "850 ms", "4.2 s", "3 min 05 s"; "—" while it runs. */
export function formatDuration(start: Date | string | null | undefined, end: Date | string | null | undefined): string {
  if (!start || !end) return "—";
  const ms = new Date(end).getTime() - new Date(start).getTime();
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/**
 * A list of day counts typed as text ("1, 31, 61"), read into numbers for the server. Anything that
 * is not a whole number is refused here with the rule, because the server would only see a number
 * array and could not say which text was wrong. Ordering and ranges stay the server's rules.
 */
export function parseDayList(text: string): { days: number[] } | { error: string } {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { error: "is required: at least one day count, e.g. 1, 31, 61, 91, 181" };
  const bad = parts.find((p) => !/^\d{1,5}$/.test(p));
  if (bad !== undefined) return { error: `must be whole numbers of days separated by commas ("${bad}" is not)` };
  return { days: parts.map((p) => Number.parseInt(p, 10)) };
}

/** The first server message about the list or any of its entries ("delinquencyBucketStarts.2"). */
export function listError(errors: Record<string, string>, field: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === field || k.startsWith(`${field}.`));
  return key === undefined ? undefined : errors[key];
}

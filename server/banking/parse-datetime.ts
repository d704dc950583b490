import type { IsoDate } from "@/server/shared/dates";
import { isIsoDate } from "@/server/shared/dates";

const DATE_OR_DATETIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * Reads an ISO date or date-time as a business date. Banks' JSON exports stamp a booking day at
 * noon or at local midnight expressed in UTC ("2019-06-30T22:00:00Z" is 1 July in Paris), so an
 * instant is converted to `timeZone` when the caller knows the account's zone; without one the
 * written calendar date is kept, which is what the file's author saw. Returns null when unreadable.
 */
export function parseBusinessDate(text: string, timeZone?: string): IsoDate | null {
  const match = DATE_OR_DATETIME.exec(text.trim());
  if (!match) return null;
  const written = match[1] ?? "";
  if (!isIsoDate(written)) return null;
  const offset = match[5];
  if (timeZone === undefined || offset === undefined || match[2] === undefined) return written;
  const instant = new Date(text.trim());
  if (Number.isNaN(instant.getTime())) return null;
  return formatterFor(timeZone).format(instant);
}

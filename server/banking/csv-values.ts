import type { IsoDate } from "@/server/shared/dates";
import { fromYmd, isIsoDate } from "@/server/shared/dates";
import { canonicalDecimalText } from "./import-model";

/** Cell-level readers for bank CSV exports: dates in a declared format, amounts in a declared locale. */

export const DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYY/MM/DD", "DD-MM-YYYY"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type DecimalSeparator = "." | ",";

const DATE_PATTERNS: Record<DateFormat, { readonly pattern: RegExp; readonly order: "ymd" | "dmy" | "mdy" }> = {
  "YYYY-MM-DD": { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: "ymd" },
  "DD/MM/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: "dmy" },
  "MM/DD/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: "mdy" },
  "DD.MM.YYYY": { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: "dmy" },
  "YYYY/MM/DD": { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: "ymd" },
  "DD-MM-YYYY": { pattern: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: "dmy" },
};

/** Reads a date cell in `format`; a trailing time ("31/01/2024 14:05", "2024-01-31T10:00") is ignored. */
export function parseDateWithFormat(text: string, format: DateFormat): IsoDate | null {
  const datePart = text.trim().split(/[\sT]/)[0] ?? "";
  const spec = DATE_PATTERNS[format];
  const match = spec.pattern.exec(datePart);
  if (!match) return null;
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [year, month, day] = spec.order === "ymd" ? [a, b, c] : spec.order === "dmy" ? [c, b, a] : [c, a, b];
  const date = fromYmd(year, month, day);
  return isIsoDate(date) ? date : null;
}

const CURRENCY_PREFIX = /^(?:[A-Z]{3}|[€$£R¥])\s*/iu;
const CURRENCY_SUFFIX = /\s*(?:[A-Z]{3}|[€$£¥])$/iu;
const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Reads an amount cell written with `decimalSeparator` ("1 234,56", "1.234,56", "1,234.56",
 * "R 1 234.56", "-12,50", "12.50-", "(12.50)", "12.50 Dr"/"Cr"). Returns canonical decimal text, or
 * null for an empty cell. Throws RangeError with the reason when the cell is not an amount.
 */
export function parseLocaleAmount(text: string, decimalSeparator: DecimalSeparator): string | null {
  let value = text.trim();
  if (value === "" || value === "-") return null;
  let negative = false;
  const drCr = /\s*\b(DR|CR|D|C)\.?$/i.exec(value);
  if (drCr) {
    negative = (drCr[1] ?? "").toUpperCase().startsWith("D");
    value = value.slice(0, drCr.index);
  }
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  value = value.trim().replace(CURRENCY_SUFFIX, "");
  const signFirst = /^[-+]/.exec(value)?.[0] ?? "";
  value = signFirst + value.slice(signFirst.length).replace(CURRENCY_PREFIX, "");
  value = value.replace(SPACES, "");
  if (value.endsWith("-")) {
    negative = !negative;
    value = value.slice(0, -1);
  } else if (value.startsWith("-")) {
    negative = !negative;
    value = value.slice(1);
  } else if (value.startsWith("+")) {
    value = value.slice(1);
  }
  const thousands = decimalSeparator === "," ? "." : ",";
  const decimalAt = value.lastIndexOf(decimalSeparator);
  const integerPart = decimalAt >= 0 ? value.slice(0, decimalAt) : value;
  const fraction = decimalAt >= 0 ? value.slice(decimalAt + 1) : "";
  // Thousands separators must group by three, so "1.5" read with a decimal comma is refused rather than read as 15.
  if (integerPart.includes(thousands) && !/^\d{1,3}(\.\d{3})*$|^\d{1,3}(,\d{3})*$/.test(integerPart)) {
    throw new RangeError(`"${text.trim()}" is not an amount with "${decimalSeparator}" as decimal separator`);
  }
  const digits = integerPart.split(thousands).join("");
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction) || (digits === "" && fraction === "")) {
    throw new RangeError(`"${text.trim()}" is not an amount`);
  }
  const canonical = canonicalDecimalText(`${digits === "" ? "0" : digits}${fraction === "" ? "" : `.${fraction}`}`);
  return negative && canonical !== "0" && !/^0\.0+$/.test(canonical) ? `-${canonical}` : canonical;
}

/** Whether a cell parses as an amount with this separator (used by layout detection). */
export function looksLikeAmount(text: string, decimalSeparator: DecimalSeparator): boolean {
  try {
    return parseLocaleAmount(text, decimalSeparator) !== null && /\d/.test(text);
  } catch {
    return false;
  }
}

import Decimal from "decimal.js";
import { isKnownCurrency } from "@/server/shared/money";
import type { IsoDate } from "@/server/shared/dates";
import type { ImportLocation } from "./import-error";
import { ImportParseError } from "./import-error";
import type { AccountType, TransactionType } from "./taxonomy";

/**
 * What every parser produces, whatever the source format: accounts with their transactions,
 * amounts as signed decimal strings (credit positive), dates as business dates. Nothing here is
 * labelled yet; `labelling/` reads this shape (through `label-import.ts`).
 */
export const IMPORT_FORMATS = ["byod_json", "algoan_json", "budget_insight_json", "csv", "ofx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type AccountUsage = "personal" | "professional";

export interface ParsedTransaction {
  readonly date: IsoDate;
  /** Signed decimal string, credit positive, no exponent ("-75.2", "2581.45"). */
  readonly amount: string;
  /** Running balance after this transaction, when the source gives it. */
  readonly balance: string | null;
  readonly description: string;
  readonly reference: string | null;
  readonly currency: string;
  /** The source's own transaction id (OFX FITID, Budget Insight id), kept for support, not for de-duplication. */
  readonly externalId: string | null;
  /** A transaction type stated by the source (OFX TRNTYPE), used before description keywords. */
  readonly typeHint: TransactionType | null;
}

export interface ParsedAccount {
  readonly externalId: string | null;
  readonly number: string | null;
  readonly iban: string | null;
  readonly name: string | null;
  readonly type: AccountType;
  readonly usage: AccountUsage | null;
  /** ISO 4217, checked with `isKnownCurrency`. */
  readonly currency: string;
  readonly balance: string | null;
  readonly balanceDate: IsoDate | null;
  readonly bank: string | null;
  readonly holder: string | null;
  /** Source ownership marker when given (Algoan "ATTORNEY" ...), for the analysis gate. */
  readonly ownership: string | null;
  readonly transactions: readonly ParsedTransaction[];
}

export type ImportWarningCode =
  | "balance_mismatch"
  | "closing_balance_mismatch"
  | "currency_mismatch"
  | "ignored_account"
  | "ignored_transaction"
  | "ambiguous_date";

export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly message: string;
  readonly location: ImportLocation;
  readonly accountIndex: number | null;
  readonly transactionIndex: number | null;
  readonly expected: string | null;
  readonly found: string | null;
}

export interface ParsedImport {
  readonly format: ImportFormat;
  readonly accounts: readonly ParsedAccount[];
  readonly warnings: readonly ImportWarning[];
}

/** 15 significant digits: every decimal with at most 15 digits survives decimal → double → shortest text unchanged. */
const MAX_EXACT_DIGITS = 15;

/**
 * Turns a JSON number into the decimal text it was written as. `String(n)` is ECMAScript's
 * shortest round-trip representation: the shortest decimal that parses back to the same double.
 * A double carries 15.95 decimal digits, so any decimal written with ≤ 15 significant digits is
 * the unique shortest decimal for its double, hence `String(-75.2) === "-75.2"` exactly. Longer
 * values may already have been rounded by JSON.parse, so they are refused rather than guessed.
 */
export function jsonNumberToDecimalString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError("not a finite number");
  const text = String(value);
  const digits = text.replace(/^-/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  if (digits.length > MAX_EXACT_DIGITS) {
    throw new RangeError(`more than ${MAX_EXACT_DIGITS} significant digits (${text}); send the amount as a string`);
  }
  // Exponent forms (1e-7, 1e+21) are rewritten positionally; Decimal does that exactly.
  const plain = /e/i.test(text) ? new Decimal(text).toFixed() : text;
  return plain === "-0" ? "0" : plain;
}

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Canonical signed decimal text ("+12.50" → "12.50", "-.5" → "-0.5"); throws on anything else. */
export function canonicalDecimalText(text: string): string {
  const trimmed = text.trim();
  if (!DECIMAL_TEXT.test(trimmed)) throw new RangeError(`not a decimal amount: "${text}"`);
  let body = trimmed.replace(/^[+-]/, "");
  const negative = trimmed.startsWith("-");
  if (body.startsWith(".")) body = `0${body}`;
  if (body.endsWith(".")) body = body.slice(0, -1);
  body = body.replace(/^0+(?=\d)/, "");
  const isZero = /^0(\.0*)?$/.test(body);
  return negative && !isZero ? `-${body}` : body;
}

/** Negates a canonical decimal text without going through floats. */
export function negateDecimalText(text: string): string {
  if (/^-?0(\.0*)?$/.test(text)) return text.replace(/^-/, "");
  return text.startsWith("-") ? text.slice(1) : `-${text}`;
}

const knownCurrencies = new Map<string, boolean>();

/** isKnownCurrency builds Intl's whole list on each call; a file repeats one or two codes thousands of times. */
function isKnownCurrencyCached(code: string): boolean {
  let known = knownCurrencies.get(code);
  if (known === undefined) {
    known = isKnownCurrency(code);
    knownCurrencies.set(code, known);
  }
  return known;
}

/** Refuses codes that are not ISO 4217 (per the platform's Intl data), and codes the caller does not accept. */
export function checkCurrency(
  raw: string,
  location: ImportLocation,
  accepted: readonly string[] | undefined,
): string {
  const code = raw.trim().toUpperCase();
  if (!isKnownCurrencyCached(code)) {
    throw new ImportParseError("unknown_currency", location, `unknown currency "${raw}" (expected an ISO 4217 code such as EUR or ZAR)`);
  }
  if (accepted !== undefined && !accepted.includes(code)) {
    throw new ImportParseError("currency_not_accepted", location, `currency ${code} is not accepted here (accepted: ${accepted.join(", ")})`);
  }
  return code;
}

/** Options every parser understands; the entry point passes them through. */
export interface ParseOptions {
  /** When set, instants with an offset (2019-06-30T22:00:00Z) become dates in this zone; otherwise the written date is kept. */
  readonly timeZone?: string;
  /** Currencies the organisation accepts; others are refused with `currency_not_accepted`. */
  readonly acceptedCurrencies?: readonly string[];
  /** Currency for formats that may not state one (CSV, OFX without CURDEF). */
  readonly defaultCurrency?: string;
}

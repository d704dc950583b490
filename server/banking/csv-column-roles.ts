import type { DateFormat, DecimalSeparator } from "./csv-values";
import { DATE_FORMATS, looksLikeAmount, parseDateWithFormat, parseLocaleAmount } from "./csv-values";
import { Money } from "@/server/shared/money";

/** Guessing what each CSV column holds, from its header (en/fr/es/nl/af) or from its content. */

export type CsvColumnRole = "date" | "description" | "amount" | "debit" | "credit" | "direction" | "balance" | "reference";

/** Checked in this order, so "Balance" is never taken for an amount nor "Transaction date" for a description. */
const HEADER_WORDS: ReadonlyArray<readonly [CsvColumnRole, readonly string[], "exact" | "contains"]> = [
  ["direction", ["af bij", "af/bij", "debit/credit", "dr/cr", "cr/dr", "d/c", "sens", "debit credit indicator"], "exact"],
  ["balance", ["balance", "solde", "saldo", "balans", "running balance", "saldo na mutatie"], "contains"],
  ["debit", ["af", "out", "dt"], "exact"],
  ["debit", ["debit", "debet", "debe", "cargo", "withdrawal", "money out", "paid out", "uitgaven", "debiet", "retrait", "gastos"], "contains"],
  ["credit", ["bij", "in", "ct"], "exact"],
  ["credit", ["credit", "haber", "abono", "deposit", "money in", "paid in", "inkomsten", "krediet", "ingreso", "versement"], "contains"],
  ["amount", ["amount", "montant", "importe", "bedrag", "amt", "monto", "cantidad", "betrag"], "contains"],
  ["date", ["date", "datum", "fecha", "datum", "dato"], "contains"],
  ["reference", ["reference", "ref", "referentie", "referencia", "kenmerk", "verwysing", "transaction id", "id", "numero", "n°", "check number", "cheque number"], "contains"],
  ["description", ["description", "details", "narrative", "narration", "memo", "libelle", "concepto", "descripcion", "omschrijving", "mededeling", "beskrywing", "payee", "particulars", "naam", "name", "wording", "detalle", "movimiento", "beneficiario", "transaction", "transaksie", "operation"], "contains"],
];

/** Lower case without accents, for comparing header names. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
}

/** The role a header names, if any. */
export function roleFromHeader(header: string): CsvColumnRole | null {
  const folded = foldText(header).replace(/\s+/g, " ");
  if (folded === "") return null;
  const words = folded.split(/[^a-z0-9/°]+/);
  for (const [role, names, mode] of HEADER_WORDS) {
    for (const name of names) {
      if (mode === "exact" ? folded === name : name.includes(" ") ? folded.includes(name) : words.includes(name) || folded.startsWith(name)) {
        return role;
      }
    }
  }
  return null;
}

export interface DateFormatGuess {
  readonly format: DateFormat | null;
  readonly candidates: readonly DateFormat[];
  readonly ambiguous: boolean;
}

/**
 * The formats that read every sample. When DD/MM and MM/DD both fit (no day above 12), the one
 * whose dates run in order (statements are sorted) is preferred, and the guess is marked ambiguous.
 */
export function guessDateFormat(values: readonly string[]): DateFormatGuess {
  const samples = values.map((v) => v.trim()).filter((v) => v !== "");
  if (samples.length === 0) return { format: null, candidates: [], ambiguous: false };
  const candidates = DATE_FORMATS.filter((format) => samples.every((value) => parseDateWithFormat(value, format) !== null));
  if (candidates.length <= 1) return { format: candidates[0] ?? null, candidates, ambiguous: false };
  const ranked = [...candidates].sort((a, b) => inversions(samples, a) - inversions(samples, b));
  return { format: ranked[0] ?? null, candidates: ranked, ambiguous: true };
}

function inversions(samples: readonly string[], format: DateFormat): number {
  const dates = samples.map((value) => parseDateWithFormat(value, format) ?? "");
  let up = 0;
  let down = 0;
  for (let i = 1; i < dates.length; i++) {
    const [a, b] = [dates[i - 1] ?? "", dates[i] ?? ""];
    if (b < a) up++;
    if (b > a) down++;
  }
  return Math.min(up, down);
}

export interface DecimalGuess {
  readonly separator: DecimalSeparator;
  readonly thousands: string | null;
  readonly ambiguous: boolean;
}

/** Comma or dot decimals, from cells such as "1 234,56", "1.234,56", "1,234.56", "-12.5". */
export function guessDecimalSeparator(values: readonly string[], delimiter: string): DecimalGuess {
  let comma = 0;
  let dot = 0;
  let thousands: string | null = null;
  for (const raw of values) {
    const value = raw.trim();
    if (/\d,\d{1,2}(?!\d)/.test(value) || /\.\d{3},\d/.test(value)) comma++;
    if (/\d\.\d{1,2}(?!\d)/.test(value) || /,\d{3}\.\d/.test(value)) dot++;
    if (thousands === null) {
      if (/\d[ \u00a0\u202f]\d{3}/.test(value)) thousands = " ";
      else if (/\d\.\d{3}(,|$)/.test(value) && comma > 0) thousands = ".";
      else if (/\d,\d{3}(\.|$)/.test(value) && dot > 0) thousands = ",";
      else if (/\d'\d{3}/.test(value)) thousands = "'";
    }
  }
  if (comma === dot) return { separator: delimiter === ";" ? "," : ".", thousands, ambiguous: true };
  return { separator: comma > dot ? "," : ".", thousands, ambiguous: false };
}

/** Share of non-empty samples that read as dates in some format. */
export function dateShare(values: readonly string[]): number {
  const samples = values.filter((v) => v.trim() !== "");
  if (samples.length === 0) return 0;
  return samples.filter((v) => DATE_FORMATS.some((f) => parseDateWithFormat(v, f) !== null)).length / samples.length;
}

/** Share of non-empty samples that read as amounts. */
export function amountShare(values: readonly string[], separator: DecimalSeparator): number {
  const samples = values.filter((v) => v.trim() !== "");
  if (samples.length === 0) return 0;
  return samples.filter((v) => looksLikeAmount(v, separator)).length / samples.length;
}

/** Whether `balances` are running balances of `amounts` (either row order), for most rows. */
export function isRunningBalance(amounts: readonly string[], balances: readonly string[], separator: DecimalSeparator): boolean {
  let checked = 0;
  let hits = 0;
  for (let i = 1; i < amounts.length; i++) {
    try {
      const [a0, a1] = [parseLocaleAmount(amounts[i - 1] ?? "", separator), parseLocaleAmount(amounts[i] ?? "", separator)];
      const [b0, b1] = [parseLocaleAmount(balances[i - 1] ?? "", separator), parseLocaleAmount(balances[i] ?? "", separator)];
      if (a0 === null || a1 === null || b0 === null || b1 === null) continue;
      checked++;
      if (new Money(b0).plus(a1).eq(b1) || new Money(b1).plus(a0).eq(b0)) hits++;
    } catch {
      continue;
    }
  }
  return checked > 0 && hits / checked >= 0.6;
}

import { parse } from "csv-parse/sync";
import type { CsvColumnRole } from "./csv-column-roles";
import {
  amountShare,
  dateShare,
  guessDateFormat,
  guessDecimalSeparator,
  isRunningBalance,
  roleFromHeader,
} from "./csv-column-roles";
import type { CsvMapping } from "./csv-rows";
import { readCsvRow, resolveCsvColumns } from "./csv-rows";
import type { DateFormat, DecimalSeparator } from "./csv-values";
import { ImportParseError } from "./import-error";

export interface CsvColumnGuess {
  readonly index: number;
  readonly header: string | null;
  readonly role: CsvColumnRole | null;
  readonly basis: "header" | "content" | null;
  readonly samples: readonly string[];
}

export interface CsvPreviewRow {
  readonly line: number;
  readonly date: string | null;
  readonly description: string;
  readonly amount: string | null;
  readonly balance: string | null;
  readonly error: string | null;
}

/** What the import wizard shows for confirmation before committing. */
export interface CsvLayoutProposal {
  readonly delimiter: string;
  readonly hasHeader: boolean;
  readonly skipLines: number;
  readonly columns: readonly CsvColumnGuess[];
  readonly dateFormat: DateFormat | null;
  readonly dateFormatCandidates: readonly DateFormat[];
  readonly dateFormatAmbiguous: boolean;
  readonly decimalSeparator: DecimalSeparator;
  readonly thousandsSeparator: string | null;
  readonly decimalSeparatorAmbiguous: boolean;
  /** Complete when date, description and amount (or debit and credit) were all found. */
  readonly mapping: CsvMapping | null;
  readonly preview: readonly CsvPreviewRow[];
  readonly notes: readonly string[];
}

const SAMPLE_LINES = 60;
const DELIMITERS = [",", ";", "\t", "|"] as const;

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * Proposes how to read a CSV export from its first lines: delimiter, preamble and header row,
 * column roles (by header names in en/fr/es/nl/af, else by content), date format (ambiguity noted)
 * and decimal separator, plus a preview of the first rows as they would be imported.
 */
export function detectCsvLayout(sampleText: string, previewRows = 10): CsvLayoutProposal {
  const sample = sampleText.split(/\r?\n/).slice(0, SAMPLE_LINES).join("\n");
  const { delimiter, rows, width } = pickDelimiter(sample);
  const firstTableRow = rows.findIndex((row) => row.cells.length === width);
  if (firstTableRow < 0 || width < 2) throw new ImportParseError("invalid_csv", { kind: "file" }, "no table found in the first lines (is this a CSV export?)");
  const table = rows.slice(firstTableRow).filter((row) => row.cells.length === width);
  const headerCandidate = table[0];
  const hasHeader = headerCandidate !== undefined && isHeaderRow(headerCandidate.cells, table.slice(1, 6));
  const data = hasHeader ? table.slice(1) : table;
  const notes: string[] = [];
  const columnValues = (index: number) => data.map((row) => row.cells[index] ?? "");
  const allNumeric = data.flatMap((row) => row.cells.filter((c) => /\d/.test(c) && /^[-+(]?[\s\d.,'R€$£-]+[)]?\s*(?:[A-Za-z]{2,3})?$/.test(c.trim())));
  const decimal = guessDecimalSeparator(allNumeric, delimiter);
  if (decimal.ambiguous) notes.push(`decimal separator guessed as "${decimal.separator}": please confirm`);
  const roles = assignRoles(width, hasHeader ? (headerCandidate?.cells ?? null) : null, columnValues, decimal.separator);
  const dateIndex = roles.findIndex((r) => r.role === "date");
  const dateGuess = guessDateFormat(dateIndex >= 0 ? columnValues(dateIndex) : []);
  if (dateGuess.ambiguous) notes.push(`dates fit ${dateGuess.candidates.join(" and ")}; ${dateGuess.format ?? "?"} chosen because the rows are in date order, please confirm`);
  const columns = roles.map((guess, index): CsvColumnGuess => ({
    index,
    header: hasHeader ? (headerCandidate?.cells[index] ?? null) : null,
    role: guess.role,
    basis: guess.basis,
    samples: columnValues(index).slice(0, 3),
  }));
  const skipLines = (rows[firstTableRow]?.line ?? 1) - 1;
  if (skipLines > 0) notes.push(`${skipLines} line(s) before the ${hasHeader ? "header" : "data"} are skipped`);
  const mapping = buildMapping(columns, dateGuess.format, decimal.separator, delimiter, hasHeader, skipLines);
  if (mapping === null) notes.push("could not find date, description and amount columns: map them by hand");
  return {
    delimiter,
    hasHeader,
    skipLines,
    columns,
    dateFormat: dateGuess.format,
    dateFormatCandidates: dateGuess.candidates,
    dateFormatAmbiguous: dateGuess.ambiguous,
    decimalSeparator: decimal.separator,
    thousandsSeparator: decimal.thousands,
    decimalSeparatorAmbiguous: decimal.ambiguous,
    mapping,
    preview: mapping === null ? [] : previewRowsOf(data.slice(0, previewRows), mapping, hasHeader ? (headerCandidate?.cells ?? null) : null),
    notes,
  };
}

function readRows(sample: string, delimiter: string): Row[] {
  const records: unknown = parse(sample, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
  if (!Array.isArray(records)) return [];
  return records.flatMap((item: unknown): Row[] => {
    if (typeof item !== "object" || item === null || !("record" in item) || !("info" in item)) return [];
    const cells = Array.isArray(item.record) ? item.record.map((c: unknown) => String(c)) : [];
    const info = item.info;
    const line = typeof info === "object" && info !== null && "lines" in info && typeof info.lines === "number" ? info.lines : 0;
    return [{ cells, line }];
  });
}

/** The delimiter under which most rows share one width (>1): a preamble or footer does not sway it. */
function pickDelimiter(sample: string): { delimiter: string; rows: Row[]; width: number } {
  let best: { delimiter: string; rows: Row[]; width: number; score: number } = { delimiter: ",", rows: [], width: 0, score: -1 };
  for (const delimiter of DELIMITERS) {
    let rows: Row[];
    try {
      rows = readRows(sample, delimiter);
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
    let width = 0;
    let frequency = 0;
    for (const [w, n] of counts) if (w > 1 && (n > frequency || (n === frequency && w > width))) [width, frequency] = [w, n];
    const score = frequency * 100 + width;
    if (score > best.score) best = { delimiter, rows, width, score };
  }
  return best;
}

function isHeaderRow(cells: readonly string[], following: readonly Row[]): boolean {
  const named = cells.filter((c) => roleFromHeader(c) !== null).length;
  if (named >= 2) return true;
  const numericOrDate = cells.filter((c) => /\d/.test(c)).length;
  const followingNumeric = following.length > 0 && following.every((row) => row.cells.filter((c) => /\d/.test(c)).length > numericOrDate);
  return numericOrDate === 0 && followingNumeric;
}

interface RoleGuess {
  readonly role: CsvColumnRole | null;
  readonly basis: "header" | "content" | null;
}

function assignRoles(width: number, header: readonly string[] | null, values: (index: number) => string[], separator: DecimalSeparator): RoleGuess[] {
  const guesses: RoleGuess[] = Array.from({ length: width }, () => ({ role: null, basis: null }));
  const taken = new Set<CsvColumnRole>();
  const assign = (index: number, role: CsvColumnRole, basis: "header" | "content") => {
    if (taken.has(role) || guesses[index]?.role) return;
    guesses[index] = { role, basis };
    taken.add(role);
  };
  header?.forEach((cell, index) => {
    const role = roleFromHeader(cell);
    if (role !== null) assign(index, role, "header");
  });
  const free = () => guesses.flatMap((g, i) => (g.role === null ? [i] : []));
  if (!taken.has("date")) for (const i of free()) if (dateShare(values(i)) >= 0.8) { assign(i, "date", "content"); break; }
  const numeric = free().filter((i) => amountShare(values(i), separator) >= 0.8 && values(i).some((v) => /\d/.test(v)));
  if (!taken.has("amount") && !taken.has("debit")) assignAmountColumns(numeric, values, separator, assign);
  if (!taken.has("description")) {
    const text = free().filter((i) => amountShare(values(i), separator) < 0.5 && dateShare(values(i)) < 0.5);
    const longest = text.sort((a, b) => averageLength(values(b)) - averageLength(values(a)))[0];
    if (longest !== undefined) assign(longest, "description", "content");
  }
  return guesses;
}

function assignAmountColumns(
  numeric: readonly number[],
  values: (index: number) => string[],
  separator: DecimalSeparator,
  assign: (index: number, role: CsvColumnRole, basis: "content") => void,
): void {
  const [first, second, third] = numeric;
  if (first === undefined) return;
  if (second !== undefined && isRunningBalance(values(first), values(second), separator)) {
    assign(first, "amount", "content");
    assign(second, "balance", "content");
    return;
  }
  const complementary = second !== undefined && values(first).every((v, row) => (v.trim() === "") !== ((values(second)[row] ?? "").trim() === ""));
  if (second !== undefined && complementary) {
    assign(first, "debit", "content");
    assign(second, "credit", "content");
    if (third !== undefined) assign(third, "balance", "content");
    return;
  }
  assign(first, "amount", "content");
  if (second !== undefined) assign(second, "balance", "content");
}

function averageLength(values: readonly string[]): number {
  return values.reduce((sum, v) => sum + v.length, 0) / Math.max(values.length, 1);
}

function buildMapping(columns: readonly CsvColumnGuess[], dateFormat: DateFormat | null, decimalSeparator: DecimalSeparator, delimiter: string, hasHeader: boolean, skipLines: number): CsvMapping | null {
  const of = (role: CsvColumnRole) => columns.find((c) => c.role === role)?.index;
  const [date, description, amount, debit, credit] = [of("date"), of("description"), of("amount"), of("debit"), of("credit")];
  if (date === undefined || description === undefined || dateFormat === null) return null;
  if (amount === undefined && (debit === undefined || credit === undefined)) return null;
  return {
    date,
    description,
    amount,
    debit: amount === undefined ? debit : undefined,
    credit: amount === undefined ? credit : undefined,
    direction: of("direction"),
    balance: of("balance"),
    reference: of("reference"),
    dateFormat,
    decimalSeparator,
    delimiter,
    hasHeader,
    skipLines,
  };
}

function previewRowsOf(rows: readonly Row[], mapping: CsvMapping, header: readonly string[] | null): CsvPreviewRow[] {
  const columns = resolveCsvColumns(mapping, header, 0);
  return rows.map((row) => {
    try {
      const t = readCsvRow(row.cells, row.line, columns, mapping, "XXX");
      return { line: row.line, date: t.date, description: t.description, amount: t.amount, balance: t.balance, error: null };
    } catch (error) {
      return { line: row.line, date: null, description: "", amount: null, balance: null, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

import type { ParsedTransaction } from "./import-model";
import { negateDecimalText } from "./import-model";
import type { DateFormat, DecimalSeparator } from "./csv-values";
import { parseDateWithFormat, parseLocaleAmount } from "./csv-values";
import { ImportParseError, lineError } from "./import-error";

/** Mapping one CSV record onto a transaction: shared by the streamed parser and the wizard's preview. */

/** A column by 0-based index or by its header text (matched case- and accent-insensitively). */
export type ColumnRef = number | string;

/** The confirmed mapping from the import wizard (proposed by `detectCsvLayout`). */
export interface CsvMapping {
  readonly date: ColumnRef;
  /** One column, or several joined with a space (some banks split payee and memo). */
  readonly description: ColumnRef | readonly ColumnRef[];
  readonly amount?: ColumnRef;
  readonly debit?: ColumnRef;
  readonly credit?: ColumnRef;
  /** A column saying which way the amount goes ("Af"/"Bij", "D"/"C", "DR"/"CR", "Debit"/"Credit"). */
  readonly direction?: ColumnRef;
  readonly balance?: ColumnRef;
  readonly reference?: ColumnRef;
  readonly dateFormat: DateFormat;
  readonly decimalSeparator: DecimalSeparator;
  readonly delimiter?: string;
  readonly hasHeader: boolean;
  /** Lines before the header (or before the data without header): bank preambles. */
  readonly skipLines?: number;
  /** For exports that show spending as positive numbers (card statements). */
  readonly invertAmounts?: boolean;
}

const DEBIT_WORDS = new Set(["AF", "D", "DR", "DEBIT", "DEBET", "DEBE", "CARGO", "DEBIET", "-"]);
const CREDIT_WORDS = new Set(["BIJ", "C", "CR", "CREDIT", "HABER", "ABONO", "KREDIET", "+"]);

export interface ResolvedColumns {
  readonly date: number;
  readonly description: readonly number[];
  readonly amount: number | null;
  readonly debit: number | null;
  readonly credit: number | null;
  readonly direction: number | null;
  readonly balance: number | null;
  readonly reference: number | null;
  readonly names: readonly string[] | null;
}

function foldHeader(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
}

/** Finds the mapped columns in a header row (or checks indices when there is none). */
export function resolveCsvColumns(mapping: CsvMapping, header: readonly string[] | null, line: number): ResolvedColumns {
  const folded = header?.map(foldHeader) ?? null;
  const find = (ref: ColumnRef | undefined, role: string): number | null => {
    if (ref === undefined) return null;
    if (typeof ref === "number") {
      if (!Number.isInteger(ref) || ref < 0) throw new ImportParseError("invalid_mapping", { kind: "file" }, `${role}: column index ${ref} is not valid`);
      return ref;
    }
    if (folded === null) throw new ImportParseError("invalid_mapping", { kind: "file" }, `${role}: column "${ref}" named but the file has no header`);
    const index = folded.indexOf(foldHeader(ref));
    if (index < 0) throw lineError(line, `${role}: no column named "${ref}" in the header (${(header ?? []).join(", ")})`, "invalid_mapping");
    return index;
  };
  const date = find(mapping.date, "date");
  if (date === null) throw new ImportParseError("invalid_mapping", { kind: "file" }, "a date column is required");
  const descriptionRefs = Array.isArray(mapping.description) ? mapping.description : [mapping.description];
  const description = descriptionRefs.flatMap((ref: ColumnRef) => {
    const index = find(ref, "description");
    return index === null ? [] : [index];
  });
  const amount = find(mapping.amount, "amount");
  const debit = find(mapping.debit, "debit");
  const credit = find(mapping.credit, "credit");
  if (amount === null && (debit === null || credit === null)) {
    throw new ImportParseError("invalid_mapping", { kind: "file" }, "map either an amount column or both debit and credit columns");
  }
  return {
    date,
    description,
    amount,
    debit,
    credit,
    direction: find(mapping.direction, "direction"),
    balance: find(mapping.balance, "balance"),
    reference: find(mapping.reference, "reference"),
    names: header,
  };
}

/** How an error names a column: its header text when there is one, else "<role> (column n)". */
export function columnLabel(columns: ResolvedColumns | null, role: string, index?: number): string {
  const names = columns?.names ?? null;
  const name = index === undefined || names === null ? undefined : names[index];
  return name !== undefined && name.trim() !== "" ? name.trim() : index === undefined ? role : `${role} (column ${index + 1})`;
}

function cell(record: readonly string[], index: number | null): string {
  return index === null ? "" : (record[index] ?? "").trim();
}

function readAmountCell(record: readonly string[], index: number | null, line: number, columns: ResolvedColumns, role: string, separator: DecimalSeparator): string | null {
  try {
    return parseLocaleAmount(cell(record, index), separator);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "not an amount";
    throw lineError(line, reason, "invalid_value", columnLabel(columns, role, index ?? undefined));
  }
}

/** Maps one CSV record to a transaction; throws ImportParseError naming the line and column. */
export function readCsvRow(record: readonly string[], line: number, columns: ResolvedColumns, mapping: CsvMapping, currency: string): ParsedTransaction {
  const dateText = cell(record, columns.date);
  const date = parseDateWithFormat(dateText, mapping.dateFormat);
  if (date === null) {
    throw lineError(line, `"${dateText}" is not a date in the format ${mapping.dateFormat}`, "invalid_value", columnLabel(columns, "date", columns.date));
  }
  const separator = mapping.decimalSeparator;
  let amount: string;
  if (columns.amount !== null) {
    const value = readAmountCell(record, columns.amount, line, columns, "amount", separator);
    if (value === null) throw lineError(line, "amount is empty", "invalid_value", columnLabel(columns, "amount", columns.amount));
    amount = applyDirection(value, cell(record, columns.direction), line, columns);
  } else {
    amount = debitCreditAmount(record, line, columns, separator);
  }
  if (mapping.invertAmounts === true) amount = negateDecimalText(amount);
  return {
    date,
    amount,
    balance: readAmountCell(record, columns.balance, line, columns, "balance", separator),
    description: columns.description.map((index) => cell(record, index)).filter((text) => text !== "").join(" "),
    reference: cell(record, columns.reference) || null,
    currency,
    externalId: null,
    typeHint: null,
  };
}

function applyDirection(value: string, direction: string, line: number, columns: ResolvedColumns): string {
  if (columns.direction === null) return value;
  const word = direction.toUpperCase();
  const magnitude = value.replace(/^-/, "");
  if (DEBIT_WORDS.has(word)) return negateDecimalText(magnitude);
  if (CREDIT_WORDS.has(word)) return magnitude;
  throw lineError(line, `"${direction}" is neither a debit nor a credit marker`, "invalid_value", columnLabel(columns, "direction", columns.direction));
}

function debitCreditAmount(record: readonly string[], line: number, columns: ResolvedColumns, separator: DecimalSeparator): string {
  const debit = readAmountCell(record, columns.debit, line, columns, "debit", separator);
  const credit = readAmountCell(record, columns.credit, line, columns, "credit", separator);
  // Exports often write 0.00 in the unused column; zero counts as empty.
  const debitValue = debit === null || /^-?0(\.0+)?$/.test(debit) ? null : debit;
  const creditValue = credit === null || /^-?0(\.0+)?$/.test(credit) ? null : credit;
  if (debitValue !== null && creditValue !== null) {
    throw lineError(line, `both debit (${debit}) and credit (${credit}) are filled`, "invalid_value", columnLabel(columns, "debit", columns.debit ?? undefined));
  }
  if (debitValue !== null) return negateDecimalText(debitValue.replace(/^-/, ""));
  if (creditValue !== null) return creditValue.replace(/^-/, "");
  if (debit !== null || credit !== null) return "0";
  throw lineError(line, "neither debit nor credit is filled", "invalid_value", columnLabel(columns, "debit", columns.debit ?? undefined));
}


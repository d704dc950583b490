import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { AccountType } from "./taxonomy";
import type { CsvMapping, ResolvedColumns } from "./csv-rows";
import { columnLabel, readCsvRow, resolveCsvColumns } from "./csv-rows";
import { ImportParseError, lineError } from "./import-error";
import type { ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { canonicalDecimalText, checkCurrency } from "./import-model";
import { finishImport } from "./import-support";

export type { ColumnRef, CsvMapping } from "./csv-rows";

/** What the CSV itself does not say about the account. */
export interface CsvAccountInfo {
  readonly number?: string | null;
  readonly name?: string | null;
  readonly type?: AccountType;
  readonly currency?: string;
  readonly bank?: string | null;
  readonly holder?: string | null;
  readonly balance?: string | null;
  readonly balanceDate?: string | null;
}

export interface CsvParseOptions extends ParseOptions {
  readonly account?: CsvAccountInfo;
  readonly onProgress?: (rowsDone: number) => void;
  readonly maxTransactions?: number;
}

export type CsvInput = string | AsyncIterable<string | Uint8Array> | Iterable<string>;

const PROGRESS_EVERY = 1000;

/**
 * Streams a CSV export through csv-parse and maps each row with `mapping`. Refuses the first bad
 * row with its line and column; calls `onProgress(rowsDone)` every 1000 rows and at the end.
 */
export async function parseCsv(input: CsvInput, mapping: CsvMapping, options: CsvParseOptions = {}): Promise<ParsedImport> {
  const currencyText = options.account?.currency ?? options.defaultCurrency;
  if (currencyText === undefined) throw new ImportParseError("invalid_mapping", { kind: "file" }, "the account currency is required for a CSV import");
  const currency = checkCurrency(currencyText, { kind: "file" }, options.acceptedCurrencies);
  const parser = parse({
    delimiter: mapping.delimiter ?? ",",
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    from_line: (mapping.skipLines ?? 0) + 1,
    info: true,
  });
  const source = Readable.from(typeof input === "string" ? chunkText(input) : input);
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  const transactions: ParsedTransaction[] = [];
  const lines: number[] = [];
  let columns: ResolvedColumns | null = mapping.hasHeader ? null : resolveCsvColumns(mapping, null, (mapping.skipLines ?? 0) + 1);
  try {
    for await (const item of parser) {
      const { record, line } = readRecord(item);
      if (columns === null) {
        columns = resolveCsvColumns(mapping, record, line);
        continue;
      }
      if (options.maxTransactions !== undefined && transactions.length >= options.maxTransactions) {
        throw lineError(line, `more than ${options.maxTransactions} transactions in one import (limit)`, "too_many_transactions");
      }
      transactions.push(readCsvRow(record, line, columns, mapping, currency));
      lines.push(line);
      if (transactions.length % PROGRESS_EVERY === 0) options.onProgress?.(transactions.length);
    }
  } catch (error) {
    source.unpipe(parser);
    source.destroy();
    if (error instanceof ImportParseError) throw error;
    throw csvSyntaxError(error);
  }
  options.onProgress?.(transactions.length);
  const account = buildAccount(transactions, currency, options.account);
  return finishImport("csv", [account], [], [
    {
      transaction: (index, field) => ({
        kind: "line",
        line: lines[index] ?? 0,
        column: columnLabel(columns, field, (field === "balance" ? columns?.balance : columns?.amount) ?? undefined),
      }),
      balance: { kind: "file" },
    },
  ]);
}

const CHUNK = 64 * 1024;

/** Feeds a large string in slices so csv-parse emits records as it goes instead of all at once. */
function* chunkText(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    // Never split a surrogate pair: csv-parse encodes each chunk on its own.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

function readRecord(item: unknown): { record: string[]; line: number } {
  if (typeof item === "object" && item !== null && "record" in item && "info" in item) {
    const record = Array.isArray(item.record) ? item.record.map((cell: unknown) => String(cell)) : [];
    const info = item.info;
    const line = typeof info === "object" && info !== null && "lines" in info && typeof info.lines === "number" ? info.lines : 0;
    return { record, line };
  }
  throw new ImportParseError("invalid_csv", { kind: "file" }, "unexpected CSV reader output");
}

function buildAccount(transactions: readonly ParsedTransaction[], currency: string, info: CsvAccountInfo | undefined): ParsedAccount {
  const balance = info?.balance === undefined || info.balance === null ? null : canonicalDecimalText(info.balance);
  return {
    externalId: null,
    number: info?.number ?? null,
    iban: null,
    name: info?.name ?? null,
    type: info?.type ?? "current",
    usage: null,
    currency,
    balance,
    balanceDate: info?.balanceDate ?? null,
    bank: info?.bank ?? null,
    holder: info?.holder ?? null,
    ownership: null,
    transactions,
  };
}

function csvSyntaxError(error: unknown): ImportParseError {
  const message = error instanceof Error ? error.message : String(error);
  const lineMatch = /line (\d+)/i.exec(message);
  const line = lineMatch ? Number(lineMatch[1]) : 0;
  return line > 0 ? lineError(line, `unreadable CSV (${message})`, "invalid_csv") : new ImportParseError("invalid_csv", { kind: "file" }, `unreadable CSV (${message})`);
}

import type { CsvAccountInfo, CsvMapping } from "./parse-csv";
import { parseCsv } from "./parse-csv";
import { detectCsvLayout } from "./detect-csv-layout";
import { detectJsonFormat, detectTextFormat } from "./detect-format";
import { ImportParseError } from "./import-error";
import type { ImportFormat, ParsedImport, ParseOptions } from "./import-model";
import { parseJsonDocument } from "./json-values";
import { parseAlgoanJson } from "./parse-algoan-json";
import { parseBudgetInsightJson } from "./parse-budget-insight-json";
import { parseByodJson } from "./parse-byod-json";
import { parseOfx } from "./parse-ofx";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_TRANSACTIONS = 200_000;

export interface ImportFileOptions extends ParseOptions {
  /** Skip detection (the wizard already knows). */
  readonly format?: ImportFormat;
  /** The confirmed CSV mapping; without one, the detected layout is used when it is complete. */
  readonly csvMapping?: CsvMapping;
  /** Account details a CSV does not carry (number, currency, holder...). */
  readonly csvAccount?: CsvAccountInfo;
  readonly onProgress?: (rowsDone: number) => void;
  /** Lower limits for tests or for the applicant portal; never higher than the platform's. */
  readonly maxBytes?: number;
  readonly maxTransactions?: number;
}

/**
 * The one entry point for an uploaded file (import service, applicant portal, partner API, the
 * analysis command): enforces the size and transaction limits, decodes the bytes (UTF-8, else
 * Windows-1252 as older French and Spanish exports use), detects the format and parses it.
 * Throws ImportParseError; nothing partial is returned.
 */
export async function parseImportFile(input: string | Uint8Array, fileName: string, options: ImportFileOptions = {}): Promise<ParsedImport> {
  const maxBytes = Math.min(options.maxBytes ?? MAX_IMPORT_BYTES, MAX_IMPORT_BYTES);
  const maxTransactions = Math.min(options.maxTransactions ?? MAX_IMPORT_TRANSACTIONS, MAX_IMPORT_TRANSACTIONS);
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) {
    throw new ImportParseError("file_too_large", { kind: "file" }, `${fileName} is ${formatMegabytes(size)}; the limit is ${formatMegabytes(maxBytes)} per file`);
  }
  const text = (typeof input === "string" ? input : decodeBytes(input)).replace(/^\uFEFF/, "");
  const kind = options.format ? kindOf(options.format) : detectTextFormat(text, fileName);
  let result: ParsedImport;
  if (kind === "json") {
    const document = parseJsonDocument(text);
    const format = options.format ?? detectJsonFormat(document);
    if (format === "byod_json") result = parseByodJson(document, options);
    else if (format === "algoan_json") result = parseAlgoanJson(document, options);
    else if (format === "budget_insight_json") result = parseBudgetInsightJson(document, options);
    else throw new ImportParseError("unknown_format", { kind: "json", path: "" }, "JSON document is neither BYOD, Algoan nor Budget Insight (expected accounts[] or connections[])");
  } else if (kind === "ofx") {
    result = parseOfx(text, options);
  } else if (kind === "csv") {
    const mapping = options.csvMapping ?? detectCsvLayout(text).mapping;
    if (!mapping) throw new ImportParseError("invalid_mapping", { kind: "file" }, "the CSV columns could not be recognised: a column mapping is required");
    result = await parseCsv(text, mapping, { ...options, account: options.csvAccount, maxTransactions, onProgress: options.onProgress });
  } else {
    throw new ImportParseError("unknown_format", { kind: "file" }, `${fileName}: not a JSON, CSV or OFX/QFX bank export`);
  }
  const count = result.accounts.reduce((sum, account) => sum + account.transactions.length, 0);
  if (count > maxTransactions) {
    throw new ImportParseError("too_many_transactions", { kind: "file" }, `${count} transactions in one import; the limit is ${maxTransactions}`);
  }
  if (kind !== "csv") options.onProgress?.(count);
  return result;
}

function kindOf(format: ImportFormat): "json" | "ofx" | "csv" {
  return format === "csv" ? "csv" : format === "ofx" ? "ofx" : "json";
}

function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

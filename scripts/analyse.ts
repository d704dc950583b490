/**
 * `npm run analyse -- <file> [--as-of YYYY-MM-DD] [--currency CODE]`: reads a bank export in any
 * import format (BYOD JSON, Algoan JSON, Budget Insight JSON, CSV with a recognisable layout,
 * OFX/QFX), labels it and prints the complete analysis as JSON on stdout, and nothing else there.
 * The analysis date defaults to the last transaction's date; `--currency` is the currency of a
 * file that does not state one (a CSV export). A data-quality refusal is still a result (status
 * "error" with its code); unreadable input or bad arguments: a message on stderr and exit code 2.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyseBankData } from "../server/analysis/analyse-bank-data";
import { defaultAsOf, toAnalysisInput } from "../server/analysis/from-import";
import { ImportParseError } from "../server/banking/import-error";
import type { ParsedImport } from "../server/banking/import-model";
import { labelParsedImport } from "../server/banking/labelling/label-import";
import { parseImportFile } from "../server/banking/parse-import-file";
import { isIsoDate, todayIn } from "../server/shared/dates";

const USAGE = "usage: npm run analyse -- <file> [--as-of YYYY-MM-DD] [--currency CODE]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function optionValue(args: readonly string[], index: number, name: string): { value: string | undefined; next: number } {
  const arg = args[index] ?? "";
  return arg === name ? { value: args[index + 1], next: index + 1 } : { value: arg.slice(name.length + 1), next: index };
}

function parseArguments(args: readonly string[]): { file: string; asOf: string | null; currency: string | undefined } {
  let file: string | null = null;
  let asOf: string | null = null;
  let currency: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--as-of" || arg.startsWith("--as-of=")) {
      const { value, next } = optionValue(args, i, "--as-of");
      if (value === undefined || !isIsoDate(value)) fail(`--as-of needs a date (YYYY-MM-DD)\n${USAGE}`);
      asOf = value;
      i = next;
    } else if (arg === "--currency" || arg.startsWith("--currency=")) {
      const { value, next } = optionValue(args, i, "--currency");
      if (value === undefined || !/^[A-Za-z]{3}$/.test(value)) fail(`--currency needs an ISO 4217 code such as ZAR\n${USAGE}`);
      currency = value.toUpperCase();
      i = next;
    } else if (arg.startsWith("--") || file !== null) {
      fail(`unexpected argument "${arg}"\n${USAGE}`);
    } else {
      file = arg;
    }
  }
  if (file === null) fail(USAGE);
  return { file, asOf, currency };
}

async function main(args: readonly string[]): Promise<void> {
  const { file, asOf, currency } = parseArguments(args);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let parsed: ParsedImport;
  try {
    parsed = await parseImportFile(bytes, basename(file), { defaultCurrency: currency });
  } catch (error) {
    if (error instanceof ImportParseError) {
      const hint = error.code === "invalid_mapping" && currency === undefined ? " (a CSV states no currency: pass --currency)" : "";
      fail(`${file} cannot be imported (${error.code}): ${error.message}${hint}`);
    }
    throw error;
  }
  const labelled = labelParsedImport(parsed);
  const date = asOf ?? defaultAsOf(labelled) ?? todayIn("UTC");
  const result = analyseBankData(toAnalysisInput(parsed, labelled, date));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

await main(process.argv.slice(2));

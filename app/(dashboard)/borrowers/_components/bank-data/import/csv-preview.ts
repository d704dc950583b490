import { parse } from "csv-parse/browser/esm/sync";
import { readCsvRow, resolveCsvColumns } from "@/server/banking/csv-rows";
import type { CsvMapping } from "./csv-draft";

/**
 * The first rows as the import will read them with the mapping being edited. It runs the server's
 * own row reader (csv-rows.ts, pure code) over the sample, so dates, signs and amounts shown here
 * are the ones that will be stored; `previewCsv` only previews the mapping it proposed.
 */

export interface PreviewRow {
  line: number;
  date: string | null;
  description: string;
  amount: string | null;
  balance: string | null;
  reference: string | null;
  error: string | null;
}

export interface Preview {
  rows: PreviewRow[];
  /** A problem with the mapping as a whole (a column the header does not have, unreadable CSV). */
  error: string | null;
}

function records(sample: string, mapping: CsvMapping, count: number): Array<{ cells: string[]; line: number }> {
  const output: unknown = parse(sample, {
    delimiter: mapping.delimiter ?? ",",
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    from_line: (mapping.skipLines ?? 0) + 1,
    to: count + (mapping.hasHeader ? 1 : 0),
    info: true,
  });
  if (!Array.isArray(output)) return [];
  return output.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null || !("record" in item) || !("info" in item)) return [];
    const cells = Array.isArray(item.record) ? item.record.map((c: unknown) => String(c)) : [];
    const info = item.info;
    const line = typeof info === "object" && info !== null && "lines" in info && typeof info.lines === "number" ? info.lines : 0;
    return [{ cells, line }];
  });
}

export function previewCsv(sample: string, mapping: CsvMapping, currency: string, count = 10): Preview {
  let rows: Array<{ cells: string[]; line: number }>;
  try {
    rows = records(sample, mapping, count);
  } catch (error) {
    return { rows: [], error: `The CSV cannot be read with these settings: ${error instanceof Error ? error.message : String(error)}` };
  }
  const header = mapping.hasHeader ? (rows[0]?.cells ?? null) : null;
  const data = mapping.hasHeader ? rows.slice(1) : rows;
  let columns: ReturnType<typeof resolveCsvColumns>;
  try {
    columns = resolveCsvColumns(mapping, header, rows[0]?.line ?? 1);
  } catch (error) {
    return { rows: [], error: error instanceof Error ? error.message : String(error) };
  }
  return {
    error: null,
    rows: data.map(({ cells, line }) => {
      try {
        const t = readCsvRow(cells, line, columns, mapping, currency);
        return { line, date: t.date, description: t.description, amount: t.amount, balance: t.balance, reference: t.reference, error: null };
      } catch (error) {
        return { line, date: null, description: "", amount: null, balance: null, reference: null, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  };
}

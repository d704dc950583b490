/**
 * Every reason an import can be refused, with where in the file it happened. The import service
 * shows `message` as is; the UI may also use `code` and `location` (e.g. to highlight a CSV line).
 */
export type ImportErrorCode =
  | "unknown_format"
  | "invalid_json"
  | "invalid_structure"
  | "invalid_value"
  | "unknown_currency"
  | "currency_not_accepted"
  | "invalid_csv"
  | "invalid_mapping"
  | "invalid_ofx"
  | "file_too_large"
  | "too_many_transactions";

/** A JSON path (`accounts[0].transactions[12].amount`), a 1-based line (CSV, OFX), or the whole file. */
export type ImportLocation =
  | { readonly kind: "json"; readonly path: string }
  | { readonly kind: "line"; readonly line: number; readonly column?: string }
  | { readonly kind: "file" };

/** Location as the message prefix: "accounts[0].amount", "line 12, column \"Debit\"", "file". */
export function describeLocation(location: ImportLocation): string {
  switch (location.kind) {
    case "json":
      return location.path === "" ? "document root" : location.path;
    case "line":
      return location.column === undefined ? `line ${location.line}` : `line ${location.line}, column "${location.column}"`;
    case "file":
      return "file";
  }
}

/** Why a file was refused and where; nothing of a refused file is imported. */
export class ImportParseError extends Error {
  override readonly name = "ImportParseError";
  readonly code: ImportErrorCode;
  readonly location: ImportLocation;
  /** The reason alone, without the location prefix. */
  readonly reason: string;

  constructor(code: ImportErrorCode, location: ImportLocation, reason: string) {
    super(`${describeLocation(location)}: ${reason}`);
    this.code = code;
    this.location = location;
    this.reason = reason;
  }
}

/** An error at a JSON path. */
export function jsonError(path: string, reason: string, code: ImportErrorCode = "invalid_value"): ImportParseError {
  return new ImportParseError(code, { kind: "json", path }, reason);
}

/** An error at a line (and column) of a CSV or OFX file. */
export function lineError(line: number, reason: string, code: ImportErrorCode, column?: string): ImportParseError {
  const location: ImportLocation = column === undefined ? { kind: "line", line } : { kind: "line", line, column };
  return new ImportParseError(code, location, reason);
}

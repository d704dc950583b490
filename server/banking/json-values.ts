import type { IsoDate } from "@/server/shared/dates";
import { ImportParseError, jsonError } from "./import-error";
import { canonicalDecimalText, jsonNumberToDecimalString } from "./import-model";
import { parseBusinessDate } from "./parse-datetime";

/** Reading untrusted JSON field by field, so that every refusal names its JSON path. */
export type JsonObject = { readonly [key: string]: unknown };

/** A plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `accounts[0]` + `amount` → `accounts[0].amount`. */
export function childPath(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** `transactions` + 3 → `transactions[3]`. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** JSON.parse with the failing line in the error (V8 reports a character position). */
export function parseJsonDocument(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : 1;
    throw new ImportParseError("invalid_json", { kind: "line", line }, `not valid JSON (${message})`);
  }
}

/** A short rendering of a bad value for an error message. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/** The value as an object, or an error at `path`. */
export function readObject(value: unknown, path: string): JsonObject {
  if (!isJsonObject(value)) throw jsonError(path, `expected an object, got ${describeJsonValue(value)}`, "invalid_structure");
  return value;
}

/** The value as an array, or an error at `path`. */
export function readArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw jsonError(path, `expected an array, got ${describeJsonValue(value)}`, "invalid_structure");
  return value;
}

/** Absent and null read as null; numbers become their text (account numbers are sometimes numeric). */
export function readOptionalString(object: JsonObject, key: string, path: string): string | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") throw jsonError(childPath(path, key), `expected text, got ${describeJsonValue(value)}`);
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Like readOptionalString, but absent is an error. */
export function readRequiredString(object: JsonObject, key: string, path: string): string {
  const value = readOptionalString(object, key, path);
  if (value === null) throw jsonError(childPath(path, key), "is required", "invalid_structure");
  return value;
}

/** An amount given as a JSON number or as a decimal string, returned as canonical decimal text. */
export function readOptionalAmount(object: JsonObject, key: string, path: string): string | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  const at = childPath(path, key);
  if (typeof value === "number") {
    try {
      return jsonNumberToDecimalString(value);
    } catch (error) {
      throw jsonError(at, error instanceof Error ? error.message : "not a usable number");
    }
  }
  if (typeof value === "string") {
    try {
      return canonicalDecimalText(value);
    } catch {
      throw jsonError(at, `not a number (got ${describeJsonValue(value)})`);
    }
  }
  throw jsonError(at, `not a number (got ${describeJsonValue(value)})`);
}

/** Like readOptionalAmount, but absent is an error. */
export function readRequiredAmount(object: JsonObject, key: string, path: string): string {
  const value = readOptionalAmount(object, key, path);
  if (value === null) throw jsonError(childPath(path, key), "is required", "invalid_structure");
  return value;
}

/** The first present key among `keys` (formats name the same date differently), as a business date. */
export function readDateOf(object: JsonObject, keys: readonly string[], path: string, timeZone?: string): IsoDate | null {
  for (const key of keys) {
    const value = object[key];
    if (value === undefined || value === null) continue;
    const at = childPath(path, key);
    if (typeof value !== "string") throw jsonError(at, `expected a date, got ${describeJsonValue(value)}`);
    const date = parseBusinessDate(value, timeZone);
    if (date === null) throw jsonError(at, `not a date (YYYY-MM-DD or ISO date-time), got ${describeJsonValue(value)}`);
    return date;
  }
  return null;
}

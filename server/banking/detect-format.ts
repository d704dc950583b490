import type { ImportFormat } from "./import-model";
import type { JsonObject } from "./json-values";
import { isJsonObject } from "./json-values";

/** Which of our formats a document is, by content first and file name last. */

/** For an already parsed JSON document: Budget Insight has `connections`, Algoan `dates`/`owners`, BYOD `account_number`/`datetime`. */
export function detectJsonFormat(document: unknown): ImportFormat | null {
  if (!isJsonObject(document)) return null;
  if (document.format === "BUDGET_INSIGHT_V2_0" || Array.isArray(document.connections)) return "budget_insight_json";
  if (!Array.isArray(document.accounts)) return null;
  const accounts: unknown[] = document.accounts;
  const first = accounts.find(isJsonObject);
  if (first === undefined) return "byod_json";
  const transaction = firstTransaction(accounts);
  if (transaction && isJsonObject(transaction.dates)) return "algoan_json";
  if (transaction && ("datetime" in transaction || "reference" in transaction)) return "byod_json";
  if ("account_number" in first || "bank_slug" in first || "account_holder_name" in first) return "byod_json";
  if ("balanceDate" in first || "owners" in first || "usage" in first || "iban" in first) return "algoan_json";
  return null;
}

function firstTransaction(accounts: readonly unknown[]): JsonObject | undefined {
  for (const account of accounts) {
    if (!isJsonObject(account) || !Array.isArray(account.transactions)) continue;
    const found: unknown = account.transactions.find(isJsonObject);
    if (isJsonObject(found)) return found;
  }
  return undefined;
}

/** For text: JSON when it starts like JSON, OFX/QFX by their header or `<OFX>`, otherwise CSV. */
export function detectTextFormat(text: string, fileName = ""): "json" | "ofx" | "csv" | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (/^OFXHEADER\s*:/i.test(head) || /<\?OFX\b/i.test(head) || /<OFX>/i.test(head)) return "ofx";
  if (/\.(ofx|qfx|qbo)$/i.test(fileName)) return "ofx";
  if (/\.json$/i.test(fileName)) return "json";
  const firstLines = head.split(/\r?\n/).slice(0, 5);
  if (/\.(csv|txt|tsv)$/i.test(fileName) || firstLines.some((line) => /[,;\t|]/.test(line))) return "csv";
  return null;
}

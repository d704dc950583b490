import { createHash } from "node:crypto";
import type { ParsedTransaction } from "./import-model";

/**
 * Description normalisation (shared with the labelling rules) and the de-duplication fingerprint.
 * Changing either changes stored fingerprints: re-imports would then duplicate, so treat the
 * output as a stored format (bump FINGERPRINT_VERSION and re-fingerprint if it must change).
 */
export const FINGERPRINT_VERSION = 1;

const NON_ASCII = /[^\x00-\x7f]/;
const LETTER_FOLDS: Record<string, string> = { ß: "SS", Æ: "AE", æ: "AE", Œ: "OE", œ: "OE", Ø: "O", ø: "O", Ł: "L", ł: "L", Đ: "D", đ: "D" };

/**
 * Upper-case, accents stripped, punctuation turned into spaces, whitespace collapsed. Tokens that
 * are identifiers rather than words (5+ digits, or 6+ characters with 4+ digits mixed with letters:
 * mandate and card references, timestamps) become "#", consecutive ones merged. Short numbers are
 * kept, because they name merchants and products ("BET 365", "3 4X", store numbers).
 */
export function normaliseDescription(text: string): string {
  // Most bank text is ASCII: the Unicode decomposition is only paid for text that needs it.
  const folded = NON_ASCII.test(text)
    ? text
        .replace(/[ßÆæŒœØøŁłĐđ]/g, (c) => LETTER_FOLDS[c] ?? c)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toUpperCase()
    : text.toUpperCase();
  let out = "";
  let previousWasId = false;
  for (const token of folded.split(/[^A-Z0-9&]+/)) {
    if (token === "") continue;
    const isId = isIdentifierToken(token);
    if (isId && previousWasId) continue;
    out += out === "" ? (isId ? "#" : token) : ` ${isId ? "#" : token}`;
    previousWasId = isId;
  }
  return out;
}

function isIdentifierToken(token: string): boolean {
  let digits = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  if (digits === token.length) return digits >= 5;
  return token.length >= 6 && digits >= 4;
}

/** "-75.20", "-75.2" and "-075.200" are the same amount; the fingerprint must not see a difference. */
function canonicalAmount(amount: string): string {
  let text = amount.trim().replace(/^\+/, "");
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  text = text.replace(/^0+(?=\d)/, "");
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  if (text === "" || text === "0") return "0";
  return negative ? `-${text}` : text;
}

/**
 * One fingerprint per transaction of an account, in order: a hash of the date, amount, normalised
 * description, reference and the position among identical (date, amount, description, reference)
 * rows of the same file. Re-importing the file, or a statement overlapping it, reproduces the same
 * fingerprints; two genuine identical purchases on one day stay distinct (occurrence 0 and 1).
 */
export function fingerprintTransactions(transactions: readonly ParsedTransaction[]): string[] {
  const occurrences = new Map<string, number>();
  return transactions.map((transaction) => {
    const reference = transaction.reference === null ? "" : normaliseDescription(transaction.reference);
    const key = `${transaction.date}|${canonicalAmount(transaction.amount)}|${normaliseDescription(transaction.description)}|${reference}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return createHash("sha256").update(`v${FINGERPRINT_VERSION}|${key}|${occurrence}`).digest("hex").slice(0, 32);
  });
}

export interface NewTransaction {
  readonly index: number;
  readonly fingerprint: string;
  readonly transaction: ParsedTransaction;
}

/**
 * Given the fingerprints already stored for an account and a newly parsed list for it, the
 * transactions to insert (with their fingerprints) and how many were already there.
 */
export function selectNewTransactions(
  existingFingerprints: Iterable<string>,
  transactions: readonly ParsedTransaction[],
): { readonly added: NewTransaction[]; readonly duplicates: number } {
  const existing = existingFingerprints instanceof Set ? existingFingerprints : new Set(existingFingerprints);
  const fingerprints = fingerprintTransactions(transactions);
  const added: NewTransaction[] = [];
  fingerprints.forEach((fingerprint, index) => {
    const transaction = transactions[index];
    if (transaction && !existing.has(fingerprint)) added.push({ index, fingerprint, transaction });
  });
  return { added, duplicates: transactions.length - added.length };
}

/**
 * Whole-token phrase lookup in one left-to-right pass: phrases are indexed by their first token,
 * so a description is scanned token by token with one Map lookup each, whatever the number of
 * keywords. Texts are normalised descriptions padded with a space on both sides (" A B C ").
 */
/** An object rather than a callback, so a caller can reuse one visitor instead of allocating a closure per text. */
export interface PhraseVisitor<T> {
  visit(payload: T, phrase: string): void;
}

interface Entry<T> {
  /** The phrase's remaining tokens as " B C " (leading and trailing space), or "" for one token. */
  readonly rest: string;
  readonly phrase: string;
  readonly payload: T;
}

/** Phrases indexed by first token; see the file comment. */
export class PhraseIndex<T> {
  private readonly byFirstToken = new Map<string, Entry<T>[]>();

  add(phrase: string, payload: T): void {
    const tokens = phrase.trim().split(/\s+/);
    const first = tokens[0];
    if (first === undefined || first === "") return;
    const rest = tokens.length > 1 ? ` ${tokens.slice(1).join(" ")} ` : "";
    const list = this.byFirstToken.get(first);
    const entry = { rest, phrase: tokens.join(" "), payload };
    if (list) list.push(entry);
    else this.byFirstToken.set(first, [entry]);
  }

  /** Calls `visitor.visit` for each indexed phrase found in `padded`, in text order (then insertion order). */
  forEachMatch(padded: string, visitor: PhraseVisitor<T>): void {
    let start = 1;
    const length = padded.length;
    while (start < length) {
      const end = padded.indexOf(" ", start);
      if (end < 0) return;
      if (end > start) {
        const entries = this.byFirstToken.get(padded.slice(start, end));
        if (entries) {
          for (const entry of entries) {
            // `rest` ends with a space, so startsWith also proves the token boundary after the phrase.
            if (entry.rest === "" || padded.startsWith(entry.rest, end)) visitor.visit(entry.payload, entry.phrase);
          }
        }
      }
      start = end + 1;
    }
  }
}

/** " TEXT " padding used by every matcher, so phrase boundaries are spaces. */
export function padForMatching(normalised: string): string {
  return ` ${normalised} `;
}

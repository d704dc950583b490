import type { AnalysableTransaction } from "@/server/banking/analysable";

/**
 * The grouping key of a transaction's counterparty: banking's cleaned counterparty (brand, employer,
 * payee) upper-cased, or, when banking could not read one, the first words of the description
 * without digits (references and dates change every month; the wording does not).
 */
export function counterpartyKey(t: Pick<AnalysableTransaction, "counterparty" | "description">): string {
  const name = t.counterparty?.trim();
  if (name) return name.toUpperCase().replace(/\s+/g, " ");
  return descriptionRoot(t.description) || "UNKNOWN";
}

/** The first `words` words of a description without digits or punctuation, upper-cased. */
export function descriptionRoot(description: string, words = 3): string {
  return description
    .toUpperCase()
    .split(/[^A-Z\u00C0-\u024F]+/)
    .filter((w) => w.length > 0 && !/\d/.test(w))
    .slice(0, words)
    .join(" ");
}

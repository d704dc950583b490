import type { AccountDraft } from "./csv-draft";

/**
 * Bank exports often open with "Account Number:, 62001234567" style lines before the table. Those
 * lines are skipped by the import, so the account details the CSV lacks are proposed from them here;
 * the officer still sees and can change every field.
 */

export function preambleLines(sample: string, skipLines: number): string[] {
  return sample
    .split(/\r?\n/)
    .slice(0, skipLines)
    .filter((line) => line.trim() !== "");
}

function cellsOf(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim());
}

const FACTS: ReadonlyArray<{ key: "number" | "name" | "type" | "holder" | "bank"; label: RegExp }> = [
  { key: "number", label: /^(account\s*(number|no\.?|nr\.?)|iban|rekeningnommer|rekeningnummer|num[ée]ro de compte|n[uú]mero de cuenta)\s*:?$/i },
  { key: "type", label: /^(account\s*type|rekeningtipe|type de compte|tipo de cuenta)\s*:?$/i },
  { key: "name", label: /^(account\s*name|product)\s*:?$/i },
  { key: "holder", label: /^(account\s*holder|holder|name|titulaire|titular|rekeninghouer)\s*:?$/i },
  { key: "bank", label: /^(bank|banque|banco)\s*:?$/i },
];

function accountTypeOf(text: string): string {
  if (/credit\s*card|kredietkaart|carte/i.test(text)) return "credit_card";
  if (/savings|spaar|[ée]pargne|ahorro/i.test(text)) return "savings";
  if (/loan|lening|pr[eê]t|pr[ée]stamo/i.test(text)) return "loan";
  return "current";
}

/** The account details the preamble states, on top of `base` (only fields the preamble names change). */
export function accountFromPreamble(lines: readonly string[], delimiter: string, base: AccountDraft): AccountDraft {
  const next = { ...base };
  for (const line of lines) {
    const [label = "", value = ""] = cellsOf(line, delimiter);
    if (value === "") continue;
    const fact = FACTS.find((f) => f.label.test(label));
    if (!fact) continue;
    if (fact.key === "type") {
      next.type = accountTypeOf(value);
      if (next.name === "") next.name = value.replace(/\s+/g, " ");
    } else {
      next[fact.key] = value;
    }
  }
  return next;
}

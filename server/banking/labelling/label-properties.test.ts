import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "@/server/shared/dates";
import { money } from "@/server/shared/money";
import { isLabelCode, LABEL_CODES, TRANSACTION_TYPES } from "../taxonomy";
import { labelTransactions } from "./label-transactions";
import type { LabellingAccount, OrgRule } from "./types";

/** Words from every pack plus noise, so generated descriptions hit rules, ties and fallbacks. */
const WORDS = [
  "PRLV", "SEPA", "VIR", "CB", "CARTE", "LOYER", "SALAIRE", "NOMINA", "SALARIS", "SALARY", "REJET", "IMPAYE", "RD", "STORNO", "COFIDIS",
  "KLARNA", "WINAMAX", "CASINO", "GEANT", "BANQUE", "FRAIS", "AGIOS", "SAISIE", "EMBARGO", "HYPOTHEEK", "VERZEKERING", "ASSU", "PRET",
  "IMMOBILIER", "SASSA", "ATM", "RETRAIT", "EPARGNE", "NETFLIX", "UBER", "EATS", "TOTAL", "EDF", "X2518", "REF", "12345678", "ACME",
  "MME", "DUPONT", "3-4X", "CHQ", "AVANCE", "é", "Ñ", "", "  ", "/", "*",
];

const transaction = fc.record({
  day: fc.integer({ min: 19_700, max: 19_900 }),
  cents: fc.integer({ min: -500_000, max: 500_000 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }),
  typeHint: fc.constantFrom(null, ...TRANSACTION_TYPES),
});

const accounts = fc.array(
  fc.record({
    type: fc.constantFrom("current", "savings", "credit_card", "loan", "other" as const),
    holder: fc.constantFrom(null, "MME DUPONT", "ACME SALARY"),
    transactions: fc.array(transaction, { maxLength: 40 }),
  }),
  { minLength: 1, maxLength: 3 },
);

const orgRules = fc.array(
  fc.record({
    pattern: fc.constantFrom("LOYER", "\\bACME\\b", "COFIDIS|KLARNA", "^CB ", "DUPONT$"),
    label: fc.constantFrom(...LABEL_CODES),
    priority: fc.integer({ min: -5, max: 5 }),
    appliesTo: fc.constantFrom("credit", "debit", "any" as const),
  }),
  { maxLength: 3 },
);

type Generated = typeof accounts extends fc.Arbitrary<infer T> ? T : never;

function toAccounts(generated: Generated): LabellingAccount[] {
  return generated.map((a, i) => ({
    id: `a${i}`,
    type: a.type,
    currency: "EUR",
    holder: a.holder,
    transactions: a.transactions.map((t, j) => ({
      id: `a${i}-t${j}`,
      date: fromDayNumber(t.day),
      amount: `${t.cents < 0 ? "-" : ""}${Math.floor(Math.abs(t.cents) / 100)}.${String(Math.abs(t.cents) % 100).padStart(2, "0")}`,
      description: t.words.join(" "),
      typeHint: t.typeHint,
    })),
  }));
}

describe("labelling properties", () => {
  it("is deterministic and gives every transaction exactly one valid label, type and reason", () => {
    fc.assert(
      fc.property(accounts, orgRules, (generated, rules) => {
        const input = toAccounts(generated);
        const org: OrgRule[] = rules.map((r, i) => ({ id: `r${i}`, ...r }));
        const first = labelTransactions(input, org);
        const second = labelTransactions(structuredClone(input), org);
        expect(second).toEqual(first);
        const ids = input.flatMap((a) => a.transactions.map((t) => t.id));
        expect(first.map((t) => t.id)).toEqual(ids);
        for (const t of first) {
          expect(isLabelCode(t.label)).toBe(true);
          expect(TRANSACTION_TYPES).toContain(t.type);
          expect(["builtin", "organisation", "override", "fallback"]).toContain(t.reason.source);
          expect(t.reason.description.length).toBeGreaterThan(0);
          if (t.returnedTransactionId !== null) {
            const debit = first.find((d) => d.id === t.returnedTransactionId);
            expect(debit?.accountId).toBe(t.accountId);
            expect(debit?.amount.startsWith("-")).toBe(true);
            expect(money(debit?.amount ?? "0").plus(money(t.amount)).isZero()).toBe(true);
            expect(debit?.returnedById).toBe(t.id);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

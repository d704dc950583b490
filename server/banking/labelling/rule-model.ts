import type { LabelCode } from "../taxonomy";

/**
 * Built-in rules: keyword phrases, in-word stems and regular expressions over the normalised
 * description (see `normaliseDescription`), restricted by amount sign and optional range. The
 * highest priority wins; a tie goes to the rule defined first. Brand rules also name the
 * counterparty (the lender, provider or merchant matched), so lenders can be counted.
 */
export type PackName = "common" | "en" | "fr" | "es" | "nl";
export type Direction = "credit" | "debit" | "any";

/** Priority tiers: a specific signal beats a generic one (a rejection fee beats "FRAIS"). */
export const PRIORITY = {
  seizure: 92,
  debtCollection: 91,
  wageAdvance: 90,
  incidentFee: 86,
  bnpl: 82,
  gamblingBrand: 80,
  savings: 77,
  insurance: 75,
  taxes: 72,
  mortgage: 70,
  income: 68,
  lender: 65,
  housing: 62,
  provider: 60,
  merchantSpecific: 57,
  merchant: 55,
  genericLoan: 54,
  genericGambling: 50,
  cash: 45,
  cardSettlement: 42,
  bankFee: 40,
  refund: 35,
  interest: 32,
  internal: 30,
} as const;

/** Above this, a line worded as a "fee" is someone's invoice (attorney, school, agent), not the bank's charge. */
export const LARGEST_BANK_FEE = 250;

/**
 * Heuristics compare and add amounts as exact integers of ten-thousandths of a unit (safe up to
 * 900 billion units), never as floats; money itself is never computed from them.
 */
export const MAGNITUDE_SCALE = 10_000;

/** The absolute amount of a decimal string, in ten-thousandths, read digit by digit (no float parse). */
export function magnitudeOf(amount: string): number {
  const match = /^[+-]?(\d*)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) return 0;
  const whole = match[1] || "0";
  const fraction = (match[2] ?? "").slice(0, 4).padEnd(4, "0");
  return Number.parseInt(whole, 10) * MAGNITUDE_SCALE + Number.parseInt(fraction, 10);
}

export interface BuiltinRule {
  readonly id: string;
  readonly pack: PackName;
  readonly label: LabelCode;
  readonly appliesTo: Direction;
  readonly priority: number;
  /** Whole-token phrases ("PRET IMMOBILIER" matches the tokens PRET then IMMOBILIER). */
  readonly keywords: readonly string[];
  /** Substrings that may sit inside a token: Dutch compounds (AUTOVERZEKERING) and glued brands (SPOTIFYES). */
  readonly stems: readonly string[];
  readonly pattern: RegExp | null;
  /** When set, the matched brand is the counterparty: `canonical` if given, else the matched phrase. */
  readonly brand: { readonly canonical: string | null } | null;
  /** Absolute amount range (inclusive, as magnitudes: see MAGNITUDE_SCALE), for rules that only make sense above or below a size. */
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
}

export interface RuleSpec {
  readonly id: string;
  readonly label: LabelCode;
  readonly on?: Direction;
  readonly priority: number;
  readonly words?: readonly string[];
  readonly stems?: readonly string[];
  readonly pattern?: RegExp;
  /** true: the matched phrase names the counterparty; a string: this canonical name does. */
  readonly brand?: boolean | string;
  readonly min?: number;
  readonly max?: number;
}

/** Builds a pack's rules from compact specs; ids are prefixed with the pack name. */
export function definePack(pack: PackName, specs: readonly RuleSpec[]): BuiltinRule[] {
  return specs.map((spec) => ({
    id: `${pack}.${spec.id}`,
    pack,
    label: spec.label,
    appliesTo: spec.on ?? "any",
    priority: spec.priority,
    keywords: spec.words ?? [],
    stems: spec.stems ?? [],
    pattern: spec.pattern ?? null,
    brand: spec.brand === undefined || spec.brand === false ? null : { canonical: spec.brand === true ? null : spec.brand },
    minAmount: spec.min === undefined ? null : spec.min * MAGNITUDE_SCALE,
    maxAmount: spec.max === undefined ? null : spec.max * MAGNITUDE_SCALE,
  }));
}

/**
 * One rule per lender, each naming its lender: repayments on debits, drawdowns on credits.
 * `aliases` covers the truncations banks print ("SOGEFINANC", "CA CONSUMER FI").
 */
export function lenderRules(pack: PackName, lenders: ReadonlyArray<readonly [canonical: string, ...aliases: string[]]>): RuleSpec[] {
  return lenders.flatMap(([canonical, ...aliases]) => {
    const id = canonical.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const names = [canonical, ...aliases];
    return [
      { id: `lender.${id}`, label: "loan_repayment", on: "debit", priority: PRIORITY.lender, words: names, brand: canonical },
      { id: `drawdown.${id}`, label: "loan_drawdown", on: "credit", priority: PRIORITY.lender, words: names, brand: canonical },
    ] satisfies RuleSpec[];
  });
}

/**
 * Brand names as whole tokens. `glued` lists the few brands banks print stuck to other text
 * ("SpotifyES", "AMAZONPRIME"): those also match inside a token. Kept explicit, because a stem
 * matches anywhere ("ACTION" would match "TRANSACTION").
 */
export function brandRule(
  id: string,
  label: "subscriptions" | "shopping" | "groceries" | "dining" | "transport" | "fuel" | "travel" | "health" | "entertainment" | "utilities" | "telecom" | "insurance" | "gambling" | "bnpl" | "education" | "childcare",
  priority: number,
  names: readonly string[],
  on: Direction = "debit",
  glued: readonly string[] = [],
): RuleSpec {
  return { id, label, on, priority, words: names, stems: glued, brand: true };
}

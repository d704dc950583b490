import type { TypeKeywordTarget, ReturnMarker } from "./markers";
import { RETURN_MARKERS, TYPE_KEYWORDS } from "./markers";
import { BUILTIN_RULES } from "./packs";
import type { PhraseVisitor } from "./phrase-index";
import { PhraseIndex } from "./phrase-index";
import type { BuiltinRule } from "./rule-model";

/**
 * The built-in packs compiled once per process: one phrase index for keywords, operation types
 * and return markers (a single scan per description), plus stems and regular expressions sorted
 * by priority so they are only tried when they could beat the best keyword match.
 */
export interface RankedRule {
  readonly rule: BuiltinRule;
  /** Definition order: breaks priority ties deterministically. */
  readonly order: number;
}

type Payload =
  | { readonly kind: "rule"; readonly ranked: RankedRule }
  | { readonly kind: "type"; readonly type: TypeKeywordTarget }
  | { readonly kind: "return"; readonly marker: ReturnMarker };

export interface BuiltinEngine {
  readonly index: PhraseIndex<Payload>;
  readonly stems: ReadonlyArray<{ readonly stem: string; readonly ranked: RankedRule }>;
  readonly patterns: readonly RankedRule[];
}

/** Scratch result, reused across transactions to avoid allocating per description. */
export interface BuiltinMatch {
  ranked: RankedRule | null;
  matched: string;
  how: "keyword" | "word part" | "pattern";
  type: TypeKeywordTarget | null;
  returnMarker: ReturnMarker | null;
}

let engine: BuiltinEngine | null = null;

/** One reusable visitor for the keyword scan: the labelling loop allocates nothing per description here. */
class KeywordVisitor implements PhraseVisitor<Payload> {
  out: BuiltinMatch = emptyBuiltinMatch();
  isCredit = false;
  absAmount = 0;

  visit(payload: Payload, phrase: string): void {
    const out = this.out;
    if (payload.kind === "type") {
      if (out.type === null) out.type = payload.type;
    } else if (payload.kind === "return") {
      if (this.isCredit && out.returnMarker === null) out.returnMarker = payload.marker;
    } else if (applies(payload.ranked.rule, this.isCredit, this.absAmount) && beats(payload.ranked, out.ranked)) {
      out.ranked = payload.ranked;
      out.matched = phrase;
    }
  }
}

const visitor = new KeywordVisitor();

function beats(candidate: RankedRule, best: RankedRule | null): boolean {
  if (best === null) return true;
  if (candidate.rule.priority !== best.rule.priority) return candidate.rule.priority > best.rule.priority;
  return candidate.order < best.order;
}

/** The compiled built-in packs, built on first use and shared by every labelling run. */
export function builtinEngine(): BuiltinEngine {
  if (engine) return engine;
  const index = new PhraseIndex<Payload>();
  const stems: Array<{ stem: string; ranked: RankedRule }> = [];
  const patterns: RankedRule[] = [];
  BUILTIN_RULES.forEach((rule, order) => {
    const ranked = { rule, order };
    for (const keyword of rule.keywords) index.add(keyword, { kind: "rule", ranked });
    for (const stem of rule.stems) stems.push({ stem, ranked });
    if (rule.pattern) patterns.push(ranked);
  });
  for (const [type, phrases] of TYPE_KEYWORDS) for (const phrase of phrases) index.add(phrase, { kind: "type", type });
  for (const marker of RETURN_MARKERS) index.add(marker.phrase, { kind: "return", marker });
  const byRank = (a: RankedRule, b: RankedRule) => b.rule.priority - a.rule.priority || a.order - b.order;
  stems.sort((a, b) => byRank(a.ranked, b.ranked));
  patterns.sort(byRank);
  engine = { index, stems, patterns };
  return engine;
}

function applies(rule: BuiltinRule, isCredit: boolean, absAmount: number): boolean {
  if (rule.appliesTo === "credit" && !isCredit) return false;
  if (rule.appliesTo === "debit" && isCredit) return false;
  if (rule.minAmount !== null && absAmount < rule.minAmount) return false;
  if (rule.maxAmount !== null && absAmount > rule.maxAmount) return false;
  return true;
}

/**
 * Fills `out` with the best built-in rule for a padded normalised description, the first
 * operation-type keyword in text order, and a return marker (credits only).
 * `absAmount` is only compared with rule ranges, never used for money arithmetic.
 */
export function matchBuiltins(padded: string, isCredit: boolean, absAmount: number, out: BuiltinMatch): void {
  const { index, stems, patterns } = builtinEngine();
  out.ranked = null;
  out.matched = "";
  out.how = "keyword";
  out.type = null;
  out.returnMarker = null;
  visitor.out = out;
  visitor.isCredit = isCredit;
  visitor.absAmount = absAmount;
  index.forEachMatch(padded, visitor);
  for (const { stem, ranked } of stems) {
    if (!beats(ranked, out.ranked)) break;
    if (applies(ranked.rule, isCredit, absAmount) && padded.includes(stem)) {
      out.ranked = ranked;
      out.matched = stem;
      out.how = "word part";
      break;
    }
  }
  for (const ranked of patterns) {
    if (!beats(ranked, out.ranked)) break;
    const match = applies(ranked.rule, isCredit, absAmount) ? ranked.rule.pattern?.exec(padded) : null;
    if (match) {
      out.ranked = ranked;
      out.matched = match[0].trim();
      out.how = "pattern";
      break;
    }
  }
}

/** A fresh scratch result for `matchBuiltins`. */
export function emptyBuiltinMatch(): BuiltinMatch {
  return { ranked: null, matched: "", how: "keyword", type: null, returnMarker: null };
}

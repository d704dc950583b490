import type { CharSet, RegexNode } from "./regex-parse";
import { ALL, intersects, parseRegex, union } from "./regex-parse";

/**
 * Static refusal of regular expressions that backtrack catastrophically (ReDoS):
 * - nested quantifiers, i.e. star height > 1: `(a+)+`, `(a*)*`, `(.*a){10}`;
 * - alternatives that can start with the same character under an unbounded repeat: `(a|aa)*`, `(\w|\d)+`;
 * - three or more unbounded quantifiers in a row over overlapping characters: `.*.*.*`, `\d+\d*\d+`;
 * - backreferences, which defeat any bound (and descriptions do not need them).
 * Conservative on purpose: a refused pattern can always be rewritten. What this misses is caught
 * by the timed run in a worker (`validateOrgPattern`).
 */
export type PatternVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: "nested_quantifier" | "overlapping_alternation" | "adjacent_quantifiers" | "backreference" | "invalid_regex";
      readonly reason: string;
    };

const EMPTY_SET: CharSet = new Uint8Array(ALL.length);

function nullable(node: RegexNode): boolean {
  switch (node.kind) {
    case "chars":
      return false;
    case "empty":
    case "backref":
      return true;
    case "group":
      return node.zeroWidth || node.alternatives.some((seq) => seq.every(nullable));
    case "repeat":
      return node.min === 0 || nullable(node.body);
  }
}

/** Characters a node can start with. */
function firstSet(node: RegexNode): CharSet {
  switch (node.kind) {
    case "chars":
      return node.set;
    case "empty":
      return EMPTY_SET;
    case "backref":
      return ALL;
    case "group":
      return node.zeroWidth ? EMPTY_SET : node.alternatives.reduce((set, seq) => union(set, firstOfSequence(seq)), EMPTY_SET);
    case "repeat":
      return node.max === 0 ? EMPTY_SET : firstSet(node.body);
  }
}

function firstOfSequence(sequence: readonly RegexNode[]): CharSet {
  let set = EMPTY_SET;
  for (const node of sequence) {
    set = union(set, firstSet(node));
    if (!nullable(node)) break;
  }
  return set;
}

/** Every character a node can consume anywhere. */
function charsOf(node: RegexNode): CharSet {
  switch (node.kind) {
    case "chars":
      return node.set;
    case "empty":
      return EMPTY_SET;
    case "backref":
      return ALL;
    case "group":
      return node.alternatives.flat().reduce((set, n) => union(set, charsOf(n)), EMPTY_SET);
    case "repeat":
      return charsOf(node.body);
  }
}

function children(node: RegexNode): readonly RegexNode[] {
  if (node.kind === "group") return node.alternatives.flat();
  if (node.kind === "repeat") return [node.body];
  return [];
}

function some(node: RegexNode, predicate: (n: RegexNode) => boolean): boolean {
  return predicate(node) || children(node).some((child) => some(child, predicate));
}

type Refusal = Extract<PatternVerdict, { ok: false }>;

function checkRepeat(node: Extract<RegexNode, { kind: "repeat" }>): Refusal | null {
  if (node.max > 1 && some(node.body, (n) => n.kind === "repeat" && n.max === Infinity)) {
    return { ok: false, code: "nested_quantifier", reason: "a repeated group contains an unbounded quantifier (like (a+)+ or (.*a){3}): matching can take exponential time" };
  }
  if (node.max === Infinity && some(node.body, (n) => n.kind === "repeat" && n.max - n.min >= 10)) {
    return { ok: false, code: "nested_quantifier", reason: "an unbounded repeat contains a wide bounded quantifier (like (a{1,50})*): matching can take exponential time" };
  }
  if (node.max > 1) {
    const overlapping = some(node.body, (n) => n.kind === "group" && !n.zeroWidth && alternativesOverlap(n.alternatives));
    if (overlapping) {
      return { ok: false, code: "overlapping_alternation", reason: "alternatives inside a repeat can match the same text (like (a|aa)* or (\\w|\\d)+): matching can take exponential time" };
    }
  }
  return null;
}

function alternativesOverlap(alternatives: readonly (readonly RegexNode[])[]): boolean {
  if (alternatives.length < 2) return false;
  if (alternatives.some((seq) => seq.every(nullable))) return true;
  const firsts = alternatives.map(firstOfSequence);
  return firsts.some((a, i) => firsts.some((b, j) => j > i && intersects(a, b)));
}

function checkSequence(sequence: readonly RegexNode[]): Refusal | null {
  let chain = 0;
  let previous: CharSet | null = null;
  for (const node of sequence) {
    if (node.kind === "repeat" && node.max === Infinity) {
      const chars = charsOf(node.body);
      chain = previous !== null && intersects(previous, chars) ? chain + 1 : 1;
      previous = chars;
      if (chain >= 3) {
        return { ok: false, code: "adjacent_quantifiers", reason: "three or more unbounded quantifiers in a row can match the same characters (like .*.*.*): matching can take polynomial time of high degree" };
      }
    } else if (!nullable(node)) {
      chain = 0;
      previous = null;
    }
  }
  return null;
}

function analyseTree(node: RegexNode): Refusal | null {
  if (node.kind === "backref") return { ok: false, code: "backreference", reason: "backreferences (\\1, \\k<name>) are not allowed in organisation rules" };
  if (node.kind === "repeat") {
    const refusal = checkRepeat(node);
    if (refusal) return refusal;
  }
  if (node.kind === "group") {
    for (const sequence of node.alternatives) {
      const refusal = checkSequence(sequence);
      if (refusal) return refusal;
    }
  }
  for (const child of children(node)) {
    const refusal = analyseTree(child);
    if (refusal) return refusal;
  }
  return null;
}

/** Parses `pattern` (already accepted by `new RegExp`) and applies the static checks. */
export function checkOrgPatternStatically(pattern: string, flags = ""): PatternVerdict {
  let tree: RegexNode;
  try {
    tree = parseRegex(pattern, flags.includes("s"));
  } catch (error) {
    return { ok: false, code: "invalid_regex", reason: `not a valid regular expression: ${error instanceof Error ? error.message : String(error)}` };
  }
  return analyseTree(tree) ?? { ok: true };
}

import { checkOrgPatternStatically } from "./regex-shape";
import type { OrgRule } from "./types";

/**
 * Organisation rules compiled for matching. Patterns are validated when saved
 * (`validateOrgPattern`, with a timed run in a worker); compiling repeats the cheap static checks
 * so a rule that slipped past (an old row, a hand-edited import) is refused, not run.
 */
export const ORG_PATTERN_MAX_LENGTH = 500;
/** Descriptions are cut to this length before organisation patterns run: the timed validation used the same length. */
export const ORG_MATCH_TEXT_LIMIT = 1000;
export const ORG_ALLOWED_FLAGS = "msu";

export type OrgRuleErrorCode = "too_long" | "invalid_flags" | "invalid_regex" | "nested_quantifier" | "overlapping_alternation" | "adjacent_quantifiers" | "backreference" | "too_slow";

/** An organisation pattern that may not be saved or run, with the reason code the rules page shows. */
export class OrgRuleError extends Error {
  override readonly name = "OrgRuleError";
  readonly code: OrgRuleErrorCode;
  readonly ruleId: string | null;

  constructor(code: OrgRuleErrorCode, message: string, ruleId: string | null = null) {
    super(message);
    this.code = code;
    this.ruleId = ruleId;
  }
}

export interface CompiledOrgRule {
  readonly rule: OrgRule;
  readonly regex: RegExp;
  readonly order: number;
}

/** The regular expression an organisation pattern runs as: always case-insensitive, never global or sticky. */
export function compileOrgPattern(pattern: string, flags: string | null | undefined, ruleId: string | null = null): RegExp {
  if (pattern.length > ORG_PATTERN_MAX_LENGTH) {
    throw new OrgRuleError("too_long", `pattern is ${pattern.length} characters; the limit is ${ORG_PATTERN_MAX_LENGTH}`, ruleId);
  }
  const extra = flags ?? "";
  if (![...extra].every((flag) => ORG_ALLOWED_FLAGS.includes(flag)) || new Set(extra).size !== extra.length) {
    throw new OrgRuleError("invalid_flags", `flags "${extra}" not allowed (use any of "${ORG_ALLOWED_FLAGS}"; "i" is always on)`, ruleId);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, `i${extra}`);
  } catch (error) {
    throw new OrgRuleError("invalid_regex", `not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`, ruleId);
  }
  const verdict = checkOrgPatternStatically(pattern, extra);
  if (!verdict.ok) throw new OrgRuleError(verdict.code, verdict.reason, ruleId);
  return regex;
}

/** Compiled and ordered: highest priority first, then the order given (deterministic ties). */
export function compileOrgRules(rules: readonly OrgRule[]): CompiledOrgRule[] {
  return rules
    .map((rule, order) => ({ rule, regex: compileOrgPattern(rule.pattern, rule.flags, rule.id), order }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.order - b.order);
}

/** The first (highest-priority) organisation rule matching a description, or null. */
export function matchOrgRules(compiled: readonly CompiledOrgRule[], description: string, isCredit: boolean): CompiledOrgRule | null {
  if (compiled.length === 0) return null;
  const text = description.length > ORG_MATCH_TEXT_LIMIT ? description.slice(0, ORG_MATCH_TEXT_LIMIT) : description;
  for (const candidate of compiled) {
    const direction = candidate.rule.appliesTo;
    if ((direction === "credit" && !isCredit) || (direction === "debit" && isCredit)) continue;
    if (candidate.regex.test(text)) return candidate;
  }
  return null;
}

/** The rule as the reason shows it: name, pattern, label, priority and direction. */
export function describeOrgRule(rule: OrgRule): string {
  const name = rule.name ? `"${rule.name}" ` : "";
  return `organisation rule ${name}/${rule.pattern}/i${rule.flags ?? ""} → ${rule.label} (priority ${rule.priority}, ${rule.appliesTo === "any" ? "credits and debits" : `${rule.appliesTo}s`})`;
}

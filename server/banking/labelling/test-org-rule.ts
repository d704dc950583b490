import type { LabelCode } from "../taxonomy";
import { compileOrgPattern, matchOrgRules } from "./org-rules";
import type { LabelledTransaction, OrgRule } from "./types";

/** One transaction the pattern matches, with what the rule would do to it. */
export interface OrgRuleTestMatch {
  readonly transactionId: string;
  readonly accountId: string;
  readonly date: string;
  readonly amount: string;
  readonly description: string;
  readonly before: LabelCode;
  readonly after: LabelCode;
  readonly changed: boolean;
  /** Why `after` is not the rule's label when it is not: an override, or a stronger organisation rule. */
  readonly keptBecause: string | null;
}

export interface OrgRuleTestResult {
  readonly matchCount: number;
  readonly changeCount: number;
  /** The first `limit` matches, in the order given. */
  readonly matches: readonly OrgRuleTestMatch[];
}

/**
 * The seed's "regex search": which already labelled transactions a candidate rule matches and
 * how each label would change if the rule were saved, without applying anything. Overrides stay;
 * a transaction labelled by a stronger organisation rule stays (a rule being edited, with the same
 * id, does not count as its own competitor). Throws OrgRuleError for an unsafe or invalid pattern.
 */
export function testOrgRule(
  rule: OrgRule,
  transactions: readonly LabelledTransaction[],
  existingOrgRules: readonly OrgRule[] = [],
  limit = 500,
): OrgRuleTestResult {
  const compiled = [{ rule, regex: compileOrgPattern(rule.pattern, rule.flags, rule.id), order: 0 }];
  const byId = new Map(existingOrgRules.map((r) => [`org:${r.id}`, r]));
  const matches: OrgRuleTestMatch[] = [];
  let matchCount = 0;
  let changeCount = 0;
  for (const transaction of transactions) {
    const isCredit = !transaction.amount.trim().startsWith("-");
    if (matchOrgRules(compiled, transaction.description, isCredit) === null) continue;
    matchCount++;
    const keptBecause = strongerReason(transaction, rule, byId);
    const after = keptBecause === null ? rule.label : transaction.label;
    const changed = after !== transaction.label;
    if (changed) changeCount++;
    if (matches.length < limit) {
      matches.push({
        transactionId: transaction.id,
        accountId: transaction.accountId,
        date: transaction.date,
        amount: transaction.amount,
        description: transaction.description,
        before: transaction.label,
        after,
        changed,
        keptBecause,
      });
    }
  }
  return { matchCount, changeCount, matches };
}

function strongerReason(transaction: LabelledTransaction, rule: OrgRule, existing: ReadonlyMap<string, OrgRule>): string | null {
  if (transaction.reason.source === "override") return "an officer's override outranks every rule";
  if (transaction.reason.source !== "organisation" || transaction.reason.ruleId === `org:${rule.id}`) return null;
  const current = existing.get(transaction.reason.ruleId);
  if (current && current.priority >= rule.priority) {
    return `organisation rule ${current.name ? `"${current.name}"` : current.id} has priority ${current.priority} ≥ ${rule.priority}`;
  }
  return null;
}

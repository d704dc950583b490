import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { parseLabel } from "@/components/ui/bank-labels";
import type { Choice } from "@/components/ui/choices";
import type { AppRouter } from "@/server/root";

export type Rule = inferRouterOutputs<AppRouter>["bankRules"]["list"][number];
export type RuleInput = inferRouterInputs<AppRouter>["bankRules"]["create"];
export type RuleTestResult = inferRouterOutputs<AppRouter>["bankRules"]["test"];
type AppliesTo = NonNullable<RuleInput["appliesTo"]>;

export const APPLIES_TO: Record<AppliesTo, Choice> = {
  any: { label: "Credits and debits" },
  debit: { label: "Debits only (money out)" },
  credit: { label: "Credits only (money in)" },
};

/** The form as typed. */
export interface RuleValues {
  name: string;
  pattern: string;
  flags: string;
  label: string;
  appliesTo: string;
  priority: string;
  enabled: boolean;
}

export const NEW_RULE: RuleValues = { name: "", pattern: "", flags: "", label: "", appliesTo: "any", priority: "100", enabled: true };

export function valuesOf(rule: Rule): RuleValues {
  return { name: rule.name, pattern: rule.pattern, flags: rule.flags ?? "", label: rule.label, appliesTo: rule.appliesTo, priority: String(rule.priority), enabled: rule.enabled };
}

function appliesToOf(value: string): AppliesTo | undefined {
  return value === "any" || value === "debit" || value === "credit" ? value : undefined;
}

/**
 * The typed form to the procedure's input, with the server's own rules checked first (so the
 * message sits under its field at once) and the pattern compiled the way the server compiles it.
 * Whether a valid pattern is also safe to run is the server's call (`pattern` error on Test or Save).
 */
export function ruleInputOf(v: RuleValues): { ok: true; value: RuleInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const name = v.name.trim();
  if (name.length < 2) errors.name = "Give the rule a name (at least 2 characters).";
  if (v.pattern === "") errors.pattern = "Write the pattern to look for in descriptions.";
  else if (v.pattern.length > 500) errors.pattern = "At most 500 characters.";
  const flags = v.flags.trim();
  if (!/^[msu]*$/.test(flags)) errors.flags = "Only m, s and u (i is always on).";
  else if (v.pattern !== "" && !errors.pattern) {
    try {
      new RegExp(v.pattern, `i${flags}`);
    } catch (error) {
      errors.pattern = `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const label = parseLabel(v.label);
  if (!label) errors.label = "Choose the label the rule gives.";
  const appliesTo = appliesToOf(v.appliesTo);
  if (!appliesTo) errors.appliesTo = "Choose what the rule applies to.";
  const priority = Number(v.priority);
  if (v.priority.trim() === "" || !Number.isInteger(priority) || priority < 0 || priority > 10_000) errors.priority = "A whole number from 0 to 10 000.";
  if (Object.keys(errors).length > 0 || !label || !appliesTo) return { ok: false, errors };
  return { ok: true, value: { name, pattern: v.pattern, flags: flags || null, label, appliesTo, priority } };
}

/** Update errors come back as "rule.pattern": the form's fields have no prefix. */
export function unprefixed(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(/^rule\./, ""), message]));
}

export function patternText(rule: Pick<Rule, "pattern" | "flags">): string {
  return `/${rule.pattern}/i${rule.flags ?? ""}`;
}

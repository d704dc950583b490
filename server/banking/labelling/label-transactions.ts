import { toDayNumber } from "@/server/shared/dates";
import { normaliseDescription } from "../fingerprint";
import type { BuiltinMatch } from "./builtin-engine";
import { emptyBuiltinMatch, matchBuiltins } from "./builtin-engine";
import { extractCounterparty } from "./counterparty";
import type { Draft } from "./draft";
import { canonicalAbsAmount, fallbackLabel, resolveType } from "./draft";
import type { CompiledOrgRule } from "./org-rules";
import { compileOrgRules, describeOrgRule, matchOrgRules } from "./org-rules";
import { padForMatching } from "./phrase-index";
import { applyRecurringIncome, applyRecurringRent } from "./recurrence";
import { linkReturns } from "./returns";
import { magnitudeOf, PRIORITY } from "./rule-model";
import type { LabelledTransaction, LabellingAccount, LabellingOptions, LabellingTransaction, LabelOverride, OrgRule } from "./types";

/**
 * Labels every transaction of the given accounts: label, type, counterparty, return link and the
 * reason. Order of authority: an officer's override, then organisation rules (highest priority
 * first), then built-in rules (highest priority first), then the recurrence pass, then the
 * fallback by type and sign. Deterministic: the same input always gives the same output.
 * Throws OrgRuleError if an organisation rule cannot be compiled safely.
 */
export function labelTransactions(accounts: readonly LabellingAccount[], orgRules: readonly OrgRule[] = [], options: LabellingOptions = {}): LabelledTransaction[] {
  const compiled = compileOrgRules(orgRules);
  const scratch = emptyBuiltinMatch();
  const output: LabelledTransaction[] = [];
  for (const account of accounts) {
    const holders = holderTokenSets(account.holder);
    const drafts = account.transactions.map((t) => firstPass(t, account, holders, compiled, scratch));
    applyRecurringIncome(drafts);
    applyRecurringRent(drafts);
    if (options.overrides) applyOverrides(drafts, options.overrides);
    linkReturns(drafts);
    for (const draft of drafts) output.push(toLabelled(draft));
  }
  return output;
}

function firstPass(
  transaction: LabellingTransaction,
  account: LabellingAccount,
  holders: readonly (readonly string[])[],
  compiled: readonly CompiledOrgRule[],
  scratch: BuiltinMatch,
): Draft {
  const normalised = normaliseDescription(transaction.description);
  const padded = padForMatching(normalised);
  const isCredit = !transaction.amount.trim().startsWith("-");
  const absAmount = magnitudeOf(transaction.amount);
  matchBuiltins(padded, isCredit, absAmount, scratch);
  const direction = isCredit ? "credit" : "debit";
  const hint = transaction.typeHint ?? null;
  const draft: Draft = {
    input: transaction,
    accountId: account.id,
    normalised,
    padded,
    isCredit,
    absAmount,
    absAmountText: canonicalAbsAmount(transaction.amount),
    day: toDayNumber(transaction.date),
    keywordType: scratch.type,
    returnMarker: scratch.returnMarker,
    label: "other_expense",
    type: "other",
    counterparty: null,
    reason: { source: "fallback", ruleId: "", description: "" },
    isReturned: false,
    returnedTransactionId: null,
    returnedById: null,
  };
  const org = matchOrgRules(compiled, transaction.description, isCredit);
  const builtin = scratch.ranked;
  if (org) {
    draft.label = org.rule.label;
    draft.reason = { source: "organisation", ruleId: `org:${org.rule.id}`, description: `${describeOrgRule(org.rule)}, on a ${direction}` };
  } else if (builtin) {
    draft.label = builtin.rule.label;
    const what = scratch.how === "pattern" ? `pattern match "${scratch.matched}"` : `${scratch.how} "${scratch.matched}"`;
    draft.reason = { source: "builtin", ruleId: builtin.rule.id, description: `${what} (${builtin.rule.pack} pack) on a ${direction}` };
  }
  const statedType = resolveType(draft.label, scratch.type, hint, isCredit);
  if (!org && (!builtin || builtin.rule.priority < PRIORITY.internal)) {
    const holder = isTransferType(statedType) ? holders.find((tokens) => tokens.every((t) => padded.includes(` ${t} `))) : undefined;
    if (holder) {
      draft.label = "internal_transfer";
      draft.reason = { source: "builtin", ruleId: "builtin.internal.holder-name", description: `transfer naming the account holder "${holder.join(" ")}" ⇒ own-account transfer` };
    } else if (!builtin && isCredit && account.type === "credit_card") {
      draft.label = "internal_transfer";
      draft.reason = { source: "builtin", ruleId: "builtin.internal.card-account-credit", description: "credit on a card account with no other explanation: a repayment from the holder's current account ⇒ own-account transfer" };
    } else if (!builtin) {
      draft.label = fallbackLabel(statedType, isCredit, absAmount);
      draft.reason = { source: "fallback", ruleId: `fallback.${direction}.${statedType}`, description: `no rule matched; a ${statedType.replace(/_/g, " ")} ${direction} ⇒ ${draft.label}` };
    }
  }
  draft.type = resolveType(draft.label, scratch.type, hint, isCredit);
  const brand = builtin && draft.reason.source === "builtin" && draft.reason.ruleId === builtin.rule.id ? builtin.rule.brand : null;
  draft.counterparty = brand ? (brand.canonical ?? scratch.matched) : extractCounterparty(normalised);
  return draft;
}

function isTransferType(type: string): boolean {
  return type === "transfer_in" || type === "transfer_out" || type === "other";
}

const TITLES = new Set(["M", "MR", "MME", "MLLE", "MRS", "MS", "MISS", "SR", "SRA", "DHR", "MEVR", "MONSIEUR", "MADAME"]);

/** Each holder's name tokens (titles dropped); only names of two tokens or more, so one common word cannot match. */
function holderTokenSets(holder: string | null): string[][] {
  if (holder === null) return [];
  return holder
    .split(/&| AND | ET | Y | EN /i)
    .map((name) => normaliseDescription(name).split(" ").filter((t) => t.length > 1 && !TITLES.has(t) && t !== "#"))
    .filter((tokens) => tokens.length >= 2);
}

function applyOverrides(drafts: readonly Draft[], overrides: ReadonlyMap<string, LabelOverride>): void {
  for (const draft of drafts) {
    const override = overrides.get(draft.input.id);
    if (!override) continue;
    draft.label = override.label;
    draft.type = resolveType(override.label, draft.keywordType, draft.input.typeHint ?? null, draft.isCredit);
    const by = override.by ? `by ${override.by}` : "by an officer";
    draft.reason = { source: "override", ruleId: `override:${draft.input.id}`, description: `set ${by}${override.note ? `: ${override.note}` : ""}` };
  }
}

function toLabelled(draft: Draft): LabelledTransaction {
  const input = draft.input;
  return {
    id: input.id,
    accountId: draft.accountId,
    date: input.date,
    amount: input.amount,
    balance: input.balance ?? null,
    description: input.description,
    label: draft.label,
    type: draft.type,
    counterparty: draft.counterparty,
    isReturned: draft.isReturned,
    returnedTransactionId: draft.returnedTransactionId,
    reason: draft.reason,
    returnedById: draft.returnedById,
  };
}

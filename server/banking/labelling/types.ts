import type { IsoDate } from "@/server/shared/dates";
import type { AnalysableTransaction } from "../analysable";
import type { AccountType, LabelCode, TransactionType } from "../taxonomy";
import type { Direction } from "./rule-model";

/** Why a transaction has its label, shown to the officer next to it. */
export type RuleSource = "builtin" | "organisation" | "override" | "fallback";

export interface LabelReason {
  readonly source: RuleSource;
  /** "fr.rent", "recurrence.salary", "org:<rule id>", "override:<transaction id>", "fallback.debit.transfer_out"... */
  readonly ruleId: string;
  /** Human readable: 'keyword "LOYER" (fr pack) on a debit'. */
  readonly description: string;
}

/** A transaction to label: what the database service (or `label-import.ts`) hands over. */
export interface LabellingTransaction {
  readonly id: string;
  readonly date: IsoDate;
  /** Signed decimal string, credit positive. */
  readonly amount: string;
  readonly description: string;
  readonly balance?: string | null;
  readonly reference?: string | null;
  readonly typeHint?: TransactionType | null;
}

export interface LabellingAccount {
  readonly id: string;
  readonly type: AccountType;
  readonly currency: string;
  /** Holder names ("A & B" for joint accounts): transfers to or from them are own-account transfers. */
  readonly holder: string | null;
  readonly transactions: readonly LabellingTransaction[];
}

/**
 * The labelled transaction: exactly the analysis engine's AnalysableTransaction, plus the reason
 * and, on a debit, the credit that returned it (the UI shows both directions of the link).
 */
export interface LabelledTransaction extends AnalysableTransaction {
  readonly reason: LabelReason;
  readonly returnedById: string | null;
}

/** An organisation's own rule: a JavaScript regular expression over the description as shown. */
export interface OrgRule {
  readonly id: string;
  readonly name?: string | null;
  /** Regular expression source, matched case-insensitively against the raw description. */
  readonly pattern: string;
  /** Extra flags among "m", "s", "u" ("i" is always on). */
  readonly flags?: string | null;
  readonly label: LabelCode;
  /** Higher wins among organisation rules; every organisation rule outranks every built-in rule. */
  readonly priority: number;
  readonly appliesTo: Direction;
}

/** An officer's decision for one transaction; outranks every rule. */
export interface LabelOverride {
  readonly label: LabelCode;
  readonly note?: string | null;
  readonly by?: string | null;
}

export interface LabellingOptions {
  /** By transaction id. */
  readonly overrides?: ReadonlyMap<string, LabelOverride>;
}

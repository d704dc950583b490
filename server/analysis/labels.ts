import type { LabelCode, LabelGroup } from "@/server/banking/taxonomy";
import { LABELS } from "@/server/banking/taxonomy";

/**
 * How the analysis reads the fixed label taxonomy. These sets are the definitions quoted in
 * README.md ("Definitions"); changing one is a definition change (bump ENGINE_VERSION).
 */

/** Salary-like labels: the streams among which the primary income is chosen. */
export const PRIMARY_INCOME_LABELS: ReadonlySet<LabelCode> = new Set<LabelCode>(["salary", "self_employment", "pension"]);

/**
 * Income labels that are not income for affordability: money that must be paid back (drawdowns,
 * wage advances), money that was already the borrower's (refunds) and own-account moves.
 */
export const NON_INCOME_LABELS: ReadonlySet<LabelCode> = new Set<LabelCode>(["refund", "loan_drawdown", "wage_advance", "internal_transfer"]);

/**
 * Existing debt service: instalments of loans, mortgages and buy-now-pay-later plans, subtracted
 * separately from expenses in affordability and counted in the debt-service ratio. A card
 * settlement (`credit_card_repayment`) is not among them: a deferred-debit total is the month's
 * card purchases and a revolving card's repayment is not a fixed instalment, so it stays a
 * non-discretionary expense, as the taxonomy files it.
 */
export const DEBT_LABELS: ReadonlySet<LabelCode> = new Set<LabelCode>(["loan_repayment", "mortgage", "bnpl"]);

/** Social security income (SSI): grants and allowances. */
export const SSI_LABELS: ReadonlySet<LabelCode> = new Set<LabelCode>(["social_grant", "benefits"]);

/** Fees a bank charges for a failure of the account (not the account's price): they feed fee_score. */
export const PUNITIVE_FEE_LABELS: ReadonlySet<LabelCode> = new Set<LabelCode>(["overdraft_fees", "returned_payment_fees"]);

/** Where a label's money goes in the monthly split. */
export type FlowClass = "income" | "excluded_income" | "non_discretionary" | "discretionary" | "debt" | "transfer";

export interface LabelInfo {
  readonly code: LabelCode;
  readonly name: string;
  readonly group: LabelGroup;
  readonly flowClass: FlowClass;
  /** Position in LABELS: per-label arrays are indexed by it. */
  readonly index: number;
}

function classify(code: LabelCode, group: LabelGroup, discretionary: boolean | null): FlowClass {
  if (group === "transfer") return "transfer";
  if (group === "income") return NON_INCOME_LABELS.has(code) ? "excluded_income" : "income";
  if (DEBT_LABELS.has(code)) return "debt";
  return discretionary === true ? "discretionary" : "non_discretionary";
}

export const LABEL_INFO: readonly LabelInfo[] = LABELS.map((l, index) => ({
  code: l.code,
  name: l.name,
  group: l.group,
  flowClass: classify(l.code, l.group, l.discretionary),
  index,
}));

const BY_CODE = new Map<LabelCode, LabelInfo>(LABEL_INFO.map((l) => [l.code, l]));

/** The analysis view of a label; labels outside the taxonomy are refused earlier, by input validation. */
export function labelInfo(code: LabelCode): LabelInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new RangeError(`unknown label: ${code}`);
  return info;
}

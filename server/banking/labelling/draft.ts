import type { LabelCode, TransactionType } from "../taxonomy";
import type { ReturnMarker, TypeKeywordTarget } from "./markers";
import { LARGEST_BANK_FEE, MAGNITUDE_SCALE } from "./rule-model";
import type { LabelReason, LabellingTransaction } from "./types";

/** A transaction being labelled: the passes (rules, recurrence, overrides, returns) refine it in place. */
export interface Draft {
  readonly input: LabellingTransaction;
  readonly accountId: string;
  readonly normalised: string;
  /** " NORMALISED " for whole-token matching. */
  readonly padded: string;
  readonly isCredit: boolean;
  /** Exact magnitude (ten-thousandths) for range checks and similarity heuristics only; money stays in `input.amount`. */
  readonly absAmount: number;
  /** Canonical absolute decimal text: exact equality for pairing a return with its debit. */
  readonly absAmountText: string;
  readonly day: number;
  readonly keywordType: TypeKeywordTarget | null;
  readonly returnMarker: ReturnMarker | null;
  label: LabelCode;
  type: TransactionType;
  counterparty: string | null;
  reason: LabelReason;
  isReturned: boolean;
  returnedTransactionId: string | null;
  returnedById: string | null;
}

const FEE_LABELS: ReadonlySet<LabelCode> = new Set(["bank_fees", "overdraft_fees", "returned_payment_fees"]);

/**
 * The transaction type: what the label implies (a cash label is a cash operation), else what the
 * source stated (OFX TRNTYPE), else the first operation keyword of the description, else "other".
 */
export function resolveType(label: LabelCode, keywordType: TypeKeywordTarget | null, hint: TransactionType | null, isCredit: boolean): TransactionType {
  if (label === "cash_withdrawal") return "cash_withdrawal";
  if (label === "cash_deposit") return "cash_deposit";
  if (label === "internal_transfer") return "internal_transfer";
  if (FEE_LABELS.has(label)) return "fee";
  const stated = hint ?? (keywordType === "transfer" ? (isCredit ? "transfer_in" : "transfer_out") : keywordType) ?? "other";
  if (label === "savings" && (stated === "transfer_out" || stated === "other")) return "internal_transfer";
  return stated;
}

/** When no rule matched: the operation type and the sign decide (and the size, for what calls itself a fee). */
export function fallbackLabel(type: TransactionType, isCredit: boolean, absAmount: number): LabelCode {
  if (isCredit) {
    switch (type) {
      case "card":
      case "fee":
        return "refund";
      case "cash_deposit":
      case "cash_withdrawal":
        return "cash_deposit";
      case "transfer_in":
      case "transfer_out":
        return "transfer_in";
      case "internal_transfer":
        return "internal_transfer";
      default:
        return "other_income";
    }
  }
  switch (type) {
    case "cash_withdrawal":
      return "cash_withdrawal";
    case "fee":
      return absAmount <= LARGEST_BANK_FEE * MAGNITUDE_SCALE ? "bank_fees" : "other_expense";
    case "transfer_in":
    case "transfer_out":
      return "transfer_out";
    case "internal_transfer":
      return "internal_transfer";
    default:
      return "other_expense";
  }
}

/** "-075.20" → "75.2": exact comparison of absolute amounts without floats. */
export function canonicalAbsAmount(amount: string): string {
  let text = amount.trim().replace(/^[+-]/, "").replace(/^0+(?=\d)/, "");
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return text === "" ? "0" : text;
}

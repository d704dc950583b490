import type { IsoDate } from "@/server/shared/dates";
import type { AccountType, LabelCode, TransactionType } from "./taxonomy";

/**
 * What the analysis engine reads: labelled transactions and their accounts, already in the
 * database's shape (amounts as signed decimal strings, credit positive). Banking produces these;
 * analysis never sees raw import formats.
 */
export interface AnalysableAccount {
  readonly id: string;
  readonly type: AccountType;
  readonly currency: string;
  readonly number: string | null;
  readonly name: string | null;
  readonly bank: string | null;
  readonly holder: string | null;
  /** Balance reported by the source at `balanceDate` (end of that day), when given. */
  readonly balance: string | null;
  readonly balanceDate: IsoDate | null;
}

export interface AnalysableTransaction {
  readonly id: string;
  readonly accountId: string;
  readonly date: IsoDate;
  /** Signed, credit positive. */
  readonly amount: string;
  /** Running balance after this transaction, when the source gives it. */
  readonly balance: string | null;
  readonly description: string;
  readonly label: LabelCode;
  readonly type: TransactionType;
  /** Cleaned merchant / employer / payer name, when one could be read. */
  readonly counterparty: string | null;
  /** A credit that returns an earlier debit (unpaid direct debit, "RD", "REJET", "IMPAYE"...). */
  readonly isReturned: boolean;
  readonly returnedTransactionId: string | null;
}

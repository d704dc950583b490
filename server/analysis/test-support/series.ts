import type { AnalysableTransaction } from "@/server/banking/analysable";
import type { LabelCode, TransactionType } from "@/server/banking/taxonomy";
import { addMonths, type IsoDate } from "@/server/shared/dates";
import { analyseBankData, type AnalysisResult } from "../analyse-bank-data";
import type { AnalysisAccount, AnalysisOptions } from "../input";

/**
 * Hand-made series for the unit tests: a current account and transactions written one by one,
 * so each test's expected values can be worked out by hand from what it wrote.
 */
export function currentAccount(overrides: Partial<AnalysisAccount> = {}): AnalysisAccount {
  return {
    id: "acc-1",
    type: "current",
    currency: "EUR",
    number: "FR76 0000 0000 0001",
    name: "Current account",
    bank: "Test Bank",
    holder: "JANE DOE",
    balance: null,
    balanceDate: null,
    ...overrides,
  };
}

export interface Extra {
  readonly counterparty?: string | null;
  readonly type?: TransactionType;
  readonly description?: string;
  readonly balance?: string | null;
  readonly isReturned?: boolean;
  readonly returnedTransactionId?: string | null;
  readonly accountId?: string;
  readonly id?: string;
}

export class Series {
  readonly transactions: AnalysableTransaction[] = [];

  constructor(private readonly accountId = "acc-1") {}

  /** Adds one transaction; ids are t1, t2… in order of writing unless given. */
  add(date: IsoDate, amount: string, label: LabelCode, extra: Extra = {}): AnalysableTransaction {
    const t: AnalysableTransaction = {
      id: extra.id ?? `t${this.transactions.length + 1}`,
      accountId: extra.accountId ?? this.accountId,
      date,
      amount,
      balance: extra.balance ?? null,
      description: extra.description ?? `${label.toUpperCase()} ${extra.counterparty ?? ""}`.trim(),
      label,
      type: extra.type ?? (amount.startsWith("-") ? "direct_debit" : "transfer_in"),
      counterparty: extra.counterparty === undefined ? label.toUpperCase() : extra.counterparty,
      isReturned: extra.isReturned ?? false,
      returnedTransactionId: extra.returnedTransactionId ?? null,
    };
    this.transactions.push(t);
    return t;
  }

  /** The same transaction on `first`'s day of month for `months` months, except the skipped month offsets. */
  monthly(first: IsoDate, months: number, amount: string, label: LabelCode, extra: Extra = {}, skip: readonly number[] = []): AnalysableTransaction[] {
    const added: AnalysableTransaction[] = [];
    for (let k = 0; k < months; k++) if (!skip.includes(k)) added.push(this.add(addMonths(first, k), amount, label, { ...extra, id: undefined }));
    return added;
  }
}

/** Runs the engine and fails the test when it refuses the data. */
export function analyseCompleted(
  accounts: readonly AnalysisAccount[],
  transactions: readonly AnalysableTransaction[],
  asOf: IsoDate,
  options?: AnalysisOptions,
): AnalysisResult {
  const result = analyseBankData({ accounts, transactions, asOf, options });
  if (result.status !== "completed") throw new Error(`analysis refused: ${result.error.code}: ${result.error.message}`);
  return result;
}

/** Gate options for short hand-made series: one transaction over one day is enough. */
export const SMALL_SERIES: AnalysisOptions = { minTransactions: 1, minHistoryDays: 1 };

import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { bankAccounts, bankTransactions } from "@/db/schema";
import type { AnalysisAccount } from "@/server/analysis";
import type { AnalysableTransaction } from "./analysable";
import { accountTypeOf, transactionTypeOf } from "./bank-store";
import { isLabelCode } from "./taxonomy";

export interface BorrowerBankData {
  accounts: AnalysisAccount[];
  transactions: AnalysableTransaction[];
  /** The last transaction's date: the natural "as of" of an analysis. */
  lastDate: string | null;
}

/** Everything the analysis engine reads about one borrower's bank data, in its shapes. */
export async function loadBorrowerBankData(db: Executor, orgId: string, borrowerId: string): Promise<BorrowerBankData> {
  const accounts = await db.select().from(bankAccounts).where(and(eq(bankAccounts.orgId, orgId), eq(bankAccounts.borrowerId, borrowerId))).orderBy(asc(bankAccounts.createdAt));
  const rows = accounts.length
    ? await db
        .select()
        .from(bankTransactions)
        .where(inArray(bankTransactions.accountId, accounts.map((a) => a.id)))
        .orderBy(asc(bankTransactions.date), asc(bankTransactions.position), asc(bankTransactions.id))
    : [];
  let lastDate: string | null = null;
  const transactions = rows.flatMap((row): AnalysableTransaction[] => {
    if (!isLabelCode(row.label)) return [];
    if (lastDate === null || row.date > lastDate) lastDate = row.date;
    return [
      {
        id: row.id,
        accountId: row.accountId,
        date: row.date,
        amount: row.amount,
        balance: row.balance,
        description: row.description,
        label: row.label,
        type: transactionTypeOf(row.type) ?? "other",
        counterparty: row.counterparty,
        isReturned: row.isReturned,
        returnedTransactionId: row.returnedTransactionId,
      },
    ];
  });
  return {
    accounts: accounts.map((a) => ({
      id: a.id,
      type: accountTypeOf(a.type),
      currency: a.currency,
      number: a.number ?? a.iban,
      name: a.name,
      bank: a.bank,
      holder: a.holder,
      balance: a.balance,
      balanceDate: a.balanceDate,
      usage: a.usage === "personal" || a.usage === "professional" ? a.usage : null,
      ownership: a.ownership,
    })),
    transactions,
    lastDate,
  };
}

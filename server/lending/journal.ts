import type Decimal from "decimal.js";
import { formatAmount, money, sumMoney, ZERO } from "@/server/shared/money";

/**
 * Double-entry lines for each kind of loan posting. Signed: debits positive, credits negative;
 * every entry sums to zero (the database refuses to commit one that does not).
 *
 * Interest is recognised when it is paid (cash basis) until close of business accrues it: then the
 * paid interest first clears `interest_receivable` and only the rest is income.
 */
export type LedgerAccount = "loan_principal" | "interest_receivable" | "fee_receivable" | "cash" | "interest_income" | "fee_income" | "write_off_loss";

export interface JournalLine {
  account: LedgerAccount;
  amount: string;
}

export type Posting =
  | { type: "disbursement"; amount: string }
  | { type: "repayment"; principal: string; interest: string; fees: string; interestReceivable?: string }
  | { type: "fee"; amount: string }
  | { type: "write_off"; principal: string; fees: string; interestReceivable?: string };

function lines(entries: Array<[LedgerAccount, Decimal]>, decimals: number): JournalLine[] {
  return entries.filter(([, amount]) => !amount.isZero()).map(([account, amount]) => ({ account, amount: formatAmount(amount, decimals) }));
}

export function journalLinesFor(posting: Posting, decimals: number): JournalLine[] {
  switch (posting.type) {
    case "disbursement": {
      const amount = money(posting.amount);
      return lines([["loan_principal", amount], ["cash", amount.negated()]], decimals);
    }
    case "repayment": {
      const principal = money(posting.principal);
      const interest = money(posting.interest);
      const fees = money(posting.fees);
      const receivable = clampReceivable(interest, money(posting.interestReceivable ?? "0"));
      return lines(
        [
          ["cash", sumMoney([principal, interest, fees])],
          ["loan_principal", principal.negated()],
          ["interest_receivable", receivable.negated()],
          ["interest_income", interest.minus(receivable).negated()],
          ["fee_receivable", fees.negated()],
        ],
        decimals,
      );
    }
    case "fee": {
      const amount = money(posting.amount);
      return lines([["fee_receivable", amount], ["fee_income", amount.negated()]], decimals);
    }
    case "write_off": {
      const principal = money(posting.principal);
      const fees = money(posting.fees);
      const receivable = money(posting.interestReceivable ?? "0");
      return lines(
        [
          ["write_off_loss", sumMoney([principal, fees, receivable])],
          ["loan_principal", principal.negated()],
          ["fee_receivable", fees.negated()],
          ["interest_receivable", receivable.negated()],
        ],
        decimals,
      );
    }
  }
}

/** The reversal of an entry: the same lines with opposite signs. */
export function reversalOf(entry: readonly JournalLine[], decimals: number): JournalLine[] {
  return entry.map((line) => ({ account: line.account, amount: formatAmount(money(line.amount).negated(), decimals) }));
}

function clampReceivable(a: Decimal, b: Decimal): Decimal {
  const clampedB = b.isNegative() ? ZERO : b;
  return a.lte(clampedB) ? a : clampedB;
}

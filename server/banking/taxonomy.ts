/**
 * The fixed label taxonomy. Every bank transaction gets exactly one label; the analysis engine reads
 * only these codes, so adding a label is a product decision (README "Label taxonomy"), not a rule tweak.
 *
 * `discretionary` matters only for expenses: non-discretionary spending is what a borrower cannot
 * easily stop (housing, utilities, debt, food), discretionary is what they could.
 */
export type LabelGroup = "income" | "expense" | "transfer";

export interface LabelDefinition {
  readonly code: string;
  readonly name: string;
  readonly group: LabelGroup;
  readonly discretionary: boolean | null;
}

export const LABELS = [
  // income
  { code: "salary", name: "Salary / wages", group: "income", discretionary: null },
  { code: "self_employment", name: "Self-employment income", group: "income", discretionary: null },
  { code: "pension", name: "Pension", group: "income", discretionary: null },
  { code: "social_grant", name: "Social grants / allowances", group: "income", discretionary: null },
  { code: "benefits", name: "Benefits", group: "income", discretionary: null },
  { code: "rental_income", name: "Rental income", group: "income", discretionary: null },
  { code: "interest_income", name: "Interest received", group: "income", discretionary: null },
  { code: "refund", name: "Refunds", group: "income", discretionary: null },
  { code: "transfer_in", name: "Transfers in", group: "income", discretionary: null },
  { code: "loan_drawdown", name: "Loan drawdowns", group: "income", discretionary: null },
  { code: "wage_advance", name: "Wage advance", group: "income", discretionary: null },
  { code: "gambling_winnings", name: "Gambling winnings", group: "income", discretionary: null },
  { code: "cash_deposit", name: "Cash deposits", group: "income", discretionary: null },
  { code: "other_income", name: "Other income", group: "income", discretionary: null },
  // expenses: non-discretionary
  { code: "rent", name: "Rent", group: "expense", discretionary: false },
  { code: "mortgage", name: "Mortgage", group: "expense", discretionary: false },
  { code: "utilities", name: "Utilities", group: "expense", discretionary: false },
  { code: "telecom", name: "Telecom / internet", group: "expense", discretionary: false },
  { code: "insurance", name: "Insurance", group: "expense", discretionary: false },
  { code: "groceries", name: "Groceries", group: "expense", discretionary: false },
  { code: "transport", name: "Transport", group: "expense", discretionary: false },
  { code: "fuel", name: "Fuel", group: "expense", discretionary: false },
  { code: "health", name: "Health", group: "expense", discretionary: false },
  { code: "education", name: "Education", group: "expense", discretionary: false },
  { code: "childcare", name: "Childcare", group: "expense", discretionary: false },
  { code: "bank_fees", name: "Bank fees", group: "expense", discretionary: false },
  { code: "overdraft_fees", name: "Overdraft fees / interest", group: "expense", discretionary: false },
  { code: "returned_payment_fees", name: "Returned-payment fees", group: "expense", discretionary: false },
  { code: "loan_repayment", name: "Loan repayments", group: "expense", discretionary: false },
  { code: "credit_card_repayment", name: "Credit card repayments", group: "expense", discretionary: false },
  { code: "bnpl", name: "Buy now, pay later", group: "expense", discretionary: false },
  { code: "taxes", name: "Taxes", group: "expense", discretionary: false },
  { code: "debt_collection", name: "Debt collection", group: "expense", discretionary: false },
  { code: "garnishment", name: "Account seizure / garnishment", group: "expense", discretionary: false },
  // expenses: discretionary
  { code: "dining", name: "Dining / takeaway", group: "expense", discretionary: true },
  { code: "entertainment", name: "Entertainment", group: "expense", discretionary: true },
  { code: "subscriptions", name: "Subscriptions", group: "expense", discretionary: true },
  { code: "shopping", name: "Shopping", group: "expense", discretionary: true },
  { code: "travel", name: "Travel", group: "expense", discretionary: true },
  { code: "cash_withdrawal", name: "Cash withdrawals", group: "expense", discretionary: true },
  { code: "gambling", name: "Gambling", group: "expense", discretionary: true },
  { code: "savings", name: "Savings / investments", group: "expense", discretionary: true },
  { code: "transfer_out", name: "Transfers out", group: "expense", discretionary: true },
  { code: "other_expense", name: "Other expenses", group: "expense", discretionary: true },
  // money moving between the borrower's own accounts: neither income nor spending
  { code: "internal_transfer", name: "Own-account transfers", group: "transfer", discretionary: null },
] as const satisfies readonly LabelDefinition[];

export type LabelCode = (typeof LABELS)[number]["code"];

export const LABEL_CODES: readonly LabelCode[] = LABELS.map((l) => l.code);

const BY_CODE = new Map<string, LabelDefinition>(LABELS.map((l) => [l.code, l]));

export function isLabelCode(value: string): value is LabelCode {
  return BY_CODE.has(value);
}

export function labelDefinition(code: LabelCode): LabelDefinition {
  const found = BY_CODE.get(code);
  if (!found) throw new RangeError(`unknown label: ${code}`);
  return found;
}

export const TRANSACTION_TYPES = [
  "card",
  "direct_debit",
  "transfer_in",
  "transfer_out",
  "internal_transfer",
  "cash_withdrawal",
  "cash_deposit",
  "cheque",
  "fee",
  "other",
] as const;

export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export const ACCOUNT_TYPES = ["current", "savings", "credit_card", "loan", "other"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

import type { z } from "zod";
import { parseChoice, type Choice } from "@/components/ui/choices";
import { ZCsvAccount, ZCsvMapping } from "@/server/banking/import-input";
import { ACCOUNT_TYPES, type AccountType } from "@/server/banking/taxonomy";
import type { CsvLayoutProposal } from "../types";

/**
 * The CSV mapping step's editable state and its translation to the import's `csvMapping` and
 * `csvAccount`. Kept as typed text (like a form) and checked here, so every problem is named under
 * the control it belongs to before anything is sent.
 */

export type CsvMapping = z.output<typeof ZCsvMapping>;
export type CsvAccount = z.output<typeof ZCsvAccount>;
export type DateFormat = CsvMapping["dateFormat"];
export type DecimalSeparator = CsvMapping["decimalSeparator"];
export type ColumnRole = "ignore" | "date" | "description" | "amount" | "debit" | "credit" | "direction" | "balance" | "reference";

export const ROLE_CHOICES: Record<ColumnRole, Choice> = {
  ignore: { label: "Ignore" },
  date: { label: "Date" },
  description: { label: "Description" },
  amount: { label: "Amount (signed)" },
  debit: { label: "Debit (money out)" },
  credit: { label: "Credit (money in)" },
  direction: { label: "Direction (D/C, Af/Bij)" },
  balance: { label: "Balance" },
  reference: { label: "Reference" },
};

export const DATE_FORMAT_CHOICES: Record<DateFormat, Choice> = {
  "YYYY-MM-DD": { label: "YYYY-MM-DD (2024-03-31)" },
  "DD/MM/YYYY": { label: "DD/MM/YYYY (31/03/2024)" },
  "MM/DD/YYYY": { label: "MM/DD/YYYY (03/31/2024)" },
  "DD.MM.YYYY": { label: "DD.MM.YYYY (31.03.2024)" },
  "YYYY/MM/DD": { label: "YYYY/MM/DD (2024/03/31)" },
  "DD-MM-YYYY": { label: "DD-MM-YYYY (31-03-2024)" },
};

export const DECIMAL_CHOICES: Record<DecimalSeparator, Choice> = {
  ".": { label: "Point: 1 234.56" },
  ",": { label: "Comma: 1 234,56" },
};

export const ACCOUNT_TYPE_CHOICES: Record<AccountType, Choice> = {
  current: { label: "Current / cheque" },
  savings: { label: "Savings" },
  credit_card: { label: "Credit card" },
  loan: { label: "Loan" },
  other: { label: "Other" },
};

export interface CsvDraft {
  roles: ColumnRole[];
  dateFormat: string;
  decimalSeparator: DecimalSeparator;
  hasHeader: boolean;
  skipLines: string;
  invertAmounts: boolean;
  delimiter: string;
}

export interface AccountDraft {
  number: string;
  name: string;
  type: string;
  currency: string;
  bank: string;
  holder: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export function draftFromProposal(p: CsvLayoutProposal): CsvDraft {
  return {
    roles: p.columns.map((c) => c.role ?? "ignore"),
    dateFormat: p.dateFormat ?? "",
    decimalSeparator: p.decimalSeparator,
    hasHeader: p.hasHeader,
    skipLines: String(p.skipLines),
    invertAmounts: false,
    delimiter: p.delimiter,
  };
}

export function emptyAccount(currency: string): AccountDraft {
  return { number: "", name: "", type: "current", currency, bank: "", holder: "" };
}

const SINGLE: readonly ColumnRole[] = ["date", "amount", "debit", "credit", "direction", "balance", "reference"];

/** Column-role problems, in the order an officer would fix them. */
function roleProblem(roles: readonly ColumnRole[]): string | null {
  const columns = (role: ColumnRole) => roles.flatMap((r, i) => (r === role ? [i] : []));
  for (const role of SINGLE) if (columns(role).length > 1) return `Only one column can be the ${ROLE_CHOICES[role].label.toLowerCase()}.`;
  if (columns("date").length === 0) return "Choose the date column.";
  if (columns("description").length === 0) return "Choose at least one description column.";
  if (columns("description").length > 5) return "At most five columns can make up the description.";
  const amount = columns("amount").length > 0;
  const debitCredit = columns("debit").length > 0 || columns("credit").length > 0;
  if (amount && debitCredit) return "Map either one amount column or debit and credit columns, not both.";
  if (!amount && !(columns("debit").length > 0 && columns("credit").length > 0)) return "Map an amount column, or both a debit and a credit column.";
  if (columns("direction").length > 0 && !amount) return "A direction column goes with an amount column.";
  return null;
}

export function mappingFromDraft(d: CsvDraft): Checked<CsvMapping> {
  const errors: Record<string, string> = {};
  const problem = roleProblem(d.roles);
  if (problem) errors.roles = problem;
  const dateFormat = parseChoice(DATE_FORMAT_CHOICES, d.dateFormat);
  if (!dateFormat) errors.dateFormat = "Choose the date format.";
  const skip = d.skipLines.trim() === "" ? 0 : Number(d.skipLines);
  if (!Number.isInteger(skip) || skip < 0 || skip > 100) errors.skipLines = "A whole number from 0 to 100.";
  if (Object.keys(errors).length > 0 || !dateFormat) return { ok: false, errors };
  const at = (role: ColumnRole) => {
    const index = d.roles.indexOf(role);
    return index < 0 ? undefined : index;
  };
  const description = d.roles.flatMap((r, i) => (r === "description" ? [i] : []));
  const parsed = ZCsvMapping.safeParse({
    date: at("date"),
    description: description.length === 1 ? description[0] : description,
    amount: at("amount"),
    debit: at("debit"),
    credit: at("credit"),
    direction: at("direction"),
    balance: at("balance"),
    reference: at("reference"),
    dateFormat,
    decimalSeparator: d.decimalSeparator,
    delimiter: d.delimiter,
    hasHeader: d.hasHeader,
    skipLines: skip,
    invertAmounts: d.invertAmounts || undefined,
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: { roles: parsed.error.issues.map((i) => i.message).join("; ") } };
}

/**
 * Re-imports find their account by its number (else its name): without either, every import of
 * the same statement would open a new account and nothing could be recognised as a duplicate.
 */
export function accountFromDraft(a: AccountDraft): Checked<CsvAccount> {
  const errors: Record<string, string> = {};
  if (a.number.trim() === "" && a.name.trim() === "") errors["account.number"] = "Enter the account number (or at least a name): re-imports are matched to the account by it.";
  const type = ACCOUNT_TYPES.find((t) => t === a.type);
  const parsed = ZCsvAccount.safeParse({
    number: a.number.trim() || null,
    name: a.name.trim() || null,
    type,
    currency: a.currency.trim().toUpperCase(),
    bank: a.bank.trim() || null,
    holder: a.holder.trim() || null,
  });
  if (!parsed.success) for (const issue of parsed.error.issues) errors[`account.${String(issue.path[0] ?? "number")}`] ??= issue.message;
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

const MAPPING_KEYS = new Set(["date", "description", "amount", "debit", "credit", "direction", "balance", "reference"]);

/** The server's field errors ("csvMapping.amount", "csvAccount.currency", "file"…) under the wizard's own controls. */
export function placeServerErrors(errors: Record<string, string>): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const [head, ...rest] = key.split(".");
    const field = rest.join(".");
    if (head === "csvMapping") placed[MAPPING_KEYS.has(field) ? "roles" : field || "roles"] = message;
    else if (head === "csvAccount") placed[`account.${field}`] = message;
    else if (head === "contentBase64" || head === "fileName") placed.file = message;
    else placed[key] = message;
  }
  return placed;
}

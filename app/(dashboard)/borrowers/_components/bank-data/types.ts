import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>["bankData"];
type Inputs = inferRouterInputs<AppRouter>["bankData"];

export type BankAccount = Outputs["accounts"][number];
export type BankTransaction = Outputs["transactions"]["transactions"][number];
export type BankImport = Outputs["imports"][number];
export type Statements = NonNullable<Outputs["statements"]>;
export type AccountSummary = Statements["accounts_summary"][number];
export type TransactionFilters = Inputs["exportCsv"];
export type ImportInput = Inputs["import"];
export type ImportSummary = Outputs["import"];
export type CsvLayoutProposal = Outputs["previewCsv"];

/** How an account is called in selects and tables: its number or IBAN, else its name. */
export function accountLabel(a: Pick<BankAccount, "number" | "iban" | "name" | "currency">): string {
  const id = a.iban ?? a.number;
  if (id && a.name) return `${a.name} · ${id}`;
  return id ?? a.name ?? `${a.currency} account`;
}

export const bankDataHref = (borrowerId: string) => `/borrowers/${borrowerId}/bank-data`;
export const importHref = (borrowerId: string) => `/borrowers/${borrowerId}/bank-data/import`;

/** Counts with the same digit grouping as amounts: 120 000 transactions. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-ZA");
}

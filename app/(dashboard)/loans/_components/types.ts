import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type LoanDetail = Outputs["loans"]["get"];
export type LoanRow = LoanDetail["loan"];
export type LoanPosition = LoanDetail["position"];
export type LoanTransaction = LoanDetail["transactions"][number];
export type JournalRow = LoanDetail["journal"][number];
export type LoanStatus = LoanRow["status"];

/** Disbursed and not closed: where repayments, fees and the status actions apply (the server's OPEN_DISBURSED). */
export const OPEN_STATUSES: readonly LoanStatus[] = ["active", "late", "arrears", "default"];
export const isOpen = (status: LoanStatus) => OPEN_STATUSES.includes(status);

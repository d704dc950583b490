import type { inferRouterOutputs } from "@trpc/server";
import type { AnalysisErrorCode } from "@/server/analysis/data-quality-gate";
import type { AnalysisResult } from "@/server/analysis/analyse-bank-data";
import type { FlagThresholds } from "@/server/analysis/flag-levels";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type AnalysisSummary = Outputs["analyses"]["list"][number];
export type AnalysisRecord = Outputs["analyses"]["get"];
export type AnalysisStatus = AnalysisSummary["status"];
export type { AnalysisResult, FlagThresholds };

export const analysisHref = (borrowerId: string, analysisId?: string) => `/borrowers/${borrowerId}/analysis${analysisId ? `?analysis=${analysisId}` : ""}`;
export const reportHref = (borrowerId: string, analysisId: string) => `/borrowers/${borrowerId}/analysis/${analysisId}/report`;

export function isRunning(status: AnalysisStatus | undefined): boolean {
  return status === "created" || status === "in_progress";
}

/** How often a running analysis is asked for again: the job usually takes well under a second once picked up. */
export const POLL_MS = 1500;

export const STATUS_LABELS: Record<AnalysisStatus, string> = { created: "Queued", in_progress: "Running", completed: "Completed", error: "Failed" };

export const TRIGGER_LABELS: Record<string, string> = { officer: "Started by an officer", import: "After an import", api: "Through the API" };

/** The completed result, or null (running, failed, or a failure stored in its place). */
export function completedResult(record: AnalysisRecord | undefined): AnalysisResult | null {
  const result = record?.result;
  return result && result.status === "completed" ? result : null;
}

/** What an officer can do about each reason an analysis fails, next to the engine's own message. */
export const ERROR_ADVICE: Record<AnalysisErrorCode | "no_bank_data", string> = {
  no_bank_data: "Import a bank statement for this borrower first (CSV, OFX/QFX or JSON), then run the analysis again.",
  no_checking_account: "Only current (cheque or transmission) accounts are analysed; savings, card and loan accounts are not. Import the borrower's current account statement.",
  usage_not_supported: "The current account is a business account. Import the borrower's personal current account.",
  ownership_not_supported: "The account is held under a power of attorney. Import an account the borrower holds in their own name.",
  not_enough_transactions: "One current account needs at least 20 transactions. Import a longer statement: three months usually suffice.",
  not_enough_history: "One current account needs at least 60 days of history. Import a statement covering two months or more.",
  invalid_input: "The stored bank data could not be read. Re-import the statement; if it persists, report it with the analysis id.",
};

const ADVICE = new Map<string, string>(Object.entries(ERROR_ADVICE));

export function adviceFor(code: string | null): string {
  return ADVICE.get(code ?? "") ?? "Check the borrower's bank data and run the analysis again.";
}

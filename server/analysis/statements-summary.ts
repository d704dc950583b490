import { toDayNumber } from "@/server/shared/dates";
import { readAccountRows } from "./account-rows";
import { analyseBankData } from "./analyse-bank-data";
import type { AnalysisInput } from "./input";
import { summariseStatements, type Statements } from "./statements";

/**
 * The seed's Get Statements for any data, analysable or not: when the full analysis runs, its
 * statements section (with the primary income and its usual day); when the data-quality gate
 * refuses the data, the per-account summaries alone, so an officer still sees what was imported.
 */
export function summariseBankStatements(input: AnalysisInput): Statements {
  const result = analyseBankData(input);
  if (result.status === "completed") return result.statements;
  return summariseStatements(input.accounts, new Set(), readAccountRows(input.transactions), toDayNumber(input.asOf), null, null);
}

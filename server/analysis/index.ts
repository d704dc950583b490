/**
 * The analysis engine's public surface: one entry point and the shapes it returns. Everything is
 * pure (no database, no Next.js): the job that stores analyses, the API and `npm run analyse` all
 * call `analyseBankData` and return its result as is.
 */
export { analyseBankData, type AnalysisError, type AnalysisResult, type DataQuality, type RiskInsightsSection } from "./analyse-bank-data";
export { defaultAsOf, toAnalysisInput } from "./from-import";
export type { AnalysisAccount, AnalysisInput, AnalysisOptions } from "./input";
export type { AnalysisErrorCode, AnalysisWarning } from "./data-quality-gate";
export type { Affordability, MonthlyAffordability } from "./affordability";
export type { IncomeAnalysis, IncomeStreamSummary } from "./income-analysis";
export type { ExpenseInsights, TopExpense } from "./expense-insights";
export type { OverdraftInsights, ReturnedDebitOrdersInsights } from "./overdraft-insights";
export type { AtmAndCashInsights, GamblingInsights, NetSaverSpenderInsights, SsiInsights } from "./risk-insights";
export type { RiskFlag, RiskFlagCode, RiskIncidents, TransactionGroup } from "./risk-incidents";
export type { CreditCommitments, LenderSummary } from "./commitments-section";
export type { CommitmentKind, CommitmentStatus, CreditCommitment } from "./credit-commitments";
export type { CashFlow, Repartition } from "./cash-flows";
export type { LiquidityScore, ForecastMarker } from "./balance-forecast";
export type { HealthScore } from "./health-score";
export type { InternalCreditScore } from "./credit-score";
export type { AccountSummary, Statements } from "./statements";
export type { AnalysisCharts } from "./charts";
export type { Periodicity } from "./regularity";
export * as scoreTables from "./score-tables";
export { CREDIT_SCORE_MODEL, CREDIT_SCORE_VERSION, ENGINE_VERSION } from "./version";
export { summariseBankStatements } from "./statements-summary";

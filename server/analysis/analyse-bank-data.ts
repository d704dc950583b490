import { toDayNumber, type IsoDate } from "@/server/shared/dates";
import { money, ZERO } from "@/server/shared/money";
import { readAccountRows, rowsUntil, type AccountRow } from "./account-rows";
import { computeMonthlyFlows, describeAffordability, type Affordability, type MonthlyFlows } from "./affordability";
import { meanOf } from "./amounts";
import { forecastBalance, type LiquidityScore } from "./balance-forecast";
import { describeCashFlows, detectCashFlows, type CashFlow } from "./cash-flows";
import { buildCharts, type AnalysisCharts } from "./charts";
import { analyseCreditCommitments, type CreditCommitments } from "./commitments-section";
import { monthlySpend, prepareContext, type AnalysisContext } from "./context";
import { computeCreditScore, type InternalCreditScore } from "./credit-score";
import { buildDailyBalances, type DailyBalances } from "./daily-balances";
import { checkDataQuality, type AnalysisErrorCode, type AnalysisWarning } from "./data-quality-gate";
import { analyseExpenses, type ExpenseInsights } from "./expense-insights";
import { computeHealthScore, type HealthScore } from "./health-score";
import { analyseIncome, type IncomeAnalysis } from "./income-analysis";
import { detectIncomeStreams, selectPrimaryIncome } from "./income-streams";
import { findInputProblem, type AnalysisInput } from "./input";
import { labelInfo, PUNITIVE_FEE_LABELS } from "./labels";
import { analyseOverdraft, analyseReturnedDebits, type OverdraftInsights, type ReturnedDebitOrdersInsights } from "./overdraft-insights";
import { collectIncidents, raiseFlags, type RiskFlag, type RiskIncidents } from "./risk-incidents";
import { analyseCash, analyseGambling, analyseNetSaver, analyseSsi, type AtmAndCashInsights, type GamblingInsights, type NetSaverSpenderInsights, type SsiInsights } from "./risk-insights";
import type { ScoreInputs } from "./score-inputs";
import { summariseStatements, type Statements } from "./statements";
import { ENGINE_VERSION } from "./version";

/** Seed 000's Risk Insights (nested `risk_insights.risk_insights`), plus Algoan's items and the flags. */
export interface RiskInsightsSection {
  readonly begin_date: IsoDate;
  readonly end_date: IsoDate;
  readonly risk_insights: {
    readonly gambling_insights: GamblingInsights;
    readonly overdraft_insights: OverdraftInsights;
    readonly returned_debit_orders_insights: ReturnedDebitOrdersInsights;
    readonly atm_and_cash_insights: AtmAndCashInsights;
    readonly net_saver_spender_insights: NetSaverSpenderInsights;
    readonly ssi_insights: SsiInsights;
  };
  readonly incidents: RiskIncidents;
  readonly flags: readonly RiskFlag[];
}

export interface DataQuality {
  readonly analysed_account_ids: readonly string[];
  readonly checking_accounts: number;
  readonly total_transaction_count: number;
  readonly analysed_transaction_count: number;
  /** Days from the first to the last analysed transaction, both included. */
  readonly historical_depth_days: number;
  /** Days from the last analysed transaction to the analysis date. */
  readonly last_transaction_gap_days: number;
  readonly monthly_transaction_count: number;
  readonly balance_sources: readonly { readonly account: string; readonly source: string }[];
  readonly warnings: readonly AnalysisWarning[];
}

export interface AnalysisResult {
  readonly status: "completed";
  readonly engine_version: string;
  readonly as_of: IsoDate;
  readonly currency: string;
  readonly window: {
    readonly start_date: IsoDate;
    readonly end_date: IsoDate;
    readonly days: number;
    readonly full_months: number;
    readonly months: readonly { readonly month: string; readonly days_covered: number; readonly days_in_month: number; readonly full_month: boolean }[];
  };
  readonly data_quality: DataQuality;
  readonly statements: Statements;
  readonly affordability: Affordability;
  readonly income_analysis: IncomeAnalysis;
  readonly expenses_insights: ExpenseInsights;
  readonly risk_insights: RiskInsightsSection;
  readonly credit_commitments: CreditCommitments;
  readonly cash_flows: readonly CashFlow[];
  readonly liquidity_score: LiquidityScore;
  readonly health_score: HealthScore;
  readonly credit_score: InternalCreditScore;
  readonly charts: AnalysisCharts;
}

export interface AnalysisError {
  readonly status: "error";
  readonly engine_version: string;
  readonly as_of: IsoDate;
  readonly error: { readonly code: AnalysisErrorCode; readonly message: string };
}

const DAYS_PER_MONTH = 30.44;

function failure(asOf: IsoDate, code: AnalysisErrorCode, message: string): AnalysisError {
  return { status: "error", engine_version: ENGINE_VERSION, as_of: asOf, error: { code, message } };
}

function gatherScoreInputs(
  context: AnalysisContext,
  flows: MonthlyFlows,
  balances: DailyBalances,
  parts: { income: IncomeAnalysis; commitments: CreditCommitments; incidents: RiskIncidents; overdraft: OverdraftInsights; returned: ReturnedDebitOrdersInsights; gambling: GamblingInsights },
): ScoreInputs {
  const { window } = context;
  const savings = monthlySpend(context, [labelInfo("savings")]);
  const closing = balances.combined[balances.combined.length - 1] ?? balances.opening;
  return {
    averageIncome: flows.averages.income,
    averageAffordability: flows.averages.affordability,
    averageSpend: flows.averages.expenses,
    averageNonDiscretionary: flows.averages.nonDiscretionary,
    averageDebt: flows.averages.debt,
    incomeIndicator: parts.income.income_indicator,
    averageDailyBalance: balances.known ? meanOf(balances.combined) : null,
    savingsMonths: window.fullMonths.filter((i) => (savings[i] ?? ZERO).gt(0)).length,
    fullMonths: window.fullMonths.length,
    runningDebt: money(parts.commitments.monthly_repayments),
    debtServiceRatio: parts.commitments.debt_service_ratio,
    hasDebtCollection: parts.incidents.debt_collection.count > 0,
    hasAccountSeizure: parts.incidents.account_seizure.count > 0,
    hasWageAdvance: parts.incidents.wage_advance.count > 0,
    drawdownCount: parts.commitments.drawdowns.count,
    punitiveFeeCount: context.transactions.filter((t) => !t.isCredit && PUNITIVE_FEE_LABELS.has(t.info.code)).length,
    returnedCount: parts.returned.total_count,
    windowMonths: window.days / DAYS_PER_MONTH,
    overdraftShare: parts.overdraft.total_proportion_of_days_in_overdraft,
    gamblingShare: parts.gambling.monthly_average_gambling_proportion,
    balanceChange: balances.known ? closing.minus(balances.opening) : null,
  };
}

/**
 * The whole analysis of a borrower's labelled bank data as of a date: every section of seed 000
 * (affordability, income, expenses, risk, liquidity, health, statements) plus Algoan's credit
 * insights, cash flows, commitments and an internal credit score, and chart-ready series. Pure and
 * deterministic; never throws on input that passes `findInputProblem`, and reports that input's
 * problems and the data-quality gate's refusals as an `AnalysisError` instead.
 */
export function analyseBankData(input: AnalysisInput): AnalysisResult | AnalysisError {
  const problem = findInputProblem(input);
  if (problem !== null) return failure(input.asOf, "invalid_input", problem);
  const { asOf } = input;
  const asOfDay = toDayNumber(asOf);
  const allRows = readAccountRows(input.transactions);
  const rowsToDate = new Map<string, AccountRow[]>([...allRows].map(([id, rows]) => [id, rowsUntil(rows, asOfDay)]));
  const gate = checkDataQuality(input.accounts, rowsToDate, input.options);
  if (!gate.ok) return failure(asOf, gate.code, gate.message);

  const context = prepareContext(asOf, gate.currency, input.accounts, gate.analysed, rowsToDate);
  const { window } = context;
  const balances = buildDailyBalances(gate.analysed, allRows, window.startDay, window.endDay);
  const streams = detectIncomeStreams(context);
  const primary = selectPrimaryIncome(streams);
  const flows = computeMonthlyFlows(context, primary);
  const affordability = describeAffordability(context, flows);
  const income = analyseIncome(context, streams, primary);
  const expenses = analyseExpenses(context);
  const gambling = analyseGambling(context, flows);
  const overdraft = analyseOverdraft(context, balances);
  const returned = analyseReturnedDebits(context);
  const cash = analyseCash(context, flows);
  const saver = analyseNetSaver(context, flows);
  const incidents = collectIncidents(context, overdraft, returned);
  const commitments = analyseCreditCommitments(context, flows);
  const groups = detectCashFlows(context);
  const closing = balances.combined[balances.combined.length - 1] ?? ZERO;
  const liquidity = forecastBalance(context, groups, closing, flows.averages.expenses, balances.known);
  const scoreInputs = gatherScoreInputs(context, flows, balances, { income, commitments, incidents, overdraft, returned, gambling });
  const analysedIds = new Set(gate.analysed.map((a) => a.id));
  const totalCount = [...rowsToDate.values()].reduce((n, rows) => n + rows.length, 0);
  return {
    status: "completed",
    engine_version: ENGINE_VERSION,
    as_of: asOf,
    currency: context.currency,
    window: {
      start_date: window.start,
      end_date: window.end,
      days: window.days,
      full_months: window.fullMonths.length,
      months: window.months.map((m) => ({ month: m.key, days_covered: m.daysCovered, days_in_month: m.daysInMonth, full_month: m.full })),
    },
    data_quality: {
      analysed_account_ids: gate.analysed.map((a) => a.id),
      checking_accounts: input.accounts.filter((a) => a.type === "current").length,
      total_transaction_count: totalCount,
      analysed_transaction_count: context.transactions.length,
      historical_depth_days: window.days,
      last_transaction_gap_days: asOfDay - window.endDay,
      monthly_transaction_count: Math.round((context.transactions.length / (window.days / DAYS_PER_MONTH)) * 10) / 10,
      balance_sources: balances.perAccount.map((b) => ({ account: b.accountId, source: b.source })),
      warnings: gate.warnings,
    },
    statements: summariseStatements(input.accounts, analysedIds, allRows, asOfDay, affordability.average_full_month_primary_income, income.strike_date, balances.perAccount),
    affordability,
    income_analysis: income,
    expenses_insights: expenses,
    risk_insights: {
      begin_date: window.start,
      end_date: window.end,
      risk_insights: {
        gambling_insights: gambling,
        overdraft_insights: overdraft,
        returned_debit_orders_insights: returned,
        atm_and_cash_insights: cash,
        net_saver_spender_insights: saver,
        ssi_insights: analyseSsi(context),
      },
      incidents,
      flags: raiseFlags(incidents, gambling, overdraft, returned, saver),
    },
    credit_commitments: commitments,
    cash_flows: describeCashFlows(context, groups),
    liquidity_score: liquidity,
    health_score: computeHealthScore(scoreInputs),
    credit_score: computeCreditScore(scoreInputs),
    charts: buildCharts(context, { affordability, income, liquidity, expenses, gambling, cash, balances }),
  };
}

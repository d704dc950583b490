import { clampScore, ratioOf } from "./amounts";
import type { ScoreInputs } from "./score-inputs";
import {
  AFFORDABILITY_POINTS,
  BUFFER_POINTS,
  DEBT_PENALTIES,
  DEBT_SERVICE_POINTS,
  EXPENSE_POINTS,
  FEE_POINTS,
  HEALTH_WEIGHTS,
  pointsFor,
  SAVINGS_BONUS,
  UNKNOWN_BUFFER_POINTS,
} from "./score-tables";

/**
 * The seed's Health Score: six 0–100 scores from the points tables in score-tables.ts, and their
 * weighted sum. Every input the tables read is returned in `inputs`, so a tooltip can show
 * "affordability 12 % of income → 70 points".
 */
export interface HealthScore {
  readonly affordability_score: number;
  readonly income_score: number;
  readonly expense_score: number;
  readonly liquidity_savings_score: number;
  readonly debt_score: number;
  readonly fee_score: number;
  readonly final_financial_health_score: number;
  readonly inputs: {
    readonly affordability_ratio: number | null;
    readonly expense_ratio: number | null;
    readonly buffer_months: number | null;
    readonly saves_regularly: boolean;
    readonly debt_service_ratio: number | null;
    readonly failure_events_per_month: number;
  };
}

/** Failure events (punitive fees and returned debits) per month of window, to 2 decimals. */
export function failureEventsPerMonth(inputs: ScoreInputs): number {
  const events = inputs.punitiveFeeCount + inputs.returnedCount;
  return inputs.windowMonths <= 0 ? events : Math.round((events / inputs.windowMonths) * 100) / 100;
}

/** The six component scores and the final score. */
export function computeHealthScore(inputs: ScoreInputs): HealthScore {
  const income = inputs.averageIncome !== null && inputs.averageIncome.gt(0) ? inputs.averageIncome : null;
  const affordabilityRatio = income && inputs.averageAffordability ? ratioOf(inputs.averageAffordability, income) : null;
  const expenseRatio = income && inputs.averageSpend ? ratioOf(inputs.averageSpend, income) : null;
  const affordability = affordabilityRatio === null ? 0 : pointsFor(AFFORDABILITY_POINTS, affordabilityRatio);
  const expense = expenseRatio === null ? 0 : pointsFor(EXPENSE_POINTS, expenseRatio);

  const spend = inputs.averageSpend;
  const bufferMonths =
    inputs.averageDailyBalance === null ? null : spend !== null && spend.gt(0) ? ratioOf(inputs.averageDailyBalance, spend) : inputs.averageDailyBalance.isNegative() ? -1 : 1;
  const savesRegularly = inputs.fullMonths > 0 && inputs.savingsMonths * 2 >= inputs.fullMonths;
  const buffer = bufferMonths === null ? UNKNOWN_BUFFER_POINTS : pointsFor(BUFFER_POINTS, bufferMonths);
  const liquidity = clampScore(buffer + (savesRegularly ? SAVINGS_BONUS : 0));

  let debt = inputs.runningDebt.isZero() ? 100 : inputs.debtServiceRatio === null ? 0 : pointsFor(DEBT_SERVICE_POINTS, inputs.debtServiceRatio);
  if (inputs.hasDebtCollection) debt -= DEBT_PENALTIES.debtCollection;
  if (inputs.hasAccountSeizure) debt -= DEBT_PENALTIES.accountSeizure;
  if (inputs.hasWageAdvance) debt -= DEBT_PENALTIES.wageAdvance;
  debt -= DEBT_PENALTIES.perDrawdown * Math.min(inputs.drawdownCount, DEBT_PENALTIES.maxDrawdowns);
  debt = clampScore(debt);

  const rate = failureEventsPerMonth(inputs);
  const fee = pointsFor(FEE_POINTS, rate);
  const incomeScore = clampScore(inputs.incomeIndicator);
  const w = HEALTH_WEIGHTS;
  return {
    affordability_score: affordability,
    income_score: incomeScore,
    expense_score: expense,
    liquidity_savings_score: liquidity,
    debt_score: debt,
    fee_score: fee,
    final_financial_health_score: clampScore(
      w.affordability * affordability + w.income * incomeScore + w.expense * expense + w.liquiditySavings * liquidity + w.debt * debt + w.fee * fee,
    ),
    inputs: {
      affordability_ratio: affordabilityRatio,
      expense_ratio: expenseRatio,
      buffer_months: bufferMonths,
      saves_regularly: savesRegularly,
      debt_service_ratio: inputs.debtServiceRatio,
      failure_events_per_month: rate,
    },
  };
}

import { Money } from "@/server/shared/money";
import { clampScore, ratioOf } from "./amounts";
import type { ScoreInputs } from "./score-inputs";
import { BUDGET_DEDUCTIONS, CREDIT_SCORE_WEIGHTS, FINANCIAL_EVOLUTION_POINTS, LIVING_STANDARD_POINTS, pointsFor } from "./score-tables";
import { CREDIT_SCORE_MODEL, CREDIT_SCORE_VERSION } from "./version";

/**
 * The internal credit score, 0 (risky) to 1000 (safe), in the shape of Algoan's creditScore
 * (seed 003 §5.3.6) but computed by OUR transparent points model, not Algoan's: it is labelled
 * "internal model" and versioned, and is not calibrated on defaults. Three indicators, −5…+5:
 * - living standard: remainder to live (income − non-discretionary spending − debt service) ÷ income;
 * - budget management: +5 minus deductions for overdraft, returned debits, punitive fees,
 *   gambling, debt collection or seizure, wage advances (score-tables.ts BUDGET_DEDUCTIONS);
 * - financial evolution: balance change per month over the window ÷ income (0 when unknown).
 * value = 500 + 50 × living standard + 30 × budget management + 20 × financial evolution.
 */
export interface InternalCreditScore {
  readonly model: typeof CREDIT_SCORE_MODEL;
  readonly version: string;
  readonly value: number;
  readonly indicators: {
    readonly living_standard: number;
    readonly budget_management: number;
    readonly financial_evolution: number;
  };
  readonly inputs: {
    readonly remainder_to_live_ratio: number | null;
    readonly monthly_balance_change_ratio: number | null;
  };
}

/** Budget management: +5 minus the deductions reached, clamped to −5…+5. */
export function budgetManagement(inputs: ScoreInputs): number {
  const d = BUDGET_DEDUCTIONS;
  let points = 5;
  points -= pointsFor(d.overdraftShare, inputs.overdraftShare);
  points -= pointsFor(d.returnedDebits, inputs.returnedCount);
  points -= pointsFor(d.punitiveFees, inputs.punitiveFeeCount);
  points -= inputs.gamblingShare === null ? 0 : pointsFor(d.gamblingShare, inputs.gamblingShare);
  if (inputs.hasDebtCollection || inputs.hasAccountSeizure) points -= d.heavyFailure;
  if (inputs.hasWageAdvance) points -= d.wageAdvance;
  return clampScore(points, -5, 5);
}

/** The internal model's score and indicators. */
export function computeCreditScore(inputs: ScoreInputs): InternalCreditScore {
  const income = inputs.averageIncome !== null && inputs.averageIncome.gt(0) ? inputs.averageIncome : null;
  const remainder = income ? income.minus(inputs.averageNonDiscretionary ?? 0).minus(inputs.averageDebt ?? 0) : null;
  const remainderRatio = income && remainder ? ratioOf(remainder, income) : null;
  const living = remainderRatio === null ? -5 : pointsFor(LIVING_STANDARD_POINTS, remainderRatio);
  const budget = budgetManagement(inputs);
  const evolutionRatio =
    income && inputs.balanceChange !== null && inputs.windowMonths > 0 ? ratioOf(inputs.balanceChange.div(new Money(inputs.windowMonths)), income) : null;
  const evolution = evolutionRatio === null ? 0 : pointsFor(FINANCIAL_EVOLUTION_POINTS, evolutionRatio);
  const w = CREDIT_SCORE_WEIGHTS;
  return {
    model: CREDIT_SCORE_MODEL,
    version: CREDIT_SCORE_VERSION,
    value: clampScore(w.base + w.livingStandard * living + w.budgetManagement * budget + w.financialEvolution * evolution, 0, 1000),
    indicators: { living_standard: living, budget_management: budget, financial_evolution: evolution },
    inputs: { remainder_to_live_ratio: remainderRatio, monthly_balance_change_ratio: evolutionRatio },
  };
}

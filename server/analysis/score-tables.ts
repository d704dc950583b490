/**
 * The points tables of the health score and the internal credit score, as data: README.md and the
 * dashboard tooltips quote them, and the tests read them rather than copying numbers.
 * A table is read top-down: the first row whose condition holds gives the points.
 */
export interface PointsRow {
  /** The row applies when the value is ≥ `atLeast` (or ≤ `atMost` for lower-is-better tables). */
  readonly atLeast?: number;
  readonly atMost?: number;
  readonly lessThan?: number;
  readonly points: number;
}

/** affordability_score: average full-month affordability ÷ average full-month income. */
export const AFFORDABILITY_POINTS: readonly PointsRow[] = [
  { atLeast: 0.3, points: 100 },
  { atLeast: 0.2, points: 85 },
  { atLeast: 0.1, points: 70 },
  { atLeast: 0.05, points: 55 },
  { atLeast: 0, points: 40 },
  { atLeast: -0.1, points: 20 },
  { points: 0 },
];

/** expense_score: average full-month spending ÷ average full-month income (lower is better). */
export const EXPENSE_POINTS: readonly PointsRow[] = [
  { atMost: 0.5, points: 100 },
  { atMost: 0.65, points: 85 },
  { atMost: 0.8, points: 70 },
  { atMost: 0.9, points: 55 },
  { atMost: 1, points: 40 },
  { atMost: 1.1, points: 20 },
  { points: 0 },
];

/** liquidity_savings_score, before the savings bonus: average daily balance ÷ average full-month spending. */
export const BUFFER_POINTS: readonly PointsRow[] = [
  { atLeast: 1, points: 90 },
  { atLeast: 0.5, points: 75 },
  { atLeast: 0.25, points: 60 },
  { atLeast: 0.1, points: 45 },
  { atLeast: 0, points: 30 },
  { points: 10 },
];
/** Added when money goes to savings in at least half of the full months (capped at 100). */
export const SAVINGS_BONUS = 10;
/** Buffer points when no balance is known. */
export const UNKNOWN_BUFFER_POINTS = 30;

/** debt_score: debt-service ratio of the running commitments (no commitment: 100). */
export const DEBT_SERVICE_POINTS: readonly PointsRow[] = [
  { atMost: 0.1, points: 90 },
  { atMost: 0.2, points: 75 },
  { atMost: 0.35, points: 55 },
  { atMost: 0.5, points: 30 },
  { points: 10 },
];
export const DEBT_PENALTIES = { debtCollection: 30, accountSeizure: 40, wageAdvance: 15, perDrawdown: 10, maxDrawdowns: 2 } as const;

/** fee_score: failure events (overdraft fees, returned-payment fees, returned debits) per month of window. */
export const FEE_POINTS: readonly PointsRow[] = [
  { atMost: 0, points: 100 },
  { lessThan: 0.5, points: 75 },
  { lessThan: 1, points: 50 },
  { lessThan: 2, points: 25 },
  { points: 0 },
];

/** final_financial_health_score weights (sum 1). */
export const HEALTH_WEIGHTS = { affordability: 0.25, income: 0.2, expense: 0.15, liquiditySavings: 0.15, debt: 0.15, fee: 0.1 } as const;

/** Internal credit score: value = 500 + 50 × living standard + 30 × budget management + 20 × financial evolution (each −5…+5). */
export const CREDIT_SCORE_WEIGHTS = { base: 500, livingStandard: 50, budgetManagement: 30, financialEvolution: 20 } as const;

/** Living standard: remainder to live (income − non-discretionary − debt service) ÷ income. */
export const LIVING_STANDARD_POINTS: readonly PointsRow[] = [
  { atLeast: 0.5, points: 5 },
  { atLeast: 0.4, points: 4 },
  { atLeast: 0.3, points: 3 },
  { atLeast: 0.2, points: 2 },
  { atLeast: 0.1, points: 1 },
  { atLeast: 0, points: 0 },
  { atLeast: -0.1, points: -3 },
  { points: -5 },
];

/**
 * Budget management starts at +5 and loses, for each item, the largest deduction whose threshold
 * is reached (clamped to −5): overdraft days as a share of the window, returned debits and
 * punitive fees as counts over the window, gambling as a share of primary income.
 */
export const BUDGET_DEDUCTIONS = {
  overdraftShare: [
    { atLeast: 0.3, points: 3 },
    { atLeast: 0.1, points: 2 },
    { atLeast: 0.0001, points: 1 },
  ],
  returnedDebits: [
    { atLeast: 3, points: 2 },
    { atLeast: 1, points: 1 },
  ],
  punitiveFees: [
    { atLeast: 3, points: 2 },
    { atLeast: 1, points: 1 },
  ],
  gamblingShare: [
    { atLeast: 0.2, points: 2 },
    { atLeast: 0.05, points: 1 },
  ],
  /** Debt collection or account seizure present. */
  heavyFailure: 3,
  wageAdvance: 1,
} as const satisfies Record<string, readonly PointsRow[] | number>;

/** Financial evolution: balance change per month over the window ÷ average monthly income. */
export const FINANCIAL_EVOLUTION_POINTS: readonly PointsRow[] = [
  { atLeast: 0.1, points: 5 },
  { atLeast: 0.05, points: 3 },
  { atLeast: 0, points: 1 },
  { atLeast: -0.05, points: -1 },
  { atLeast: -0.1, points: -3 },
  { points: -5 },
];

/** Points of `value` in `table`. */
export function pointsFor(table: readonly PointsRow[], value: number): number {
  for (const row of table) {
    if (row.atLeast !== undefined && value >= row.atLeast) return row.points;
    if (row.atMost !== undefined && value <= row.atMost) return row.points;
    if (row.lessThan !== undefined && value < row.lessThan) return row.points;
    if (row.atLeast === undefined && row.atMost === undefined && row.lessThan === undefined) return row.points;
  }
  return 0;
}

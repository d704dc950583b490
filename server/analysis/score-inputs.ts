import type Decimal from "decimal.js";

/**
 * What the health score and the internal credit score read, gathered once by the entry point from
 * the other sections, so both scores can be tested from plain inputs.
 */
export interface ScoreInputs {
  /** Full-month averages (null without a full month). */
  readonly averageIncome: Decimal | null;
  readonly averageAffordability: Decimal | null;
  readonly averageSpend: Decimal | null;
  readonly averageNonDiscretionary: Decimal | null;
  readonly averageDebt: Decimal | null;
  readonly incomeIndicator: number;
  /** Mean end-of-day combined balance over the window; null when no balance is known. */
  readonly averageDailyBalance: Decimal | null;
  /** Full months in which money went to savings, and the number of full months. */
  readonly savingsMonths: number;
  readonly fullMonths: number;
  /** Monthly amount of the commitments still running. */
  readonly runningDebt: Decimal;
  readonly debtServiceRatio: number | null;
  readonly hasDebtCollection: boolean;
  readonly hasAccountSeizure: boolean;
  readonly hasWageAdvance: boolean;
  readonly drawdownCount: number;
  /** Overdraft-fee and returned-payment-fee transactions over the window. */
  readonly punitiveFeeCount: number;
  /** Returned debits over the window. */
  readonly returnedCount: number;
  /** Window length in months of 30.44 days. */
  readonly windowMonths: number;
  /** Days in overdraft ÷ window days. */
  readonly overdraftShare: number;
  /** Gambling ÷ primary income over the full months (null without primary income). */
  readonly gamblingShare: number | null;
  /** Combined balance at the window's end minus before its first day; null when no balance is known. */
  readonly balanceChange: Decimal | null;
}

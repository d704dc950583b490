import type Decimal from "decimal.js";
import { formatAmount, Money, roundMoney, ZERO } from "@/server/shared/money";

/**
 * Small arithmetic shared by the sections. Amounts stay Decimal until `formatMoney` turns them into
 * the output's strings; ratios and scores become numbers only after rounding through `roundMoney`.
 */

/** Ratios are given to 4 decimals (0.1234 = 12.34 %), percentages to 2. */
export const RATIO_DECIMALS = 4;
export const PERCENT_DECIMALS = 2;

/** An amount as the output writes it: rounded half-even to the currency's minor unit. */
export function formatMoney(value: Decimal, decimals: number): string {
  return formatAmount(roundMoney(value, decimals), decimals);
}

/** `value` as an output amount, or null. */
export function formatMaybe(value: Decimal | null, decimals: number): string | null {
  return value === null ? null : formatMoney(value, decimals);
}

/** numerator / denominator to 4 decimals; null when the denominator is zero (a share of nothing is undefined). */
export function ratioOf(numerator: Decimal, denominator: Decimal): number | null {
  if (denominator.isZero()) return null;
  return roundMoney(numerator.div(denominator), RATIO_DECIMALS).toNumber();
}

/** numerator / denominator × 100 to 2 decimals; null when the denominator is zero. */
export function percentageOf(numerator: Decimal, denominator: Decimal): number | null {
  if (denominator.isZero()) return null;
  return roundMoney(numerator.div(denominator).mul(100), PERCENT_DECIMALS).toNumber();
}

/** A count ratio (days, months) to 4 decimals. */
export function countRatio(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  return roundMoney(new Money(numerator).div(denominator), RATIO_DECIMALS).toNumber();
}

/** Sum of Decimals (zero for none). */
export function sumOf(values: Iterable<Decimal>): Decimal {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Mean, or null for no values. */
export function meanOf(values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  return sumOf(values).div(values.length);
}

/** The k-th smallest value (0-based) of `values`, reordering them: Hoare's selection, linear on average. */
function selectKth(values: Decimal[], k: number): Decimal {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] ?? ZERO;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? pivot).lt(pivot)) i++;
      while ((values[j] ?? pivot).gt(pivot)) j--;
      if (i <= j) {
        const swap = values[i] ?? pivot;
        values[i] = values[j] ?? pivot;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] ?? ZERO;
}

/**
 * Median (the mean of the two middle values for an even count), or null for no values. Selection
 * rather than a full sort: card-purchase groups of thousands of lines are common in a large file.
 */
export function medianOf(values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  const copy = [...values];
  const middle = Math.floor(copy.length / 2);
  const upper = selectKth(copy, middle);
  if (copy.length % 2 === 1) return upper;
  // After selecting `middle`, every value before it is ≤ it: the lower middle is their maximum.
  let lower = copy[0] ?? upper;
  for (let i = 1; i < middle; i++) {
    const v = copy[i] ?? lower;
    if (v.gt(lower)) lower = v;
  }
  return lower.plus(upper).div(2);
}

/** Population coefficient of variation (σ / μ); null when the mean is zero or there are no values. */
export function coefficientOfVariation(values: readonly Decimal[]): Decimal | null {
  const mean = meanOf(values);
  if (mean === null || mean.isZero()) return null;
  let squares: Decimal = ZERO;
  for (const v of values) squares = squares.plus(v.minus(mean).pow(2));
  return squares.div(values.length).sqrt().div(mean.abs());
}

/** Median of plain numbers (days, gaps): the mean of the two middle values for an even count. */
export function medianNumber(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Clamps and rounds a score to an integer in [min, max]. */
export function clampScore(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

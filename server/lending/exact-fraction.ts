import type Decimal from "decimal.js";
import { Money } from "@/server/shared/money";

/**
 * Exact rational arithmetic for the few places where a Decimal at 40 digits is not enough to
 * decide a rounding (a power like (1+r)^360, or whether a rate divides exactly).
 */

/**
 * A finite Decimal as an exact integer fraction [numerator, denominator = 10^k], read off its
 * digits (Decimal's own `toFraction` searches for the reduced form, which costs far more; callers
 * that need it reduced reduce).
 */
export function toExactFraction(value: Decimal): [bigint, bigint] {
  if (!value.isFinite()) throw new RangeError(`not a finite number: ${value.toString()}`);
  const text = value.toFixed();
  const point = text.indexOf(".");
  if (point < 0) return [BigInt(text), 1n];
  return [BigInt(text.slice(0, point) + text.slice(point + 1)), 10n ** BigInt(text.length - point - 1)];
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `value / divisor` when that quotient is a terminating decimal that fits the precision, else null. */
export function divideExactly(value: Decimal, divisor: number): Decimal | null {
  const [numerator, denominator] = toExactFraction(value);
  let den = denominator * BigInt(divisor);
  den /= gcd(numerator, den);
  while (den % 2n === 0n) den /= 2n;
  while (den % 5n === 0n) den /= 5n;
  if (den !== 1n) return null;
  const quotient = value.div(divisor);
  return quotient.times(divisor).eq(value) ? quotient : null;
}

const SIGNIFICANT_DIGITS = 36;

/**
 * num/den (den > 0) as a Decimal that rounds exactly like the true quotient to any
 * number of decimals up to ~30: the digits are exact and, when the division leaves a remainder,
 * one extra non-zero digit marks "strictly more than this", so that up/down/half rounding all
 * decide as they would on the exact value.
 */
export function toRoundableDecimal(num: bigint, den: bigint): Decimal {
  if (num < 0n) return toRoundableDecimal(-num, den).neg();
  const whole = num / den;
  const fractionDigits = Math.max(8, SIGNIFICANT_DIGITS - whole.toString().length);
  const scale = 10n ** BigInt(fractionDigits);
  const scaled = (num * scale) / den;
  const inexact = scaled * den !== num * scale;
  const digits = `${scaled.toString()}${inexact ? "1" : ""}`.padStart(fractionDigits + 2, "0");
  const point = digits.length - fractionDigits - (inexact ? 1 : 0);
  return new Money(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** An exact non-negative rational, for sums of interest pieces that must be rounded once. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

export const ZERO_RATIO: Ratio = { n: 0n, d: 1n };

/** numerator / denominator (both finite Decimals, denominator > 0) as an exact ratio. */
export function toRatio(numerator: Decimal, denominator: Decimal): Ratio {
  const [a, b] = toExactFraction(numerator);
  const [c, d] = toExactFraction(denominator);
  return reduce({ n: a * d, d: b * c });
}

function reduce(r: Ratio): Ratio {
  const g = gcd(r.n, r.d);
  return g <= 1n ? r : { n: r.n / g, d: r.d / g };
}

export function addRatios(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return reduce({ n: a.n + b.n, d: a.d });
  return reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

export function sumRatios(values: Iterable<Ratio>): Ratio {
  let total = ZERO_RATIO;
  for (const v of values) total = addRatios(total, v);
  return total;
}

export function minRatio(a: Ratio, b: Ratio): Ratio {
  return a.n * b.d <= b.n * a.d ? a : b;
}

/** The ratio as a Decimal that rounds exactly like it (see `toRoundableDecimal`). */
export function toRoundableRatio(r: Ratio): Decimal {
  return toRoundableDecimal(r.n, r.d);
}

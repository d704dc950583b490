import Decimal from "decimal.js";

/**
 * Money is never a JS float. Amounts cross every boundary as strings and are computed with
 * this Decimal (40 significant digits: far beyond any amount or rate product we handle).
 * Rounding to a currency's minor unit happens only through `roundMoney`.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

export const ROUNDING_MODES = ["half_even", "half_up", "down", "up"] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  half_even: Decimal.ROUND_HALF_EVEN,
  half_up: Decimal.ROUND_HALF_UP,
  // "down" and "up" are toward and away from zero, as in Fineract's and Java's RoundingMode.
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

const MONEY_PATTERN = /^-?\d+(\.\d+)?$/;

/** Parses an amount given as a string (or a Decimal); refuses floats by type and junk by pattern. */
export function money(value: string | Decimal | bigint): Decimal {
  if (value instanceof Decimal) return new Money(value);
  const text = value.toString().trim();
  if (!MONEY_PATTERN.test(text)) throw new RangeError(`not a decimal amount: "${text}"`);
  return new Money(text);
}

export function isDecimalString(value: string): boolean {
  return MONEY_PATTERN.test(value.trim());
}

export const ZERO = new Money(0);

/** The one rounding helper: to `decimals` places with the given mode (half-even unless a product says otherwise). */
export function roundMoney(value: Decimal, decimals = 2, mode: RoundingMode = "half_even"): Decimal {
  return value.toDecimalPlaces(decimals, DECIMAL_ROUNDING[mode]);
}

/** Rounds to the nearest multiple of `multiple` (e.g. an instalment in multiples of 1 or 10). */
export function roundToMultiple(value: Decimal, multiple: Decimal, mode: RoundingMode = "half_even"): Decimal {
  if (multiple.lte(0)) throw new RangeError("multiple must be positive");
  return value.div(multiple).toDecimalPlaces(0, DECIMAL_ROUNDING[mode]).mul(multiple);
}

/** The string form used at every boundary: exactly `decimals` places, no exponent. */
export function formatAmount(value: Decimal, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  // -0.00 is a rendering accident of negative sub-cent values that rounded to zero.
  return /^-0\.?0*$/.test(fixed) ? fixed.slice(1) : fixed;
}

export function sumMoney(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function minMoney(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

export function maxMoney(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

/** ISO 4217 minor units for the currencies that differ from 2; everything else uses 2. */
const MINOR_UNITS: Record<string, number> = {
  BHD: 3, BIF: 0, CLF: 4, CLP: 0, DJF: 0, GNF: 0, IQD: 3, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0, KWD: 3,
  LYD: 3, OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, UYW: 4, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export function currencyDecimals(currency: string): number {
  return MINOR_UNITS[currency.toUpperCase()] ?? 2;
}

/** Whether a currency code is a real ISO 4217 code, as known to the platform's Intl data. */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf("currency").includes(code);
}

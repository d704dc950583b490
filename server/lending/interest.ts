import type Decimal from "decimal.js";
import { Money, ZERO, roundMoney, roundToMultiple } from "@/server/shared/money";
import { computeAccrualFraction, countActiveDays } from "./day-count";
import type { Period } from "./due-dates";
import { type Ratio, ZERO_RATIO, toExactFraction, toRoundableDecimal, toRatio, toRoundableRatio } from "./exact-fraction";
import type { ResolvedTerms } from "./resolved-terms";

/**
 * Interest pieces. A segment is the interest of [start, end) kept as an exact fraction
 * numerator / denominator (both exact Decimals), so that a whole period rounds after a single
 * division and a part of it (a payoff, a re-schedule) is still an exact fraction. A "daily"
 * segment accrues balance × rate by the day; a "proportional" one earns its amount in proportion
 * to elapsed non-stopped days, which is how a per-period rate is pro-rated.
 */
export interface InterestSegment {
  start: number;
  end: number;
  kind: "daily" | "proportional";
  balance: Decimal;
  numerator: Decimal;
  denominator: Decimal;
}

const ONE = new Money(1);

/** Rounds an interest amount with the terms' rounding mode (through the one shared helper). */
export function roundInterest(rt: ResolvedTerms, exact: Decimal): Decimal {
  return roundMoney(exact, rt.decimals, rt.roundingMode);
}

/** Rounds an exact ratio of interest once, with the terms' rounding mode. */
export function roundRatio(rt: ResolvedTerms, value: Ratio): Decimal {
  return roundInterest(rt, toRoundableRatio(value));
}

/** A segment's interest as a Decimal: one correctly rounded division, safe to round to cents. */
export function computeSegmentAmount(s: InterestSegment): Decimal {
  return s.denominator.eq(ONE) ? s.numerator : s.numerator.div(s.denominator);
}

export function toSegmentRatio(s: InterestSegment): Ratio {
  return s.numerator.isZero() ? ZERO_RATIO : toRatio(s.numerator, s.denominator);
}

/** Interest on `balance` accruing by the day over [from, to) (holidays and stops excluded). */
export function buildDailySegment(rt: ResolvedTerms, balance: Decimal, from: number, to: number): InterestSegment {
  // Every fraction of one convention shares a denominator, cached in the resolved terms.
  const { num } = computeAccrualFraction(from, to, rt.dayCount);
  const numerator = num === 0 ? ZERO : balance.times(rt.rate).times(num);
  return { start: from, end: to, kind: "daily", balance, numerator, denominator: rt.dailyDenominator };
}

/** Interest at the nominal periodic rate over [start, end), less the days on which it is stopped. */
export function buildNominalSegment(rt: ResolvedTerms, balance: Decimal, start: number, end: number): InterestSegment {
  const stops = rt.dayCount.stops;
  const active = stops.length === 0 ? end - start : countActiveDays(start, end, stops);
  let numerator: Decimal;
  let denominator: Decimal;
  if (active !== end - start) {
    numerator = balance.times(rt.rateTimesEvery).times(active);
    denominator = rt.rateDivisorDecimal.times(end - start);
  } else if (rt.exactPeriodRate === null) {
    numerator = balance.times(rt.rateTimesEvery);
    denominator = rt.rateDivisorDecimal;
  } else {
    numerator = balance.times(rt.exactPeriodRate);
    denominator = ONE;
  }
  return { start, end, kind: "proportional", balance, numerator, denominator };
}

/** A declining-balance period's own interest under the terms' calculation period. */
export function buildPeriodSegment(rt: ResolvedTerms, balance: Decimal, period: Period): InterestSegment {
  return rt.terms.interestCalculationPeriod === "daily"
    ? buildDailySegment(rt, balance, period.start, period.due)
    : buildNominalSegment(rt, balance, period.start, period.due);
}

function proportionalPart(rt: ResolvedTerms, s: InterestSegment, from: number, to: number): { numerator: Decimal; denominator: Decimal } {
  const whole = countActiveDays(s.start, s.end, rt.dayCount.stops);
  if (whole === 0) return { numerator: ZERO, denominator: ONE };
  return { numerator: s.numerator.times(countActiveDays(from, to, rt.dayCount.stops)), denominator: s.denominator.times(whole) };
}

/** The part of a segment before `day` (null if none). */
export function takeHead(rt: ResolvedTerms, s: InterestSegment, day: number): InterestSegment | null {
  if (day <= s.start) return null;
  if (day >= s.end) return s;
  if (s.kind === "daily") return buildDailySegment(rt, s.balance, s.start, day);
  return { ...s, end: day, ...proportionalPart(rt, s, s.start, day) };
}

/** The part of a segment from `day` on (null if none). */
export function takeTail(rt: ResolvedTerms, s: InterestSegment, day: number): InterestSegment | null {
  if (day >= s.end) return null;
  if (day <= s.start) return s;
  if (s.kind === "daily") return buildDailySegment(rt, s.balance, day, s.end);
  return { ...s, start: day, ...proportionalPart(rt, s, day, s.end) };
}

/** The exact interest a segment has earned by the start of `day`. */
export function computeEarnedBy(rt: ResolvedTerms, s: InterestSegment, day: number): Ratio {
  const head = takeHead(rt, s, day);
  return head === null ? ZERO_RATIO : toSegmentRatio(head);
}

/**
 * The equal instalment P·r / (1 − (1+r)^−k) at the nominal periodic rate, rounded to the nearest
 * multiple (the currency's minor unit when the terms give none). Computed as an exact fraction so
 * that the rounding cannot be decided by a truncated power. A result that would round to zero
 * (a multiple larger than twice the instalment) becomes one multiple, so the loan still amortises.
 * Under daily interest Fineract prices the instalment with a 30-day month over 365 days; the
 * contract fixes the nominal rate (annual / periods a year) instead, and only each period's
 * interest follows the days, the last instalment absorbing the difference.
 */
export function computeInstalmentAmount(rt: ResolvedTerms, principal: Decimal, count: number): Decimal {
  const [p, q] = toExactFraction(principal);
  const [a, rateDen] = toExactFraction(rt.rateTimesEvery);
  const b = rateDen * BigInt(rt.rateDivisor);
  const k = BigInt(count);
  let exact: Decimal;
  if (a === 0n) {
    exact = toRoundableDecimal(p, q * k);
  } else {
    const grown = (b + a) ** k;
    exact = toRoundableDecimal(p * a * grown, q * b * (grown - b ** k));
  }
  const rounded = roundToMultiple(exact, rt.multiple, rt.nearestMode);
  return rounded.isZero() ? rt.multiple : rounded;
}

/**
 * Test-only: an independent model of declining-balance equal-instalment schedules in exact
 * fractions (BigInt numerator/denominator), written from the formulas of lending-anchors §2 and
 * sharing no code with the engine, so that tests compare two separate calculations.
 */

export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function frac(n: bigint, d = 1n): Fraction {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const add = (a: Fraction, b: Fraction) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction) => frac(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction) => frac(a.n * b.d, a.d * b.n);

/** "123.45" → 12345/100. */
export function parse(text: string): Fraction {
  const [whole = "0", part = ""] = text.split(".");
  return frac(BigInt(whole + part), 10n ** BigInt(part.length));
}

/** Rounds to a multiple of `unit` (a fraction), ties to even. */
export function roundHalfEven(value: Fraction, unit: Fraction): Fraction {
  const q = div(value, unit);
  let whole = q.n / q.d;
  const rest = sub(q, frac(whole));
  const twice = rest.n * 2n;
  if (twice > rest.d || (twice === rest.d && whole % 2n !== 0n)) whole += 1n;
  return mul(frac(whole), unit);
}

/** "1234.50"-style text with exactly two decimals (value must be a multiple of 0.01). */
export function cents(value: Fraction): string {
  const c = (value.n * 100n) / value.d;
  const sign = c < 0n ? "-" : "";
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Σ over the days of [from, to) of 1 / (days in that day's year), or days / fixed. */
export function yearFraction(from: string, to: string, daysInYear: "actual" | number): Fraction {
  let total = frac(0n);
  for (let day = dayNumber(from); day < dayNumber(to); day += 1) {
    const year = new Date(day * 86_400_000).getUTCFullYear();
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const diy = daysInYear === "actual" ? (leap ? 366 : 365) : daysInYear;
    total = add(total, frac(1n, BigInt(diy)));
  }
  return total;
}

export interface ReferenceTerms {
  principal: string;
  annualRate: string;
  disbursement: string;
  dueDates: readonly string[];
  periodsPerYear: number;
  daily: false | { daysInYear: "actual" | number };
  multiple: string;
}

export interface ReferenceRow {
  principal: string;
  interest: string;
  total: string;
  balanceAfter: string;
}

/** EMI = P·r/(1−(1+r)^−n) at the nominal rate; interest per period; the last row absorbs. */
export function referenceSchedule(t: ReferenceTerms): ReferenceRow[] {
  const p = parse(t.principal);
  const r = div(parse(t.annualRate), frac(BigInt(100 * t.periodsPerYear)));
  const n = BigInt(t.dueDates.length);
  const grown = frac((r.d + r.n) ** n, r.d ** n);
  const exactEmi = r.n === 0n ? div(p, frac(n)) : div(mul(mul(p, r), grown), sub(grown, frac(1n)));
  const emi = roundHalfEven(exactEmi, parse(t.multiple));
  const cent = frac(1n, 100n);
  let balance = p;
  let start = t.disbursement;
  return t.dueDates.map((due, i) => {
    const rate = t.daily ? mul(div(parse(t.annualRate), frac(100n)), yearFraction(start, due, t.daily.daysInYear)) : r;
    const interest = roundHalfEven(mul(balance, rate), cent);
    const principal = i === t.dueDates.length - 1 ? balance : sub(emi, interest);
    balance = sub(balance, principal);
    start = due;
    return { principal: cents(principal), interest: cents(interest), total: cents(add(principal, interest)), balanceAfter: cents(balance) };
  });
}

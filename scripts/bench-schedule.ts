/**
 * `npm run bench:schedule`: median and p95 time to build 12-, 60- and 360-instalment schedules
 * (terms validation included), measured in-process after warm-up, with the machine it ran on.
 * Target (issue 3): under 0.5 ms for 360 instalments.
 */
import { cpus } from "node:os";
import { buildSchedule } from "../server/lending/schedule";
import { Money } from "../server/shared/money";

interface Case {
  label: string;
  terms: Record<string, unknown>;
}

const base = {
  principal: "250000",
  annualInterestRate: "11.75",
  disbursementDate: "2024-01-15",
  repaymentFrequency: "months",
  amortisation: "equal_instalments",
  interestMethod: "declining_balance",
  interestCalculationPeriod: "same_as_repayment",
  instalmentAmountInMultiplesOf: "1",
};

const cases: Case[] = [12, 60, 360].flatMap((n) => [
  { label: `${n} instalments, monthly rate`, terms: { ...base, numberOfInstalments: n } },
  {
    label: `${n} instalments, daily interest + ZA holidays shift`,
    terms: {
      ...base,
      numberOfInstalments: n,
      interestCalculationPeriod: "daily",
      daysInYear: "actual",
      holidayShift: "first_business_day_after_the_day",
      holidays: ["2024-03-21", "2024-03-29", "2024-04-01", "2024-12-16", "2024-12-25", "2024-12-26"],
      interestOnHolidays: false,
    },
  },
]);

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function measure(terms: Record<string, unknown>, iterations: number): { median: number; p95: number } {
  return time(() => buildSchedule(terms), iterations);
}

function time(run: () => unknown, iterations: number): { median: number; p95: number } {
  for (let i = 0; i < Math.max(50, iterations / 5); i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`node ${process.version} · ${process.platform}/${process.arch} · ${cpus().length} × ${cpu}`);
console.log("case".padEnd(56), "median ms".padStart(10), "p95 ms".padStart(10));
for (const c of cases) {
  const n = Number(c.terms.numberOfInstalments);
  const { median, p95 } = measure(c.terms, n >= 360 ? 2000 : 5000);
  console.log(c.label.padEnd(56), median.toFixed(3).padStart(10), p95.toFixed(3).padStart(10));
}

/**
 * Floors, for reading the 360-instalment figure: the least arithmetic a 360-row equal-instalment
 * schedule needs (a row: interest = balance × rate rounded half-even, principal = instalment −
 * interest, new balance, three amounts as text), in decimal.js and in BigInt minor units.
 */
function decimalFloor(): void {
  const rate = new Money("11.75").div(1200);
  const instalment = new Money("2523.55");
  let balance = new Money("250000.00");
  for (let i = 0; i < 360; i += 1) {
    const interest = balance.times(rate).toDecimalPlaces(2, Money.ROUND_HALF_EVEN);
    const principal = instalment.minus(interest);
    balance = balance.minus(principal);
    interest.toFixed(2);
    principal.toFixed(2);
    balance.toFixed(2);
  }
}

function bigintFloor(): void {
  let balance = 25_000_000n;
  for (let i = 0; i < 360; i += 1) {
    const scaled = balance * 1175n;
    let interest = scaled / 120_000n;
    const remainder = scaled % 120_000n;
    if (remainder * 2n > 120_000n || (remainder * 2n === 120_000n && interest % 2n === 1n)) interest += 1n;
    const principal = 252_355n - interest;
    balance -= principal;
    String(interest);
    String(principal);
    String(balance);
  }
}

console.log("floor: 360 rows of bare arithmetic in decimal.js".padEnd(56), time(decimalFloor, 2000).median.toFixed(3).padStart(10));
console.log("floor: the same in BigInt minor units".padEnd(56), time(bigintFloor, 2000).median.toFixed(3).padStart(10));

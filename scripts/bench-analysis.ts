/**
 * `npm run bench:analysis`: the full analysis (`analyseBankData`, every section) of a generated
 * South African borrower, measured in-process after a warm-up, as median and p95 of repeated
 * runs. Labelling is done once beforehand and not timed. Targets (issue 7): 12 months × 300
 * transactions under 50 ms median; 100 000 transactions under 2 s median.
 */
import { cpus, totalmem } from "node:os";
import { analyseBankData } from "../server/analysis/analyse-bank-data";
import { generateSouthAfricanProfile } from "../server/analysis/test-support/south-african-profile";

/** Lines the profile writes every month before the extra card purchases. */
const BASE_LINES_PER_MONTH = 13;

interface Case {
  readonly name: string;
  readonly months: number;
  readonly accounts: number;
  readonly perMonth: number;
  readonly runs: number;
  readonly targetMs: number;
}

const CASES: readonly Case[] = [
  { name: "12 months × 300 transactions", months: 12, accounts: 1, perMonth: 300, runs: Number(process.env.BENCH_RUNS ?? 60), targetMs: 50 },
  { name: "100 000 transactions (4 accounts × 24 months)", months: 24, accounts: 4, perMonth: 1042, runs: Number(process.env.BENCH_RUNS_LARGE ?? 9), targetMs: 2000 },
];

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`node ${process.version} · ${process.platform}/${process.arch} · ${cpus().length} × ${cpu} · ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log("case".padEnd(48), "transactions".padStart(12), "median ms".padStart(10), "p95 ms".padStart(9), "target".padStart(9), "  verdict");
let allMet = true;
for (const c of CASES) {
  const profile = generateSouthAfricanProfile({ months: c.months, accounts: c.accounts, extraPerMonth: c.perMonth - BASE_LINES_PER_MONTH });
  const asOf = profile.accounts.reduce((latest, a) => (a.balanceDate !== null && a.balanceDate > latest ? a.balanceDate : latest), "0000-01-01");
  const input = { accounts: profile.accounts, transactions: profile.transactions, asOf };
  const check = analyseBankData(input);
  if (check.status !== "completed") throw new Error(`benchmark input refused: ${check.error.code}`);
  for (let i = 0; i < 3; i++) analyseBankData(input);
  const samples: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const started = performance.now();
    analyseBankData(input);
    samples.push(performance.now() - started);
  }
  const median = percentile(samples, 50);
  const met = median < c.targetMs;
  allMet &&= met;
  console.log(
    c.name.padEnd(48),
    profile.transactions.length.toLocaleString("en-US").padStart(12),
    median.toFixed(1).padStart(10),
    percentile(samples, 95).toFixed(1).padStart(9),
    `< ${c.targetMs}`.padStart(9),
    `  ${met ? "met" : "NOT met"} (${c.runs} runs after 3 warm-ups)`,
  );
}
if (!allMet) process.exitCode = 1;

/**
 * `npm run bench:labelling`: generates 100 000
 * realistic transactions (French, Spanish, Dutch and South African English accounts: salary, rent,
 * debit orders, card spending, cash, gambling, returned debits and their fees) and measures, as the
 * median of several in-process runs after a warm-up: parsing them as one CSV and as a BYOD JSON
 * document, fingerprinting, and labelling. Target (issue 6): labelling ≥ 50 000 transactions/s.
 */
import { cpus, totalmem } from "node:os";
import { fingerprintTransactions } from "../server/banking/fingerprint";
import { toLabellingAccounts } from "../server/banking/labelling/label-import";
import { labelTransactions } from "../server/banking/labelling/label-transactions";
import { parseImportFile } from "../server/banking/parse-import-file";
import { generateBenchFiles } from "../server/banking/test-support/bench-files";

const TOTAL = 100_000;
const ACCOUNTS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const { csvText, byodText } = generateBenchFiles(TOTAL, ACCOUNTS);

const csvMs = await measure(() => parseImportFile(csvText, "bench.csv", { defaultCurrency: "EUR" }));
const jsonMs = await measure(() => parseImportFile(byodText, "bench.json"));
const parsed = await parseImportFile(byodText, "bench.json");
const fingerprintMs = await measure(() => parsed.accounts.map((a) => fingerprintTransactions(a.transactions)));
const { labelling } = toLabellingAccounts(parsed);
const labelMs = await measure(() => labelTransactions(labelling));
const labelled = labelTransactions(labelling);

const count = parsed.accounts.reduce((n, a) => n + a.transactions.length, 0);
const perSecond = (ms: number) => Math.round((count / ms) * 1000).toLocaleString("en-US");
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`node ${process.version} · ${process.platform}/${process.arch} · ${cpus().length} × ${cpu} · ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log(`${count.toLocaleString("en-US")} transactions in ${ACCOUNTS} accounts (fr, es, nl, en-ZA); CSV ${(csvText.length / 2 ** 20).toFixed(1)} MB, JSON ${(byodText.length / 2 ** 20).toFixed(1)} MB; median of ${RUNS} runs after a warm-up`);
console.log("step".padEnd(34), "median ms".padStart(10), "transactions/s".padStart(16));
for (const [name, ms] of [
  ["parse CSV (streamed, csv-parse)", csvMs],
  ["parse BYOD JSON", jsonMs],
  ["fingerprint", fingerprintMs],
  ["label (labelTransactions)", labelMs],
] as const) {
  console.log(name.padEnd(34), ms.toFixed(1).padStart(10), perSecond(ms).padStart(16));
}
const fallback = labelled.filter((t) => t.reason.source === "fallback").length;
const returned = labelled.filter((t) => t.isReturned).length;
const linked = labelled.filter((t) => t.returnedTransactionId !== null).length;
console.log(`labelled by a rule: ${(((count - fallback) / count) * 100).toFixed(1)}% · returned debits: ${returned}, linked to their debit: ${linked} · target ≥ 50,000/s: ${count / labelMs >= 50 ? "met" : "NOT met"}`);

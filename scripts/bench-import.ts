import { seedPlatform } from "@/db/seed/platform";
import { importBankFile } from "@/server/banking/bank-import";
import { detectCsvLayout } from "@/server/banking/detect-csv-layout";
import { toLabellingAccounts } from "@/server/banking/labelling/label-import";
import { labelTransactions } from "@/server/banking/labelling/label-transactions";
import { parseImportFile } from "@/server/banking/parse-import-file";
import { generateBenchFiles } from "@/server/banking/test-support/bench-files";
import { createBorrower, ZBorrowerInput } from "@/server/lending/borrowers";
import type { ServiceContext } from "@/server/platform/context";
import { machineLine, median, rssMiB } from "./bench-support";
import { openRuntime } from "./runtime";

/**
 * `npm run bench:import`: 100 000 generated transactions imported end to end (parse, de-duplicate,
 * insert, label, audit) into a fresh database, once as a CSV with its detected column mapping and
 * once as a BYOD JSON document; plus labelling alone. Targets (issue 6): < 10 s end to end,
 * labelling ≥ 50 000 transactions/s.
 */
const TOTAL = Number(process.env.BENCH_TRANSACTIONS ?? 100_000);
const runtime = await openRuntime({ embeddedName: "bench", database: "lending_bench_import", fresh: true });
const db = runtime.handle.db;
const platform = await seedPlatform(db, { businessDate: "2026-01-01" });
const svc: ServiceContext = { db, orgId: platform.demoOrgId, role: "credit_officer", actor: { type: "user", userId: platform.users.credit_officer.id }, requestId: "bench" };
const borrower = async (name: string) => (await createBorrower(svc, ZBorrowerInput.parse({ kind: "person", firstName: name, lastName: "Bench" }))).id;

const { csvText, byodText, count } = generateBenchFiles(TOTAL, 50);
const layout = detectCsvLayout(csvText.slice(0, 8000));
if (!layout.mapping) throw new Error("the CSV layout was not detected");

console.log(machineLine());
console.log(`${count.toLocaleString("en-US")} transactions; CSV ${(csvText.length / 2 ** 20).toFixed(1)} MB, JSON ${(byodText.length / 2 ** 20).toFixed(1)} MB; embedded PostgreSQL 18, fresh database`);

async function timeImport(name: string, content: string, extra: Partial<Parameters<typeof importBankFile>[1]>) {
  const started = performance.now();
  const summary = await importBankFile(svc, { borrowerId: await borrower(name), fileName: `bench.${name}`, contentBase64: Buffer.from(content).toString("base64"), ...extra });
  const ms = performance.now() - started;
  console.log(`import ${name.padEnd(5)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${Math.round((summary.transactionsAdded / ms) * 1000).toLocaleString("en-US").padStart(8)} transactions/s  (${summary.transactionsAdded} added, ${summary.accounts} accounts)`);
  return ms;
}

const csvMs = await timeImport("csv", csvText, { format: "csv", csvMapping: layout.mapping, csvAccount: { number: "BENCH-CSV", currency: "EUR" } });
const jsonMs = await timeImport("json", byodText, {});
const { labelling } = toLabellingAccounts(await parseImportFile(byodText, "bench.json"));
const samples: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  labelTransactions(labelling);
  samples.push(performance.now() - started);
}
const labelMs = median(samples);
console.log(`label alone  ${(labelMs / 1000).toFixed(2).padStart(6)} s  ${Math.round((count / labelMs) * 1000).toLocaleString("en-US").padStart(8)} transactions/s (median of 5)`);
console.log(`peak RSS ${rssMiB()} MiB · targets: import < 10 s ${Math.max(csvMs, jsonMs) < 10_000 ? "met" : "NOT met"}, labelling ≥ 50 000/s ${count / labelMs >= 50 ? "met" : "NOT met"}`);
await runtime.shutdown();

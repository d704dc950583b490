import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * `npm test`: typecheck, lint, unit + integration (vitest, real PostgreSQL) and end-to-end
 * (Playwright, Chromium). Runs every suite even after a failure, then prints one line that CI
 * reads: `N passed, N failed`. Exits non-zero if anything failed.
 */
interface Tally {
  name: string;
  passed: number;
  failed: number;
}

const RESULTS = path.resolve(".data", "test-results");
const env = { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const bin = path.resolve("node_modules", ".bin", command);
  const result = spawnSync(bin, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function numberAt(value: unknown, key: string): number {
  if (!value || typeof value !== "object" || !(key in value)) return 0;
  const n: unknown = Reflect.get(value, key);
  return typeof n === "number" ? n : 0;
}

function check(name: string, status: number): Tally {
  return { name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
}

function vitest(): Tally {
  const file = path.join(RESULTS, "vitest.json");
  rmSync(file, { force: true });
  const status = run("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson(file);
  if (!report) return { name: "vitest", passed: 0, failed: 1 };
  const passed = numberAt(report, "numPassedTests");
  // A file that fails to load has no failed tests but a failed suite: count it.
  const failed = numberAt(report, "numFailedTests") + (numberAt(report, "numFailedTestSuites") > 0 && numberAt(report, "numFailedTests") === 0 ? numberAt(report, "numFailedTestSuites") : 0);
  return { name: "vitest (unit + integration)", passed, failed: failed || (status !== 0 ? 1 : 0) };
}

function playwright(): Tally {
  const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
  if (!chromium) {
    console.error("\nNo Chromium for the end-to-end tests: install Debian's (`sudo apt-get install -y chromium`) or set CHROMIUM_PATH.\n");
    return { name: "playwright", passed: 0, failed: 1 };
  }
  const file = path.join(RESULTS, "playwright.json");
  rmSync(file, { force: true });
  const status = run("playwright", ["test"], { CHROMIUM_PATH: chromium });
  const stats = (() => {
    const report = readJson(file);
    return report && typeof report === "object" && "stats" in report ? report.stats : null;
  })();
  if (!stats) return { name: "playwright", passed: 0, failed: 1 };
  const failed = numberAt(stats, "unexpected");
  return { name: "playwright (e2e)", passed: numberAt(stats, "expected") + numberAt(stats, "flaky"), failed: failed || (status !== 0 ? 1 : 0) };
}

mkdirSync(RESULTS, { recursive: true });
const only = process.argv[2];
const tallies: Tally[] = [];
if (!only || only === "static") {
  tallies.push(check("typecheck", run("tsc", ["--noEmit"])));
  tallies.push(check("lint", run("eslint", ["--max-warnings", "0", "."])));
}
if (!only || only === "vitest") tallies.push(vitest());
if (!only || only === "e2e") tallies.push(playwright());

console.log("\nSummary:");
for (const t of tallies) console.log(`  ${t.name.padEnd(28)} ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

import { Worker } from "node:worker_threads";
import { compileOrgPattern, ORG_MATCH_TEXT_LIMIT, ORG_PATTERN_MAX_LENGTH, OrgRuleError } from "./org-rules";
import type { OrgRuleErrorCode } from "./org-rules";

export type OrgPatternVerdict = { readonly ok: true } | { readonly ok: false; readonly code: OrgRuleErrorCode; readonly reason: string };

export interface ValidatePatternOptions {
  /** Hard cap on the timed run against adversarial inputs; the worker is terminated when it passes. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 50;
const STARTUP_TIMEOUT_MS = 10_000;

/**
 * Runs in the worker: compile, say "ready", then on "go" match every input and report the time.
 * Plain JavaScript because `eval: true` workers run a CommonJS script, not TypeScript.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const regex = new RegExp(workerData.pattern, workerData.flags);
parentPort.postMessage("ready");
parentPort.once("message", () => {
  const started = performance.now();
  for (const input of workerData.inputs) regex.test(input);
  parentPort.postMessage(performance.now() - started);
});
`;

/**
 * Inputs that make backtracking regexes blow up: long runs of the characters the pattern names
 * (and of letters, digits, spaces) ending in a character nothing expects, at the longest length a
 * description is matched at (ORG_MATCH_TEXT_LIMIT).
 */
export function adversarialInputs(pattern: string): string[] {
  const length = ORG_MATCH_TEXT_LIMIT - 2;
  const literals = [...new Set(pattern.replace(/\\[dDwWsSbBpPkux0-9]/g, "").match(/[A-Za-z0-9 .,\-/_:;'"@#&*+]/g) ?? [])].slice(0, 24);
  const singles = [...new Set([...literals, "a", "A", "1", " ", ".", "-", "/", "é"])];
  const pairs = literals.slice(0, 8).flatMap((a, i) => literals.slice(i + 1, 8).map((b) => a + b));
  const runs = [...singles, ...pairs, "ab", "a1", "A a"].map((unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
  return runs.flatMap((run) => [`${run}\u0000!`, `!${run}`]);
}

/**
 * Decides whether an officer's pattern may be saved: length (≤ 500), flags, syntax, the static
 * backtracking checks, then a run against adversarial inputs in a worker thread with a hard
 * timeout (default 50 ms) after which the worker is terminated and the pattern refused.
 */
export async function validateOrgPattern(pattern: string, flags: string | null = null, options: ValidatePatternOptions = {}): Promise<OrgPatternVerdict> {
  if (pattern.length > ORG_PATTERN_MAX_LENGTH) {
    return { ok: false, code: "too_long", reason: `pattern is ${pattern.length} characters; the limit is ${ORG_PATTERN_MAX_LENGTH}` };
  }
  if (pattern.trim() === "") return { ok: false, code: "invalid_regex", reason: "pattern is empty" };
  try {
    compileOrgPattern(pattern, flags);
  } catch (error) {
    if (error instanceof OrgRuleError) return { ok: false, code: error.code, reason: error.message };
    throw error;
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const elapsed = await runTimed(pattern, `i${flags ?? ""}`, adversarialInputs(pattern), timeoutMs);
  if (elapsed === null || elapsed > timeoutMs) {
    return { ok: false, code: "too_slow", reason: `matching took more than ${timeoutMs} ms on a ${ORG_MATCH_TEXT_LIMIT}-character test description (stopped); simplify the pattern` };
  }
  return { ok: true };
}

/** Milliseconds the worker spent matching, or null when it was stopped at the timeout. */
function runTimed(pattern: string, flags: string, inputs: readonly string[], timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pattern, flags, inputs } });
    let timer: ReturnType<typeof setTimeout> = setTimeout(() => finish(new Error("pattern test worker did not start")), STARTUP_TIMEOUT_MS);
    let settled = false;
    const finish = (outcome: number | null | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    worker.on("message", (message: unknown) => {
      if (message === "ready") {
        clearTimeout(timer);
        // The verdict is the time measured inside the worker; this cap only stops a runaway pattern,
        // with room for the messages to travel on a busy machine (a tight cap refused safe patterns).
        timer = setTimeout(() => finish(null), Math.max(timeoutMs * 20, 1000));
        worker.postMessage("go");
      } else if (typeof message === "number") {
        finish(message);
      }
    });
    worker.on("error", (error) => finish(error));
    worker.on("exit", () => finish(new Error("pattern test worker exited early")));
  });
}

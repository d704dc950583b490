/**
 * `npm run schedule -- <terms.json>` (or `-` for stdin): prints the repayment schedule for terms
 * in the contract's format as JSON on stdout, and nothing else there. Invalid terms, unreadable
 * input or bad JSON: a message on stderr and exit code 2.
 */
import { readFileSync } from "node:fs";
import { buildSchedule } from "../server/lending/schedule";
import { ScheduleTermsError } from "../server/lending/schedule-terms";

const USAGE = "usage: npm run schedule -- <terms.json | ->";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readInput(source: string): string {
  try {
    return readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`cannot read ${source === "-" ? "stdin" : source}: ${reason}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`${source === "-" ? "stdin" : source} is not valid JSON: ${reason}`);
  }
}

function main(args: readonly string[]): void {
  const source = args[0];
  if (source === undefined || args.length > 1) fail(USAGE);
  const terms = parseJson(readInput(source), source);
  try {
    process.stdout.write(`${JSON.stringify(buildSchedule(terms), null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof ScheduleTermsError)) throw error;
    fail(["invalid schedule terms:", ...error.issues.map((i) => `  ${i.path || "(terms)"}: ${i.message}`)].join("\n"));
  }
}

main(process.argv.slice(2));

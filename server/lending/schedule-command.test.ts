import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const projectRoot = join(import.meta.dirname, "..", "..");
const fixture = join(import.meta.dirname, "fixtures", "schedules", "WE-2-declining-equal-instalments.json");

function runSchedule(args: string[], input?: string) {
  const result = spawnSync("npx", ["tsx", "scripts/schedule.ts", ...args], {
    cwd: projectRoot,
    input,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run schedule", { timeout: 60_000 }, () => {
  const termsObject = z.object({ terms: z.record(z.string(), z.unknown()) }).parse(JSON.parse(readFileSync(fixture, "utf8"))).terms;
  const terms = JSON.stringify(termsObject);

  it("prints the schedule JSON alone for terms read from stdin", () => {
    const { status, stdout } = runSchedule(["-"], terms);
    expect(status).toBe(0);
    const schedule = z
      .object({ instalments: z.array(z.object({ total: z.string() })), totals: z.object({ interest: z.string() }) })
      .parse(JSON.parse(stdout));
    expect(schedule.instalments).toHaveLength(18);
    expect(schedule.instalments[0]?.total).toBe("305.00");
    expect(schedule.totals.interest).toBe("488.22");
  });

  it("exits 2 naming the field and the rule for invalid terms, with nothing on stdout", () => {
    const bad = JSON.stringify({ ...termsObject, principal: "-1", roundingMode: "ceiling" });
    const { status, stdout, stderr } = runSchedule(["-"], bad);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("principal: must be greater than 0");
    expect(stderr).toContain("roundingMode: must be one of: half_even, half_up, down, up");
  });

  it("exits 2 for a missing file and for input that is not JSON", () => {
    const missing = runSchedule(["does-not-exist.json"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read does-not-exist.json");
    const garbled = runSchedule(["-"], "{ not json");
    expect(garbled.status).toBe(2);
    expect(garbled.stderr).toContain("stdin is not valid JSON");
  });
});

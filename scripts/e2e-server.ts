import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { seedDemoData } from "@/db/seed";
import { todayIn } from "@/server/shared/dates";
import { linkLifetimes, spawnNext } from "./next-process";
import { log, openRuntime, portFromArgs } from "./runtime";

/**
 * Playwright's web server: a production build (`next build`, skipped with E2E_SKIP_BUILD=1) served
 * by `next start` over a freshly created and seeded database, so every run starts from the same data.
 */
const port = portFromArgs(process.argv.slice(2), 3100);
if (process.env.E2E_SKIP_BUILD !== "1") {
  log("building the app for the end-to-end tests");
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const runtime = await openRuntime({ embeddedName: "e2e", database: "lending_e2e", fresh: true });
await seedDemoData(runtime.handle, { businessDate: todayIn("Africa/Johannesburg") });
await runtime.handle.close();
log("database created and seeded");

const child = spawnNext(["start", "-p", String(port)], {
  DATABASE_URL: runtime.databaseUrl,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  NEXTAUTH_URL: `http://localhost:${port}`,
  COB_SCHEDULE: "off",
});
linkLifetimes(child, async () => runtime.embedded?.stop());

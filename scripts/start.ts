import { seedDemoDataOnce } from "@/db/seed";
import { todayIn } from "@/server/shared/dates";
import { linkLifetimes, spawnNext, withoutPortArgs } from "./next-process";
import { log, openRuntime, portFromArgs } from "./runtime";

/**
 * `npm start`: the built app (`npm run build` first). Requires NEXTAUTH_SECRET. Without DATABASE_URL
 * it runs on the embedded database and seeds the demo data once, like `npm run dev`; with an external
 * DATABASE_URL it seeds only when SEED_DEMO=1.
 */
if (!process.env.NEXTAUTH_SECRET) {
  console.error("NEXTAUTH_SECRET is required in production: set it to a long random string (e.g. `openssl rand -base64 32`).");
  process.exit(1);
}
const args = process.argv.slice(2);
const port = portFromArgs(args, 3000);
const runtime = await openRuntime({ embeddedName: "prod", database: "lending" });
if ((runtime.embedded || process.env.SEED_DEMO === "1") && (await seedDemoDataOnce(runtime.handle, { businessDate: todayIn("Africa/Johannesburg") })) === "seeded") {
  log("demo data seeded");
}
await runtime.handle.close();

const url = `http://localhost:${port}`;
const child = spawnNext(["start", ...withoutPortArgs(args), "-p", String(port)], {
  DATABASE_URL: runtime.databaseUrl,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
});
linkLifetimes(child, async () => runtime.embedded?.stop());
log(`serving on ${url}`);

import { seedDemoDataOnce } from "@/db/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "@/server/platform/demo-accounts";
import { todayIn } from "@/server/shared/dates";
import { linkLifetimes, spawnNext, withoutPortArgs } from "./next-process";
import { developmentSecret, log, openRuntime, portFromArgs } from "./runtime";

/**
 * `npm run dev`: the embedded database (unless DATABASE_URL is set), migrations, demo data once,
 * then `next dev` with the environment it needs. Ctrl-C stops both.
 */
const args = process.argv.slice(2);
const port = portFromArgs(args, 3000);
const runtime = await openRuntime({ embeddedName: "dev", database: "lending" });
log("seeding the demo data (first run only: about a year of loan history, lived day by day)…");
const seeded = await seedDemoDataOnce(runtime.handle, { businessDate: todayIn("Africa/Johannesburg") });
if (seeded === "seeded") log("demo data seeded");
if (seeded === "interrupted") log("the demo data was only partly seeded by an interrupted start: delete .data/dev to seed it again");
await runtime.handle.close();

const url = `http://localhost:${port}`;
const child = spawnNext(["dev", ...withoutPortArgs(args), "-p", String(port)], {
  DATABASE_URL: runtime.databaseUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? developmentSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
});
linkLifetimes(child, async () => runtime.embedded?.stop());

log(`dashboard on ${url}`);
log(`sign in as ${DEMO_USERS.map((u) => `${u.email} (${u.roleLabel})`).join(", ")}, password "${DEMO_PASSWORD}"`);

import { seedDemoDataOnce } from "@/db/seed";
import { todayIn } from "@/server/shared/dates";
import { log, openRuntime } from "./runtime";

/** `npm run db:seed`: seeds the demo data if this database has none yet. */
const runtime = await openRuntime({ embeddedName: "dev", database: "lending" });
const seeded = await seedDemoDataOnce(runtime.handle, { businessDate: todayIn("Africa/Johannesburg") });
log({ seeded: "demo data seeded", present: "demo data already present: nothing to do", interrupted: "an interrupted seed left partial data: delete .data/dev and start again" }[seeded]);
await runtime.shutdown();

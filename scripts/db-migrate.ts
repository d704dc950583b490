import { log, openRuntime } from "./runtime";

/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded dev database). */
const runtime = await openRuntime({ embeddedName: "dev", database: "lending" });
log("database is up to date");
await runtime.shutdown();

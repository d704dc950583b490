import { eq } from "drizzle-orm";
import { DEMO_ORG } from "@/server/platform/demo-accounts";
import type { DatabaseHandle } from "../client";
import { organisations, seedRuns } from "../schema";
import { seedBankData } from "./bank-data";
import { seedLending, type SeededLending } from "./lending";
import { seedPlatform, type SeededPlatform } from "./platform";

export interface SeedOptions {
  /** The organisations' business date; demo histories are laid out before it. */
  businessDate: string;
}

export type SeededDemo = SeededPlatform & { lending: SeededLending };

/**
 * Seeds the demo data. The lending history is lived day by day with close of business, which
 * commits as it goes, so the "demo" marker is written last: a database without it but with the demo
 * organisation was interrupted while seeding (delete `.data/dev` to start over).
 */
export async function seedDemoData(handle: DatabaseHandle, options: SeedOptions): Promise<SeededDemo> {
  const platform = await handle.db.transaction((tx) => seedPlatform(tx, options));
  const lending = await seedLending(handle, platform, options);
  await seedBankData(handle, platform, options);
  await handle.db.insert(seedRuns).values({ name: "demo" });
  return { ...platform, lending };
}

/** Seeds once per database: `npm run dev` calls this at every start. */
export async function seedDemoDataOnce(handle: DatabaseHandle, options: SeedOptions): Promise<"seeded" | "present" | "interrupted"> {
  const done = await handle.db.query.seedRuns.findFirst({ where: eq(seedRuns.name, "demo") });
  if (done) return "present";
  const started = await handle.db.query.organisations.findFirst({ where: eq(organisations.slug, DEMO_ORG.slug) });
  if (started) return "interrupted";
  await seedDemoData(handle, options);
  return "seeded";
}

import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { seedRuns } from "../schema";
import { seedLending, type SeededLending } from "./lending";
import { seedPlatform, type SeededPlatform } from "./platform";

export interface SeedOptions {
  /** The organisations' business date; demo histories are laid out before it. */
  businessDate: string;
}

export type SeededDemo = SeededPlatform & { lending: SeededLending };

/**
 * Seeds the demo data in one transaction: the services it calls open savepoints inside it, so a
 * failure leaves the database as it was and the next start tries again.
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeededDemo> {
  return db.transaction(async (tx) => {
    const platform = await seedPlatform(tx, options);
    const lending = await seedLending(tx, platform, options);
    await tx.insert(seedRuns).values({ name: "demo" });
    return { ...platform, lending };
  });
}

/** Seeds once per database: `npm run dev` calls this at every start. */
export async function seedDemoDataOnce(db: Database, options: SeedOptions): Promise<boolean> {
  const done = await db.query.seedRuns.findFirst({ where: eq(seedRuns.name, "demo") });
  if (done) return false;
  await seedDemoData(db, options);
  return true;
}

import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { lendingSettings } from "@/db/schema";

export type LendingSettings = typeof lendingSettings.$inferSelect;

/** The organisation's lending policy, with the defaults when it never changed them. */
export async function loadLendingSettings(db: Executor, orgId: string): Promise<LendingSettings> {
  const [row] = await db.select().from(lendingSettings).where(eq(lendingSettings.orgId, orgId));
  if (row) return row;
  const [created] = await db.insert(lendingSettings).values({ orgId }).onConflictDoNothing().returning();
  if (created) return created;
  const [again] = await db.select().from(lendingSettings).where(eq(lendingSettings.orgId, orgId));
  if (!again) throw new Error("lending settings could not be created");
  return again;
}

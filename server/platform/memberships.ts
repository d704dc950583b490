import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, users } from "@/db/schema";
import type { Role } from "./roles";

/** An active membership of an enabled user, or null: the one gate of every org-scoped call. */
export async function findActiveMembership(db: Executor, userId: string, orgId: string): Promise<{ role: Role } | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId), eq(memberships.status, "active"), eq(users.disabled, false)))
    .limit(1);
  return row ?? null;
}

import { hashPassword } from "@/server/platform/password";
import type { Role } from "@/server/platform/roles";
import { DEMO_ORG, DEMO_PASSWORD, DEMO_USERS, SECOND_ORG } from "@/server/platform/demo-accounts";
import type { Executor } from "../client";
import { memberships, organisations, users } from "../schema";

export interface SeededPlatform {
  demoOrgId: string;
  secondOrgId: string;
  users: Record<Role, { id: string; email: string }>;
}

/**
 * The demo organisation with one user per role, plus a second organisation the owner also belongs
 * to (so the org switcher and tenant isolation have something to show). Used by dev, tests and e2e.
 */
export async function seedPlatform(db: Executor, options: { businessDate: string }): Promise<SeededPlatform> {
  const [demo, second] = await db
    .insert(organisations)
    .values([
      { ...DEMO_ORG, businessDate: options.businessDate },
      { ...SECOND_ORG, businessDate: options.businessDate },
    ])
    .returning({ id: organisations.id });
  if (!demo || !second) throw new Error("organisation insert returned nothing");

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inserted = await db
    .insert(users)
    .values(DEMO_USERS.map((u) => ({ email: u.email, name: u.name, passwordHash })))
    .returning({ id: users.id, email: users.email });
  const byEmail = new Map(inserted.map((u) => [u.email, u]));
  const userFor = (role: Role) => {
    const row = byEmail.get(DEMO_USERS.find((u) => u.role === role)?.email ?? "");
    if (!row) throw new Error(`no demo user for ${role}`);
    return row;
  };
  const seededUsers = { owner: userFor("owner"), admin: userFor("admin"), credit_officer: userFor("credit_officer"), viewer: userFor("viewer") };

  await db.insert(memberships).values([
    ...DEMO_USERS.map((u) => ({ orgId: demo.id, userId: seededUsers[u.role].id, role: u.role })),
    { orgId: second.id, userId: seededUsers.owner.id, role: "owner" as const },
  ]);
  return { demoOrgId: demo.id, secondOrgId: second.id, users: seededUsers };
}

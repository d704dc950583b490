import type { DatabaseHandle } from "@/db/client";
import { seedPlatform, type SeededPlatform } from "@/db/seed/platform";
import { createTestDatabase } from "@/db/testing/test-database";
import type { ServiceContext } from "@/server/platform/context";
import type { Role } from "@/server/platform/roles";
import { createCaller } from "@/server/root";
import { createContext, type SessionInfo } from "@/server/trpc";

export const TEST_BUSINESS_DATE = "2024-03-01";

export interface Harness {
  handle: DatabaseHandle;
  seed: SeededPlatform;
  /** A tRPC caller signed in as the demo organisation's member with `role`. */
  callerAs(role: Role, orgId?: string): ReturnType<typeof createCaller>;
  callerFor(session: SessionInfo | null): ReturnType<typeof createCaller>;
  /** A service context acting as the demo organisation's member with `role`. */
  serviceAs(role: Role, orgId?: string): ServiceContext;
}

/** A fresh database with the platform seed (two organisations, one user per role). */
export async function createHarness(): Promise<Harness> {
  const handle = await createTestDatabase();
  const seed = await seedPlatform(handle.db, { businessDate: TEST_BUSINESS_DATE });
  const callerFor = (session: SessionInfo | null) => createCaller(createContext({ db: handle.db, session }));
  return {
    handle,
    seed,
    callerFor,
    callerAs: (role, orgId = seed.demoOrgId) => callerFor({ userId: seed.users[role].id, orgId }),
    serviceAs: (role, orgId = seed.demoOrgId) => ({
      db: handle.db,
      orgId,
      role,
      actor: { type: "user", userId: seed.users[role].id },
      requestId: `test-${role}`,
    }),
  };
}

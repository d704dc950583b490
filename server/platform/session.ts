import { getServerSession } from "next-auth";
import type { SessionInfo } from "@/server/trpc";
import { authOptions } from "./auth-options";

/** The signed-in user and current organisation for a server component or route handler. */
export async function readSession(): Promise<SessionInfo | null> {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  return { userId: session.userId, orgId: session.orgId };
}

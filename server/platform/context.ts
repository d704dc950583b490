import type { Executor, Transaction } from "@/db/client";
import type { Role } from "./roles";

export interface Actor {
  type: "user" | "api_key" | "system";
  /** The signed-in user (or the API key's creator); null for the system. */
  userId: string | null;
}

/**
 * What a service needs to act for an organisation. Built by the org-scoped procedure (or by a job
 * for the system), so a service never decides for itself whose data it touches.
 */
export interface ServiceContext {
  /** The database, or an enclosing transaction (the seed, close of business): services then nest savepoints. */
  db: Executor;
  orgId: string;
  role: Role;
  actor: Actor;
  requestId: string;
}

/** One transaction per service call: everything the mutation writes, audit row included, commits together. */
export function inTransaction<T>(ctx: { db: Executor }, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return ctx.db.transaction(work);
}

export type { Executor, Transaction };

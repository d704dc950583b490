import { auditEvents } from "@/db/schema";
import type { Executor } from "@/db/client";
import type { Actor } from "./context";

export interface AuditEntry {
  /** `<entity>.<past-tense verb>`, e.g. `member.role_changed`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEY = /password|secret|token|hash|api_?key/i;

/** Removes anything that looks like a credential before it is stored in the audit log. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? "[redacted]" : redactSecrets(v);
    return out;
  }
  return value;
}

/**
 * Writes the audit row inside the caller's transaction: if the audit insert fails, the change rolls
 * back with it, so there is never a change without its record.
 */
export async function recordAudit(tx: Executor, ctx: { orgId: string; actor: Actor; requestId: string | null }, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    orgId: ctx.orgId,
    actorUserId: ctx.actor.userId,
    actorType: ctx.actor.type,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : redactSecrets(entry.before),
    after: entry.after === undefined ? null : redactSecrets(entry.after),
    requestId: ctx.requestId,
  });
}

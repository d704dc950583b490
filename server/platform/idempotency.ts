import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import type { ServiceContext } from "./context";
import { ConflictError } from "./errors";

/** Keys and their stored answers; plain JSON so a replayed answer is the first one, byte for byte. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Runs `work` once per (organisation, key), inside the caller's transaction. The key row is
 * inserted first: a concurrent request with the same key waits on it and then reads the committed
 * answer; if `work` fails, the key rolls back with everything else, so a failed attempt can be
 * retried with the same key (Stripe's rule). The same key with a different request is a 409.
 */
export async function withIdempotencyKey<T extends JsonValue>(
  tx: Transaction,
  ctx: Pick<ServiceContext, "orgId">,
  claim: { key: string; action: string; request: unknown },
  work: () => Promise<T>,
): Promise<{ response: T; replayed: boolean }> {
  const requestHash = createHash("sha256").update(canonical({ action: claim.action, request: claim.request })).digest("hex");
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ orgId: ctx.orgId, key: claim.key, action: claim.action, requestHash, response: sql`'null'::jsonb` })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 0) {
    const [existing] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.orgId, ctx.orgId), eq(idempotencyKeys.key, claim.key)));
    if (!existing || existing.requestHash !== requestHash) {
      throw new ConflictError(`idempotency key "${claim.key}" was already used for a different request`);
    }
    return { response: existing.response as T, replayed: true };
  }
  const response = await work();
  await tx.update(idempotencyKeys).set({ response }).where(and(eq(idempotencyKeys.orgId, ctx.orgId), eq(idempotencyKeys.key, claim.key)));
  return { response, replayed: false };
}

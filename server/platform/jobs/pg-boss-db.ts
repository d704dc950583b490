import { sql, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import type { Executor } from "@/db/client";

/**
 * pg-boss talks to PostgreSQL through `executeSql(text, values)`. We give it our postgres.js pool
 * (one driver in the whole app) and, for transactional enqueueing, the caller's Drizzle
 * transaction, so a job exists exactly when the change that asked for it commits.
 */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** node-postgres conventions pg-boss relies on: objects become JSON text, dates ISO strings. */
function prepareValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

export function bossDbFromPool(client: postgres.Sql): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const rows = await client.unsafe(text, values.map(prepareValue) as postgres.ParameterOrJSON<never>[]);
        return { rows: Array.from(rows) };
      }
      // Parameterless calls are pg-boss's schema scripts, which hold their own BEGIN/COMMIT:
      // postgres.js allows that only on a connection reserved for the script.
      const reserved = await client.reserve();
      try {
        const result = await reserved.unsafe(text);
        return { rows: Array.from(result) };
      } finally {
        reserved.release();
      }
    },
  };
}

/** Rewrites `$1…$n` placeholders into Drizzle parameters so the statement runs inside `tx`. */
function toDrizzleSql(text: string, values: unknown[]): SQL {
  const pieces = text.split(/(\$\d+)/);
  const chunks: SQL[] = pieces.map((piece) => {
    const match = /^\$(\d+)$/.exec(piece);
    if (!match) return sql.raw(piece);
    return sql`${sql.param(prepareValue(values[Number(match[1]) - 1]))}`;
  });
  return sql.join(chunks);
}

export function bossDbFromTransaction(tx: Executor): BossDb {
  return {
    async executeSql(text, values) {
      const result = await tx.execute(values && values.length > 0 ? toDrizzleSql(text, values) : sql.raw(text));
      return { rows: Array.from(result) as Record<string, unknown>[] };
    },
  };
}

import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  sql: postgres.Sql;
  close(): Promise<void>;
}

/** Opens a pool on `url`. Numeric stays a string (money is never a float); dates stay `YYYY-MM-DD`. */
export function openDatabase(url: string, options: { max?: number } = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    connection: { application_name: "lending-platform" },
  });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

const globalForDb = globalThis as unknown as { lendingDb?: DatabaseHandle };

/**
 * The process's one handle, from DATABASE_URL. `npm run dev` / `npm start` set it (to the embedded
 * server when none is configured). Cached on globalThis so dev hot reloads don't leak pools.
 */
export function getDatabase(): DatabaseHandle {
  if (globalForDb.lendingDb) return globalForDb.lendingDb;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.");
  }
  globalForDb.lendingDb = openDatabase(url);
  return globalForDb.lendingDb;
}

export function getDb(): Database {
  return getDatabase().db;
}

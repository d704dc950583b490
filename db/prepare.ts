import type postgres from "postgres";
import { installJobQueues } from "@/server/platform/jobs/boss";
import type { DatabaseHandle } from "./client";
import { applyMigrations } from "./migrate";

/** Brings a database to the current schema: our migrations, then pg-boss's schema and our queues. */
export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await applyMigrations(handle.db);
  await installJobQueues(handle);
}

/** Creates `database` on the server behind `adminUrl` if it does not exist yet. */
export async function ensureDatabaseExists(adminSql: postgres.Sql, database: string): Promise<void> {
  const rows = await adminSql`select 1 from pg_database where datname = ${database}`;
  if (rows.length === 0) await adminSql.unsafe(`create database "${database.replace(/"/g, '""')}"`);
}

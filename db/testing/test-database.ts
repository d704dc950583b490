import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../client";

/**
 * A fresh, migrated database for the calling test file, dropped when the file ends.
 * Real PostgreSQL: nothing of our own database is mocked.
 */
export async function createTestDatabase(options: { max?: number } = {}): Promise<DatabaseHandle> {
  const { urlPattern, template, prefix } = inject("testDatabase");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(urlPattern.replace("{db}", "postgres"), { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}" template "${template}"`);
  const handle = openDatabase(urlPattern.replace("{db}", name), { max: options.max ?? 5 });
  afterAll(async () => {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return handle;
}

import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../client";

export interface TestDatabase extends DatabaseHandle {
  name: string;
  url: string;
}

/**
 * A fresh, migrated database for the calling test file, dropped when the file ends.
 * Real PostgreSQL: nothing of our own database is mocked.
 */
export async function createTestDatabase(options: { max?: number } = {}): Promise<TestDatabase> {
  return cloneTestDatabase(inject("testDatabase").template, options);
}

/**
 * A copy of `source` (which must have no open connection: close its handle first), dropped when
 * the file ends. Lets a test run the same starting data several times.
 */
export async function cloneTestDatabase(source: string, options: { max?: number } = {}): Promise<TestDatabase> {
  const { urlPattern, prefix } = inject("testDatabase");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(urlPattern.replace("{db}", "postgres"), { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}" template "${source}"`);
  const url = urlPattern.replace("{db}", name);
  const handle = openDatabase(url, { max: options.max ?? 5 });
  afterAll(async () => {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return { ...handle, name, url };
}

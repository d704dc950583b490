import type { TestProject } from "vitest/node";
import { openDatabase } from "../client";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../embedded";
import { prepareDatabase } from "../prepare";

export interface TestDatabaseInfo {
  /** Connection URL with `{db}` where the database name goes. */
  urlPattern: string;
  template: string;
  prefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseInfo;
  }
}

function patternFrom(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = "/{db}";
  return parsed.toString().replace("%7Bdb%7D", "{db}");
}

/**
 * Once per run: a migrated template database. Each test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE), so files run in parallel and never see each other's rows.
 * Uses the embedded server unless DATABASE_URL points at one (which needs CREATEDB).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: EmbeddedCluster | null = null;
  let urlPattern: string;
  let prefix = "lending_test";
  if (process.env.DATABASE_URL) {
    urlPattern = patternFrom(process.env.DATABASE_URL);
    prefix = `${new URL(process.env.DATABASE_URL).pathname.slice(1) || "lending"}_test`;
  } else {
    cluster = await startEmbeddedPostgres({ name: "test", ephemeralTuning: true });
    urlPattern = cluster.url("{db}");
  }
  const template = `${prefix}_template`;
  const admin = openDatabase(urlPattern.replace("{db}", "postgres"), { max: 1 });
  const leftovers = await admin.sql<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}\\_%`}`;
  for (const { datname } of leftovers) await admin.sql.unsafe(`drop database if exists "${datname}" with (force)`);
  await admin.sql.unsafe(`create database "${template}"`);
  const handle = openDatabase(urlPattern.replace("{db}", template), { max: 2 });
  await prepareDatabase(handle);
  await handle.close();

  project.provide("testDatabase", { urlPattern, template, prefix });
  return async () => {
    await admin.sql.unsafe(`drop database if exists "${template}" with (force)`);
    await admin.close();
    await cluster?.stop();
  };
}

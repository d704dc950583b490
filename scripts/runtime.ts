import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/db/embedded";
import { ensureDatabaseExists, prepareDatabase } from "@/db/prepare";

/**
 * What `npm run dev`, `npm start` and the e2e server share: find or start the database, bring it to
 * the current schema, and hand Next.js its environment.
 */
export interface Runtime {
  databaseUrl: string;
  handle: DatabaseHandle;
  embedded: EmbeddedCluster | null;
  shutdown(): Promise<void>;
}

export function log(message: string): void {
  process.stdout.write(`\u001b[36m[lending]\u001b[0m ${message}\n`);
}

/** A stable development secret, created once under .data/ so sessions survive restarts. */
export function developmentSecret(): string {
  const file = path.resolve(".data", "nextauth-secret");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

export function portFromArgs(args: string[], fallback: number): number {
  const index = args.findIndex((a) => a === "-p" || a === "--port");
  const fromArgs = index >= 0 ? Number(args[index + 1]) : NaN;
  const fromEnv = Number(process.env.PORT);
  return Number.isInteger(fromArgs) && fromArgs > 0 ? fromArgs : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}

export async function openRuntime(options: { embeddedName: string; database: string; fresh?: boolean }): Promise<Runtime> {
  let embedded: EmbeddedCluster | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    log(`using the PostgreSQL server in DATABASE_URL`);
  } else {
    embedded = await startEmbeddedPostgres({ name: options.embeddedName, log });
    const admin = openDatabase(embedded.url("postgres"), { max: 1 });
    if (options.fresh) await admin.sql.unsafe(`drop database if exists "${options.database}" with (force)`);
    await ensureDatabaseExists(admin.sql, options.database);
    await admin.close();
    databaseUrl = embedded.url(options.database);
    log(`embedded PostgreSQL ready (data in .data/${options.embeddedName}/pg)`);
  }
  const handle = openDatabase(databaseUrl, { max: 4 });
  await prepareDatabase(handle);
  log("migrations applied");
  return {
    databaseUrl,
    handle,
    embedded,
    async shutdown() {
      await handle.close();
      await embedded?.stop();
    },
  };
}

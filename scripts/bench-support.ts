import { cpus, totalmem } from "node:os";

/** What every benchmark prints first: the machine its figures come from. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `node ${process.version} · ${process.platform}/${process.arch} · ${cpus().length} × ${cpu} · ${Math.round(totalmem() / 2 ** 30)} GiB`;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function rssMiB(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

/**
 * Runs once when the Next.js server starts (dev and production): starts the job queue's workers in
 * this process, so `npm run dev` and `npm start` need nothing else running.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOB_WORKERS === "off") return;
  const { getDatabase } = await import("./db/client");
  const { startJobWorkers } = await import("./server/platform/jobs/worker");
  await startJobWorkers(getDatabase());
}

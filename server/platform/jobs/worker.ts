import type { DatabaseHandle } from "@/db/client";
import { runAnalysis } from "@/server/analysis/analysis-service";
import { runCloseOfBusiness } from "@/server/lending/cob-run";
import { queueDueCloseOfBusiness } from "@/server/lending/cob-service";
import { deliverEmail } from "../email/outbox";
import { createBoss } from "./boss";
import { QUEUES } from "./queues";

interface EmailJob {
  orgId: string | null;
  emailId: string;
}

interface AnalysisJob {
  orgId: string;
  analysisId: string;
}

interface CobJob {
  orgId: string;
  until: string;
  startedBy: string | null;
}

/**
 * Starts the queue's workers in this process (the app server: `npm run dev` / `npm start`).
 * A failed handler makes pg-boss retry with the queue's backoff; the Jobs page shows attempts.
 */
export async function startJobWorkers(handle: DatabaseHandle): Promise<() => Promise<void>> {
  const boss = createBoss(handle, { supervise: true });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  await boss.work<EmailJob>(QUEUES.emailSend.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await deliverEmail(handle.db, job.data.emailId);
  });
  await boss.work<AnalysisJob>(QUEUES.analysisRun.name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await runAnalysis(handle.db, job.data.analysisId);
  });
  await boss.work<CobJob>(QUEUES.cobRun.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await runCloseOfBusiness(handle, job.data.orgId, { trigger: job.data.startedBy ? "officer" : "schedule", startedBy: job.data.startedBy, until: job.data.until });
  });
  await boss.work(QUEUES.cobSchedule.name, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    await queueDueCloseOfBusiness(handle);
  });
  // The end-to-end server closes days only when a test asks: a scheduled run at 23:30 would race it.
  if (process.env.COB_SCHEDULE === "off") await boss.unschedule(QUEUES.cobSchedule.name);
  else await boss.schedule(QUEUES.cobSchedule.name, "*/15 * * * *", { orgId: null });
  return () => boss.stop({ graceful: true, close: false, timeout: 10_000 });
}

import PgBoss from "pg-boss";
import type { DatabaseHandle, Executor } from "@/db/client";
import { bossDbFromPool, bossDbFromTransaction } from "./pg-boss-db";
import { JOB_SCHEMA, QUEUES, type QueueName } from "./queues";

/** A pg-boss instance on our postgres.js pool (one driver in the whole app). */
export function createBoss(handle: DatabaseHandle, options: { supervise?: boolean } = {}): PgBoss {
  return new PgBoss({
    db: bossDbFromPool(handle.sql),
    schema: JOB_SCHEMA,
    supervise: options.supervise ?? false,
    schedule: options.supervise ?? false,
    migrate: true,
  });
}

/** Installs pg-boss's schema and our queues; runs with the migrations. */
export async function installJobQueues(handle: DatabaseHandle): Promise<void> {
  const boss = createBoss(handle);
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const queue of Object.values(QUEUES)) {
    const policy = {
      name: queue.name,
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelay,
      retryBackoff: queue.retryBackoff,
      expireInSeconds: queue.expireInSeconds,
    };
    if (existing.has(queue.name)) await boss.updateQueue(queue.name, policy);
    else await boss.createQueue(queue.name, policy);
  }
  await boss.stop({ graceful: false, close: false });
}

export interface JobPayload {
  /** Every job names its organisation, so the Jobs page shows each organisation only its own. */
  orgId: string | null;
  [key: string]: unknown;
}

/**
 * Only builds inserts: every send passes the caller's transaction as its connection, so this
 * instance never opens or uses a pool of its own.
 */
const sender = new PgBoss({
  db: {
    executeSql: () => Promise.reject(new Error("the job sender runs only inside a caller's transaction")),
  },
  schema: JOB_SCHEMA,
  supervise: false,
  schedule: false,
  migrate: false,
});

/** Enqueues inside the caller's transaction: if it rolls back, the job was never sent. */
export async function enqueueJob(tx: Executor, queue: QueueName, data: JobPayload, options: { startAfterSeconds?: number } = {}): Promise<string> {
  const id = await sender.send(queue, data, {
    db: bossDbFromTransaction(tx),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
  if (!id) throw new Error(`queue ${queue} refused the job`);
  return id;
}

/** Puts a failed job back in the queue (one more attempt), inside the caller's transaction. */
export async function retryFailedJob(tx: Executor, queue: string, jobId: string): Promise<void> {
  await sender.retry(queue, jobId, { db: bossDbFromTransaction(tx) });
}

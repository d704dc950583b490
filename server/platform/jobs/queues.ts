/**
 * Every queue the app uses, with its retry policy. Created at migration time so that sending never
 * races queue creation (pg-boss 10 refuses jobs for unknown queues).
 */
export interface QueueDefinition {
  name: string;
  retryLimit: number;
  /** Seconds before the first retry; doubled on each attempt when `retryBackoff` is on. */
  retryDelay: number;
  retryBackoff: boolean;
  /** Seconds a single attempt may run before pg-boss counts it as failed. */
  expireInSeconds: number;
}

export const QUEUES = {
  emailSend: { name: "email-send", retryLimit: 5, retryDelay: 15, retryBackoff: true, expireInSeconds: 120 },
  analysisRun: { name: "analysis-run", retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  /** One organisation's close of business, up to a date; resumable, so a retry continues the run. */
  cobRun: { name: "cob-run", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 3600 },
  /** Every quarter of an hour: queues the close of business of each organisation whose time has come. */
  cobSchedule: { name: "cob-schedule", retryLimit: 1, retryDelay: 60, retryBackoff: false, expireInSeconds: 300 },
} as const satisfies Record<string, QueueDefinition>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

export const JOB_SCHEMA = "pgboss";

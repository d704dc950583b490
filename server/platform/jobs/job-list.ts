import { sql } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../audit";
import { inTransaction, type ServiceContext } from "../context";
import { InvalidStateError, NotFoundError } from "../errors";
import { retryFailedJob } from "./boss";
import { JOB_STATES, type JobState } from "./job-states";
import { JOB_SCHEMA } from "./queues";

export const ZListJobs = z.object({
  state: z.enum(JOB_STATES).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const ZJobRef = z.object({ jobId: z.uuid() });

export interface JobView {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  lastError: string | null;
}

function errorMessageOf(output: unknown): string | null {
  if (output && typeof output === "object" && "message" in output && typeof output.message === "string") return output.message;
  return null;
}

type JobRow = Record<string, unknown> & { id: string; name: string; state: JobView["state"] };

/** The organisation's jobs, live and archived, newest first. pg-boss's tables are read directly: they are ours. */
export async function listJobs(ctx: ServiceContext, input: z.infer<typeof ZListJobs>): Promise<JobView[]> {
  const schema = sql.raw(JOB_SCHEMA);
  const stateFilter = input.state ? sql`and state = ${input.state}` : sql``;
  const rows = await ctx.db.execute<JobRow>(sql`
    select id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, output from (
      select id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, output, data from ${schema}.job
      union all
      select id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, output, data from ${schema}.archive
    ) jobs
    where data->>'orgId' = ${ctx.orgId} ${stateFilter}
    order by created_on desc
    limit ${input.limit}`);
  return Array.from(rows, (row) => ({
    id: row.id,
    name: row.name,
    state: row.state,
    attempts: Number(row.retry_count) + (row.started_on ? 1 : 0),
    retryLimit: Number(row.retry_limit),
    createdOn: new Date(String(row.created_on)),
    startedOn: row.started_on ? new Date(String(row.started_on)) : null,
    completedOn: row.completed_on ? new Date(String(row.completed_on)) : null,
    lastError: errorMessageOf(row.output),
  }));
}

/** Retries a failed job of this organisation. */
export async function retryJob(ctx: ServiceContext, input: z.infer<typeof ZJobRef>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const rows = await tx.execute<{ name: string; state: string }>(
      sql`select name, state from ${sql.raw(JOB_SCHEMA)}.job where id = ${input.jobId} and data->>'orgId' = ${ctx.orgId} for update`,
    );
    const job = rows[0];
    if (!job) throw new NotFoundError("job", input.jobId);
    if (job.state !== "failed") throw new InvalidStateError("job", job.state, "retry it");
    await retryFailedJob(tx, job.name, input.jobId);
    await recordAudit(tx, ctx, { action: "job.retried", entityType: "job", entityId: input.jobId, after: { name: job.name } });
  });
}

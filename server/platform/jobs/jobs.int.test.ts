import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { createHarness, type Harness } from "@/server/testing/harness";
import { createBoss } from "./boss";
import { QUEUES } from "./queues";
import { startJobWorkers } from "./worker";

let h: Harness;
let stopWorkers: () => Promise<void>;
beforeAll(async () => {
  h = await createHarness();
  stopWorkers = await startJobWorkers(h.handle);
});
afterAll(async () => {
  await stopWorkers();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function outboxRow(to: string) {
  const [row] = await h.handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
  return row;
}

describe("the job queue", () => {
  it("delivers an invitation email through a job, visible on the Jobs page", async () => {
    const admin = h.callerAs("admin");
    await admin.team.invite({ email: "queued@example.com", role: "viewer" });
    const sent = await waitFor(async () => {
      const row = await outboxRow("queued@example.com");
      return row?.status === "sent" ? row : undefined;
    }, "the email to be sent");
    expect(sent).toMatchObject({ transport: "outbox", attempts: 1, lastError: null });
    const jobs = await admin.jobs.list({ limit: 10 });
    expect(jobs.some((job) => job.name === QUEUES.emailSend.name && job.state === "completed")).toBe(true);
  });

  it("retries a failing delivery with backoff and shows the attempt and its error", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port: connection refused
    const admin = h.callerAs("admin");
    await admin.team.invite({ email: "bounce@example.com", role: "viewer" });
    const failed = await waitFor(async () => {
      const row = await outboxRow("bounce@example.com");
      return row?.status === "failed" ? row : undefined;
    }, "the delivery to fail");
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    const job = await waitFor(async () => (await admin.jobs.list({ state: "retry", limit: 10 }))[0], "the job to wait for its retry");
    expect(job).toMatchObject({ name: QUEUES.emailSend.name, state: "retry", retryLimit: QUEUES.emailSend.retryLimit });
    expect(job.attempts).toBeGreaterThanOrEqual(1);
    expect(job.lastError).toMatch(/ECONNREFUSED|connect/i);
    delete process.env.SMTP_URL;
  });

  it("lets an admin retry a job that ran out of attempts, and only a failed one", async () => {
    await stopWorkers(); // no worker may pick the job up while we fail it by hand
    const admin = h.callerAs("admin");
    await admin.team.invite({ email: "exhausted@example.com", role: "viewer" });
    const [pending] = await admin.jobs.list({ state: "created", limit: 1 });
    if (!pending) throw new Error("no job was created for the invitation");
    // Run out its attempts the way a worker would: take it, fail it, until pg-boss gives up.
    const boss = createBoss(h.handle);
    for (let attempt = 0; attempt <= QUEUES.emailSend.retryLimit; attempt++) {
      const jobs = await boss.fetch(QUEUES.emailSend.name, { ignoreStartAfter: true, batchSize: 10 });
      expect(jobs.map((job) => job.id)).toContain(pending.id);
      for (const job of jobs) await boss.fail(QUEUES.emailSend.name, job.id, { message: "gave up" });
    }
    const failedJob = (await admin.jobs.list({ state: "failed", limit: 10 })).find((job) => job.id === pending.id);
    expect(failedJob).toMatchObject({ id: pending.id, lastError: "gave up" });

    await expect(h.callerAs("credit_officer").jobs.retry({ jobId: pending.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await admin.jobs.retry({ jobId: pending.id });
    const after = (await admin.jobs.list({ limit: 20 })).find((job) => job.id === pending.id);
    expect(after?.state).toBe("retry");
    await expect(admin.jobs.retry({ jobId: pending.id })).rejects.toMatchObject({ code: "CONFLICT", message: "cannot retry it: the job is retry" });
  });
});

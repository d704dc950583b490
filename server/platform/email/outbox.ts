import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database, Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { enqueueJob } from "../jobs/boss";
import { QUEUES } from "../jobs/queues";

export interface OutgoingEmail {
  orgId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  actionUrl?: string;
}

/**
 * Emails go through the outbox: the row and its delivery job are written in the caller's
 * transaction, and a worker delivers it (retried with backoff on failure).
 */
export async function queueEmail(tx: Executor, email: OutgoingEmail): Promise<string> {
  const [row] = await tx
    .insert(emailOutbox)
    .values({
      orgId: email.orgId,
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      actionUrl: email.actionUrl ?? null,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("outbox insert returned nothing");
  await enqueueJob(tx, QUEUES.emailSend.name, { orgId: email.orgId, emailId: row.id });
  return row.id;
}

function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

/**
 * Delivers one outbox email. With SMTP_URL, through SMTP; without it the outbox row is the
 * delivery (development and tests read it on the Outbox page). Safe to run twice.
 */
export async function deliverEmail(db: Database, emailId: string): Promise<void> {
  const email = await db.query.emailOutbox.findFirst({ where: eq(emailOutbox.id, emailId) });
  if (!email || email.status === "sent") return;
  const url = smtpUrl();
  try {
    if (url) {
      const transport = nodemailer.createTransport(url);
      await transport.sendMail({
        from: process.env.EMAIL_FROM ?? "Lending platform <no-reply@localhost>",
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
      });
    }
    await db
      .update(emailOutbox)
      .set({ status: "sent", transport: url ? "smtp" : "outbox", sentAt: new Date(), attempts: email.attempts + 1, lastError: null })
      .where(eq(emailOutbox.id, emailId));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(emailOutbox)
      .set({ status: "failed", attempts: email.attempts + 1, lastError: message })
      .where(eq(emailOutbox.id, emailId));
    throw error;
  }
}

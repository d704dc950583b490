import { desc, eq } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import type { ServiceContext } from "../context";

/** The organisation's sent and pending emails (development reads invitation links here). */
export async function listOutbox(ctx: ServiceContext) {
  return ctx.db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      text: emailOutbox.textBody,
      actionUrl: emailOutbox.actionUrl,
      status: emailOutbox.status,
      transport: emailOutbox.transport,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.orgId, ctx.orgId))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(100);
}

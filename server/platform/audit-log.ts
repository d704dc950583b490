import { and, desc, eq, gte, like, lt, lte, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditEvents, users } from "@/db/schema";
import { isIsoDate } from "@/server/shared/dates";
import type { ServiceContext } from "./context";

const ZIsoDate = z.string().refine(isIsoDate, "must be a date as YYYY-MM-DD");

export const ZListAuditEvents = z.object({
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(100).optional(),
  actorUserId: z.uuid().optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Id of the last row of the previous page (the log only grows, so ids page stably). */
  cursor: z.number().int().positive().optional(),
});

/** The audit log, newest first, filtered; `action` matches a prefix (`member.` finds every member action). */
export async function listAuditEvents(ctx: ServiceContext, input: z.infer<typeof ZListAuditEvents>) {
  const filters: SQL[] = [eq(auditEvents.orgId, ctx.orgId)];
  if (input.action) filters.push(like(auditEvents.action, `${input.action.replace(/[%_\\]/g, "\\$&")}%`));
  if (input.entityType) filters.push(eq(auditEvents.entityType, input.entityType));
  if (input.entityId) filters.push(eq(auditEvents.entityId, input.entityId));
  if (input.actorUserId) filters.push(eq(auditEvents.actorUserId, input.actorUserId));
  if (input.from) filters.push(gte(auditEvents.createdAt, new Date(`${input.from}T00:00:00Z`)));
  if (input.to) filters.push(lte(auditEvents.createdAt, new Date(`${input.to}T23:59:59.999Z`)));
  if (input.cursor) filters.push(lt(auditEvents.id, input.cursor));
  const rows = await ctx.db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      actorType: auditEvents.actorType,
      actorName: users.name,
      actorEmail: users.email,
      before: auditEvents.before,
      after: auditEvents.after,
      requestId: auditEvents.requestId,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...filters))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit + 1);
  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  return { events: page, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}

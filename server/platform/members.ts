import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { inTransaction, type ServiceContext } from "./context";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { ROLES, type Role } from "./roles";

export const ZMemberRef = z.object({ userId: z.uuid() });
export const ZChangeMemberRole = ZMemberRef.extend({ role: z.enum(ROLES) });
export const ZSetMemberStatus = ZMemberRef.extend({ status: z.enum(["active", "disabled"]) });

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: Role;
  status: "active" | "disabled";
  joinedAt: Date;
  lastSignInAt: Date | null;
}

export async function listMembers(ctx: ServiceContext): Promise<MemberView[]> {
  return ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      status: memberships.status,
      joinedAt: memberships.createdAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, ctx.orgId))
    .orderBy(asc(users.name));
}

/**
 * Locks the organisation's owner rows before reading them, so two owners demoting each other at
 * the same moment cannot leave the organisation with none.
 */
async function countOtherActiveOwners(tx: Transaction, orgId: string, exceptUserId: string): Promise<number> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner"), eq(memberships.status, "active"), sql`${memberships.userId} <> ${exceptUserId}`))
    .for("update");
  return rows.length;
}

async function lockMember(tx: Transaction, ctx: ServiceContext, userId: string) {
  const [member] = await tx
    .select({ role: memberships.role, status: memberships.status, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)))
    .for("update", { of: memberships });
  if (!member) throw new NotFoundError("member", userId);
  return member;
}

function assertMayManage(ctx: ServiceContext, targetRole: Role, newRole?: Role): void {
  if (ctx.role !== "owner" && (targetRole === "owner" || newRole === "owner")) {
    throw new ForbiddenError("only an owner can change an owner or make someone an owner");
  }
}

/** Changes a member's role. Owners are managed by owners only; the last owner cannot be demoted. */
export async function changeMemberRole(ctx: ServiceContext, input: z.infer<typeof ZChangeMemberRole>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const member = await lockMember(tx, ctx, input.userId);
    assertMayManage(ctx, member.role, input.role);
    if (member.role === input.role) return;
    if (member.role === "owner" && member.status === "active" && (await countOtherActiveOwners(tx, ctx.orgId, input.userId)) === 0) {
      throw new ConflictError(`${member.email} is the last owner: make another member owner first`);
    }
    await tx
      .update(memberships)
      .set({ role: input.role, updatedAt: new Date() })
      .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, ctx, {
      action: "member.role_changed",
      entityType: "member",
      entityId: input.userId,
      before: { role: member.role },
      after: { role: input.role },
    });
  });
}

/** Disables or re-enables a member of this organisation (their other organisations are untouched). */
export async function setMemberStatus(ctx: ServiceContext, input: z.infer<typeof ZSetMemberStatus>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const member = await lockMember(tx, ctx, input.userId);
    assertMayManage(ctx, member.role);
    if (member.status === input.status) return;
    if (input.status === "disabled" && member.role === "owner" && (await countOtherActiveOwners(tx, ctx.orgId, input.userId)) === 0) {
      throw new ConflictError(`${member.email} is the last owner and cannot be disabled`);
    }
    await tx
      .update(memberships)
      .set({ status: input.status, updatedAt: new Date() })
      .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, ctx, {
      action: input.status === "disabled" ? "member.disabled" : "member.enabled",
      entityType: "member",
      entityId: input.userId,
      before: { status: member.status },
      after: { status: input.status },
    });
  });
}

import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { invitations, memberships, organisations, users } from "@/db/schema";
import { appUrl } from "./app-url";
import { recordAudit } from "./audit";
import { inTransaction, type ServiceContext } from "./context";
import { queueEmail } from "./email/outbox";
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from "./errors";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { ROLE_LABELS, ROLES, type Role } from "./roles";
import { normaliseEmail } from "./sign-in";

const INVITATION_DAYS = 7;

export const ZInviteMember = z.object({ email: z.email().max(254), role: z.enum(ROLES) });
export const ZInvitationRef = z.object({ invitationId: z.uuid() });
export const ZInvitationToken = z.object({ token: z.string().min(20).max(200) });
export const ZAcceptInvitation = ZInvitationToken.extend({
  name: z.string().trim().min(1).max(120).optional(),
  password: z.string().min(1).max(200),
});

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Invites someone by email with a role. The email goes out through the outbox job queue in the same
 * transaction; a newer invitation to the same address replaces any pending one.
 */
export async function inviteMember(ctx: ServiceContext, input: z.infer<typeof ZInviteMember>): Promise<{ invitationId: string }> {
  if (input.role === "owner" && ctx.role !== "owner") throw new ForbiddenError("only an owner can invite another owner");
  const email = normaliseEmail(input.email);
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx
      .select({ status: memberships.status })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, ctx.orgId), eq(users.email, email)));
    if (existing?.status === "active") throw new ConflictError(`${email} is already a member of this organisation`);
    if (existing) throw new ConflictError(`${email} is a disabled member: enable them on the team page instead`);

    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.orgId, ctx.orgId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));

    const token = randomBytes(32).toString("base64url");
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, ctx.orgId));
    const [invitation] = await tx
      .insert(invitations)
      .values({
        orgId: ctx.orgId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: ctx.actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .returning({ id: invitations.id });
    if (!invitation || !org) throw new Error("invitation insert returned nothing");

    const link = `${appUrl()}/invite/${token}`;
    await queueEmail(tx, {
      orgId: ctx.orgId,
      kind: "invitation",
      to: email,
      subject: `You are invited to ${org.name}`,
      text: `You have been invited to join ${org.name} as ${ROLE_LABELS[input.role]}.\n\nAccept the invitation: ${link}\n\nThe link expires in ${INVITATION_DAYS} days.`,
      actionUrl: link,
    });
    await recordAudit(tx, ctx, { action: "member.invited", entityType: "invitation", entityId: invitation.id, after: { email, role: input.role } });
    return { invitationId: invitation.id };
  });
}

export async function listPendingInvitations(ctx: ServiceContext) {
  return ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.orgId, ctx.orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(ctx: ServiceContext, input: z.infer<typeof ZInvitationRef>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.orgId, ctx.orgId)))
      .for("update");
    if (!row) throw new NotFoundError("invitation", input.invitationId);
    if (row.acceptedAt) throw new InvalidStateError("invitation", "accepted", "revoke it");
    if (row.revokedAt) return;
    await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, row.id));
    await recordAudit(tx, ctx, { action: "member.invitation_revoked", entityType: "invitation", entityId: row.id, before: { email: row.email, role: row.role } });
  });
}

export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

export interface InvitationView {
  orgName: string;
  email: string;
  role: Role;
  state: InvitationState;
  accountExists: boolean;
}

function stateOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= new Date() ? "expired" : "pending";
}

/** What the public invitation page shows; the token is the only credential. */
export async function getInvitation(db: Database, token: string): Promise<InvitationView> {
  const [row] = await db
    .select({ invitation: invitations, orgName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) throw new NotFoundError("invitation", "for this link");
  const account = await db.query.users.findFirst({ where: eq(users.email, row.invitation.email), columns: { id: true } });
  return { orgName: row.orgName, email: row.invitation.email, role: row.invitation.role, state: stateOf(row.invitation), accountExists: Boolean(account) };
}

/**
 * Accepts an invitation: creates the account (name + password) or, for an existing account, checks
 * its password; then adds the membership. The invitation row is locked so a link works once.
 */
export async function acceptInvitation(db: Database, input: z.infer<typeof ZAcceptInvitation>): Promise<{ email: string; orgId: string }> {
  return db.transaction(async (tx) => {
    const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(input.token))).for("update");
    if (!invitation) throw new NotFoundError("invitation", "for this link");
    const state = stateOf(invitation);
    if (state !== "pending") throw new InvalidStateError("invitation", state, "accept it");

    let user = await tx.query.users.findFirst({ where: eq(users.email, invitation.email) });
    if (user) {
      if (!(await verifyPassword(input.password, user.passwordHash))) throw new ValidationError("password", "is not the password of this account");
    } else {
      if (!input.name) throw new ValidationError("name", "is required to create your account");
      if (input.password.length < MIN_PASSWORD_LENGTH) throw new ValidationError("password", `must be at least ${MIN_PASSWORD_LENGTH} characters`);
      [user] = await tx.insert(users).values({ email: invitation.email, name: input.name, passwordHash: await hashPassword(input.password) }).returning();
    }
    if (!user) throw new Error("user insert returned nothing");

    await tx
      .insert(memberships)
      .values({ orgId: invitation.orgId, userId: user.id, role: invitation.role })
      .onConflictDoUpdate({ target: [memberships.orgId, memberships.userId], set: { role: invitation.role, status: "active", updatedAt: new Date() } });
    await tx.update(invitations).set({ acceptedAt: new Date(), acceptedUserId: user.id }).where(eq(invitations.id, invitation.id));
    await recordAudit(
      tx,
      { orgId: invitation.orgId, actor: { type: "user", userId: user.id }, requestId: null },
      { action: "member.joined", entityType: "member", entityId: user.id, after: { email: user.email, role: invitation.role } },
    );
    return { email: user.email, orgId: invitation.orgId };
  });
}

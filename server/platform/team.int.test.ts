import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, memberships } from "@/db/schema";
import { createHarness, type Harness } from "@/server/testing/harness";
import { authenticate } from "./sign-in";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});

function tokenFrom(url: string | null): string {
  const token = url?.split("/invite/")[1];
  if (!token) throw new Error(`no invitation link in ${url}`);
  return token;
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await h.handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.id);
  return rows.map((r) => r.action);
}

describe("invite → accept → role change", () => {
  it("runs end to end and writes the audit trail", async () => {
    const admin = h.callerAs("admin");
    const { invitationId } = await admin.team.invite({ email: "Nomsa.Dlamini@Example.com", role: "viewer" });

    const [email] = await h.handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "nomsa.dlamini@example.com"));
    expect(email?.subject).toBe("You are invited to Demo Lender");
    expect(await admin.team.invitations()).toEqual([expect.objectContaining({ id: invitationId, email: "nomsa.dlamini@example.com", role: "viewer" })]);

    const anonymous = h.callerFor(null);
    const token = tokenFrom(email?.actionUrl ?? null);
    expect(await anonymous.invitation.get({ token })).toMatchObject({ orgName: "Demo Lender", state: "pending", accountExists: false });
    await expect(anonymous.invitation.accept({ token, name: "Nomsa Dlamini", password: "short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "password: must be at least 10 characters",
    });
    const joined = await anonymous.invitation.accept({ token, name: "Nomsa Dlamini", password: "a long enough password" });
    expect(joined.orgId).toBe(h.seed.demoOrgId);
    await expect(anonymous.invitation.accept({ token, name: "Again", password: "a long enough password" })).rejects.toMatchObject({ code: "CONFLICT" });

    const signIn = await authenticate(h.handle.db, "nomsa.dlamini@example.com", "a long enough password");
    expect(signIn.ok).toBe(true);
    const userId = signIn.ok ? signIn.user.id : "";
    expect(await h.callerFor({ userId, orgId: h.seed.demoOrgId }).team.list()).toHaveLength(5);

    await admin.team.changeRole({ userId, role: "credit_officer" });
    const [membership] = await h.handle.db.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.orgId, h.seed.demoOrgId)));
    expect(membership?.role).toBe("credit_officer");

    expect(await auditActions(invitationId)).toEqual(["member.invited"]);
    expect(await auditActions(userId)).toEqual(["member.joined", "member.role_changed"]);
    const [roleChange] = await h.handle.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, "member.role_changed")));
    expect(roleChange).toMatchObject({ actorUserId: h.seed.users.admin.id, before: { role: "viewer" }, after: { role: "credit_officer" }, requestId: expect.any(String) });
  });

  it("lets an existing account join a second organisation with its own password", async () => {
    const owner = h.callerAs("owner", h.seed.secondOrgId);
    await owner.team.invite({ email: "viewer@demo.test", role: "admin" });
    const [email] = await h.handle.db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, "viewer@demo.test"), eq(emailOutbox.orgId, h.seed.secondOrgId)));
    const token = tokenFrom(email?.actionUrl ?? null);
    const anonymous = h.callerFor(null);
    expect(await anonymous.invitation.get({ token })).toMatchObject({ accountExists: true, orgName: "Karoo Credit" });
    await expect(anonymous.invitation.accept({ token, password: "wrong password" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await anonymous.invitation.accept({ token, password: "demo-password-1" });
    const viewerInSecond = h.callerFor({ userId: h.seed.users.viewer.id, orgId: h.seed.secondOrgId });
    expect((await viewerInSecond.organisation.current()).role).toBe("admin");
    expect(await h.callerAs("viewer").organisation.mine()).toHaveLength(2);
  });
});

describe("team rules", () => {
  it("refuses to invite someone who is already a member", async () => {
    await expect(h.callerAs("admin").team.invite({ email: "officer@demo.test", role: "viewer" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "officer@demo.test is already a member of this organisation",
    });
  });

  it("keeps owners in owners' hands", async () => {
    const admin = h.callerAs("admin");
    await expect(admin.team.invite({ email: "boss@example.com", role: "owner" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(admin.team.changeRole({ userId: h.seed.users.owner.id, role: "viewer" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(admin.team.changeRole({ userId: h.seed.users.credit_officer.id, role: "owner" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never removes or demotes the last owner", async () => {
    const owner = h.callerAs("owner");
    await expect(owner.team.changeRole({ userId: h.seed.users.owner.id, role: "admin" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "owner@demo.test is the last owner: make another member owner first",
    });
    await expect(owner.team.setStatus({ userId: h.seed.users.owner.id, status: "disabled" })).rejects.toMatchObject({ code: "CONFLICT" });
    // With a second owner, the first can step down.
    await owner.team.changeRole({ userId: h.seed.users.admin.id, role: "owner" });
    await owner.team.changeRole({ userId: h.seed.users.owner.id, role: "admin" });
    await h.callerAs("admin").team.changeRole({ userId: h.seed.users.owner.id, role: "owner" });
    await h.callerAs("owner").team.changeRole({ userId: h.seed.users.admin.id, role: "admin" });
  });

  it("cuts a disabled member off at once and lets them back when enabled", async () => {
    const admin = h.callerAs("admin");
    const officer = h.callerAs("credit_officer");
    await admin.team.setStatus({ userId: h.seed.users.credit_officer.id, status: "disabled" });
    await expect(officer.team.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await admin.team.setStatus({ userId: h.seed.users.credit_officer.id, status: "active" });
    expect((await officer.team.list()).length).toBeGreaterThan(0);
    expect(await auditActions(h.seed.users.credit_officer.id)).toEqual(expect.arrayContaining(["member.disabled", "member.enabled"]));
  });

  it("revokes a pending invitation so its link stops working", async () => {
    const admin = h.callerAs("admin");
    const { invitationId } = await admin.team.invite({ email: "temp@example.com", role: "viewer" });
    const [email] = await h.handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "temp@example.com"));
    await admin.team.revokeInvitation({ invitationId });
    const token = tokenFrom(email?.actionUrl ?? null);
    expect(await h.callerFor(null).invitation.get({ token })).toMatchObject({ state: "revoked" });
    await expect(h.callerFor(null).invitation.accept({ token, name: "T", password: "long enough password" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

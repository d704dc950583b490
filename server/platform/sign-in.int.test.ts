import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, users } from "@/db/schema";
import { createHarness, type Harness } from "@/server/testing/harness";
import { DEMO_PASSWORD } from "./demo-accounts";
import { authenticate, GENERIC_SIGN_IN_ERROR, LOCKED_SIGN_IN_ERROR } from "./sign-in";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});

const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

describe("sign-in", () => {
  it("signs in with the right password, case-insensitively on the email, into the first organisation", async () => {
    const result = await authenticate(h.handle.db, "  Admin@Demo.TEST ", DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.defaultOrg).toEqual({ orgId: h.seed.demoOrgId, role: "admin" });
  });

  it("gives one generic message for a wrong password and for an unknown email", async () => {
    const wrong = await authenticate(h.handle.db, "viewer@demo.test", "not the password");
    const unknown = await authenticate(h.handle.db, "nobody@demo.test", "whatever");
    expect(wrong).toEqual({ ok: false, reason: "invalid", message: GENERIC_SIGN_IN_ERROR });
    expect(unknown).toEqual({ ok: false, reason: "invalid", message: GENERIC_SIGN_IN_ERROR });
  });

  it("locks an email for 15 minutes after 5 failures within 15 minutes, then lets it in again", async () => {
    const t0 = new Date("2030-01-01T08:00:00Z");
    const email = "officer@demo.test";
    for (let i = 0; i < 4; i++) {
      expect((await authenticate(h.handle.db, email, "bad", minutes(t0, i))).ok).toBe(false);
    }
    const fifth = await authenticate(h.handle.db, email, "bad", minutes(t0, 4));
    expect(fifth).toMatchObject({ ok: false, reason: "locked", message: LOCKED_SIGN_IN_ERROR });

    // The right password is refused while locked, and does not extend the lock.
    expect(await authenticate(h.handle.db, email, DEMO_PASSWORD, minutes(t0, 10))).toMatchObject({ reason: "locked" });
    expect(await authenticate(h.handle.db, email, DEMO_PASSWORD, minutes(t0, 18))).toMatchObject({ reason: "locked" });
    const after = await authenticate(h.handle.db, email, DEMO_PASSWORD, minutes(t0, 19.5));
    expect(after.ok).toBe(true);

    // Failures before the lock ended do not count again: one new failure does not re-lock.
    expect(await authenticate(h.handle.db, email, "bad", minutes(t0, 20))).toMatchObject({ reason: "invalid" });
  });

  it("does not lock for failures spread beyond the 15-minute window", async () => {
    const t0 = new Date("2031-01-01T08:00:00Z");
    for (let i = 0; i < 8; i++) {
      expect(await authenticate(h.handle.db, "owner@demo.test", "bad", minutes(t0, i * 4))).toMatchObject({ reason: "invalid" });
    }
  });

  it("locks unknown emails the same way, so lockouts reveal nothing", async () => {
    const t0 = new Date("2032-01-01T08:00:00Z");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await authenticate(h.handle.db, "ghost@demo.test", "bad", minutes(t0, i)));
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);
  });

  it("refuses a disabled user with the generic message and records every attempt", async () => {
    await h.handle.db.update(users).set({ disabled: true }).where(eq(users.email, "viewer@demo.test"));
    const result = await authenticate(h.handle.db, "viewer@demo.test", DEMO_PASSWORD, new Date("2033-01-01T00:00:00Z"));
    expect(result).toMatchObject({ ok: false, message: GENERIC_SIGN_IN_ERROR });
    const attempts = await h.handle.db.select().from(loginAttempts).where(eq(loginAttempts.email, "viewer@demo.test"));
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    await h.handle.db.update(users).set({ disabled: false }).where(eq(users.email, "viewer@demo.test"));
  });
});

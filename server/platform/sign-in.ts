import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginAttempts, loginLockouts, memberships, users } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "./roles";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCKOUT_MINUTES = 15;

/** One message for an unknown email and a wrong password, so sign-in never tells which emails exist. */
export const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect.";
export const LOCKED_SIGN_IN_ERROR = `Too many failed attempts. Try again in ${LOCKOUT_MINUTES} minutes.`;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string }; defaultOrg: { orgId: string; role: Role } | null }
  | { ok: false; reason: "invalid" | "locked"; message: string };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a password with a per-email lockout kept in the database (so it holds across processes
 * and restarts): after 5 failures within 15 minutes, the email is refused for 15 minutes. Failures
 * before the last success or the end of the last lockout do not count again.
 */
export async function authenticate(db: Database, rawEmail: string, password: string, now: Date = new Date()): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const lock = await db.query.loginLockouts.findFirst({ where: eq(loginLockouts.email, email) });
  if (lock && lock.lockedUntil > now) return { ok: false, reason: "locked", message: LOCKED_SIGN_IN_ERROR };

  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = Boolean(user && passwordOk && !user.disabled);

  return db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ email, succeeded, createdAt: now });
    if (!succeeded || !user) {
      const [lastSuccess] = await tx
        .select({ at: loginAttempts.createdAt })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true)))
        .orderBy(desc(loginAttempts.createdAt))
        .limit(1);
      const from = new Date(
        Math.max(now.getTime() - WINDOW_MINUTES * 60_000, lock?.lockedUntil.getTime() ?? 0, lastSuccess?.at.getTime() ?? 0),
      );
      const [counted] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, from)));
      if ((counted?.n ?? 0) >= MAX_FAILURES) {
        const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
        await tx.insert(loginLockouts).values({ email, lockedUntil }).onConflictDoUpdate({ target: loginLockouts.email, set: { lockedUntil } });
        return { ok: false, reason: "locked", message: LOCKED_SIGN_IN_ERROR } as const;
      }
      return { ok: false, reason: "invalid", message: GENERIC_SIGN_IN_ERROR } as const;
    }
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    const [first] = await tx
      .select({ orgId: memberships.orgId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.status, "active")))
      .orderBy(asc(memberships.createdAt))
      .limit(1);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name }, defaultOrg: first ?? null } as const;
  });
}

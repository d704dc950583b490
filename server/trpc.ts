/**
 * The procedure ladder. Every procedure climbs it, so no router checks a session or a role by hand:
 *
 *   publicProcedure → authedProcedure (a session) → orgProcedure (an active membership: ctx.svc)
 *   → roleProcedure(minimum role)
 *
 * Domain errors thrown anywhere below are mapped here, once, to tRPC codes (and so to HTTP statuses).
 */
import { randomUUID } from "node:crypto";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Database } from "@/db/client";
import type { ServiceContext } from "./platform/context";
import { DomainError, type DomainErrorCode, ValidationError } from "./platform/errors";
import { findActiveMembership } from "./platform/memberships";
import { hasRole, type Role } from "./platform/roles";

export interface SessionInfo {
  userId: string;
  /** The organisation chosen in the org switcher (carried in the JWT). */
  orgId: string | null;
}

export interface Context {
  db: Database;
  session: SessionInfo | null;
  requestId: string;
}

export function createContext(options: { db: Database; session: SessionInfo | null; requestId?: string }): Context {
  return { db: options.db, session: options.session, requestId: options.requestId ?? randomUUID() };
}

const CODE_MAP: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_STATE: "CONFLICT",
  CONFLICT: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHORIZED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

function zodMessage(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "input"}: ${issue.message}`).join("; ");
}

/** Per-field messages that forms show next to their inputs. */
function fieldErrorsOf(cause: unknown): Record<string, string[]> | null {
  if (cause instanceof ZodError) {
    const out: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.length ? issue.path.join(".") : "input";
      (out[key] ??= []).push(issue.message);
    }
    return out;
  }
  if (cause instanceof ValidationError) return { [cause.field]: [cause.message.slice(cause.field.length + 2)] };
  return null;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      message: shape.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors: fieldErrorsOf(cause) },
    };
  },
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) throw new TRPCError({ code: CODE_MAP[cause.code], message: cause.message, cause });
    // Input validation: the same "field: rule" message for in-process callers as for HTTP clients.
    if (cause instanceof ZodError) throw new TRPCError({ code: "BAD_REQUEST", message: zodMessage(cause), cause });
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      console.error("[trpc] unexpected error", result.error.cause ?? result.error);
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side; it has been logged." });
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapDomainErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * Re-reads the membership on every call rather than trusting the role in the JWT, so a changed
 * role or a disabled member takes effect at once.
 */
export const orgProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const { orgId, userId } = ctx.session;
  const membership = orgId ? await findActiveMembership(ctx.db, userId, orgId) : null;
  if (!orgId || !membership) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You are not an active member of this organisation; choose another one." });
  }
  const svc: ServiceContext = {
    db: ctx.db,
    orgId,
    role: membership.role,
    actor: { type: "user", userId },
    requestId: ctx.requestId,
  };
  return next({ ctx: { ...ctx, orgId, role: membership.role, svc } });
});

export function roleProcedure(minimum: Role) {
  return orgProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.role, minimum)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${minimum.replace("_", " ")} role or higher; you are ${ctx.role.replace("_", " ")}.` });
    }
    return next();
  });
}

/**
 * Typed domain errors. Services throw these; one mapper (server/trpc.ts) turns them into tRPC and
 * HTTP errors, so a wrong state or a missing record is never a 500.
 */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "INVALID_STATE"
  | "CONFLICT"
  | "VALIDATION"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "RATE_LIMITED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Also what another organisation's record looks like: it does not exist for you. */
export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super("NOT_FOUND", `${entity} ${id} was not found`);
  }
}

export class InvalidStateError extends DomainError {
  constructor(
    readonly entity: string,
    readonly state: string,
    action: string,
  ) {
    super("INVALID_STATE", `cannot ${action}: the ${entity} is ${state}`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** Bad input that only a service can judge (limits, cross-field rules); names the field and the rule. */
export class ValidationError extends DomainError {
  constructor(
    readonly field: string,
    rule: string,
  ) {
    super("VALIDATION", `${field}: ${rule}`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "sign in to continue") {
    super("UNAUTHENTICATED", message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

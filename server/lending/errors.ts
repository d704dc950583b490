import { DomainError } from "@/server/platform/errors";

/**
 * Errors a caller of the lending maths must react to. They extend the platform's domain errors,
 * so the one error mapper turns them into 4xx responses that name the field and the rule.
 */

/** An input (amount, date, option) that breaks a rule of the lending maths. */
export class LendingInputError extends DomainError {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super("VALIDATION", `${field}: ${rule}`);
  }
}

/** A transaction history that cannot be replayed (e.g. a repayment before the disbursement). */
export class LoanReplayError extends DomainError {
  constructor(
    readonly transactionId: string,
    reason: string,
  ) {
    super("INVALID_STATE", `transaction ${transactionId}: ${reason}`);
  }
}

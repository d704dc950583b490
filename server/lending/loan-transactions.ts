import { randomUUID } from "node:crypto";
import { and, eq, gte } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { loanTransactions } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { InvalidStateError, NotFoundError, ValidationError } from "@/server/platform/errors";
import { withIdempotencyKey } from "@/server/platform/idempotency";
import { addDays } from "@/server/shared/dates";
import { currencyDecimals, formatAmount, money, ZERO } from "@/server/shared/money";
import { computeFeeAmount, findFeeByName, feesForEvent } from "./fees";
import { journalLinesFor, reversalOf } from "./journal";
import { positionOf, type LedgerEntry, type LoanPosition } from "./loan-position";
import type { PostTransactionInput, ZRevertTransaction } from "./loan-transaction-input";
import {
  accountTermsOf,
  businessDateOf,
  loadEntries,
  lockLoan,
  nextSequence,
  postingLinesOf,
  recordScheduleVersion,
  saveSnapshot,
  writeJournalEntry,
  type LoanRow,
} from "./loan-store";

const OPEN_DISBURSED = ["active", "late", "arrears", "default"] as const;

export interface PostedTransaction {
  [key: string]: string;
  transactionId: string;
  loanId: string;
  type: string;
  amount: string;
  valueDate: string;
  principalPortion: string;
  interestPortion: string;
  feesPortion: string;
}

function assertStatus(loan: LoanRow, allowed: readonly string[], action: string): void {
  if (!allowed.includes(loan.status)) throw new InvalidStateError("loan account", loan.status, action);
}

interface NewEntry {
  type: "disbursement" | "repayment" | "fee";
  amount: string;
  feeName: string | null;
}

/** Inserts one transaction with its portions (from the replay that includes it) and its journal entry. */
async function insertPosting(tx: Transaction, ctx: ServiceContext, loan: LoanRow, entry: NewEntry & { id: string; sequence: number; valueDate: string; position: LoanPosition; input: PostTransactionInput }) {
  const d = currencyDecimals(loan.currency);
  const zero = formatAmount(ZERO, d);
  const portions = entry.position.portions.get(entry.id);
  const principal = entry.type === "disbursement" ? entry.amount : (portions?.principal ?? zero);
  const interest = portions?.interest ?? zero;
  const fees = entry.type === "fee" ? entry.amount : (portions?.fees ?? zero);
  await tx.insert(loanTransactions).values({
    id: entry.id,
    orgId: ctx.orgId,
    loanId: loan.id,
    sequence: entry.sequence,
    type: entry.type,
    amount: entry.amount,
    valueDate: entry.valueDate,
    principalPortion: principal,
    interestPortion: interest,
    feesPortion: fees,
    feeName: entry.feeName,
    note: entry.input.note ?? null,
    idempotencyKey: entry.input.idempotencyKey,
    createdBy: ctx.actor.userId,
  });
  const posting =
    entry.type === "disbursement"
      ? { type: "disbursement" as const, amount: entry.amount }
      : entry.type === "fee"
        ? { type: "fee" as const, amount: entry.amount }
        : { type: "repayment" as const, principal, interest, fees };
  await writeJournalEntry(tx, ctx, { loanId: loan.id, transactionId: entry.id, kind: "posting", entryDate: entry.valueDate, lines: journalLinesFor(posting, d) });
  return { principal, interest, fees };
}

/** The amount a new transaction carries, checked against the account's rules before anything is written. */
function amountFor(loan: LoanRow, input: PostTransactionInput, before: LoanPosition): { amount: string; feeName: string | null } {
  const d = currencyDecimals(loan.currency);
  const normalise = (value: string, field: string) => {
    const v = money(value);
    if (!v.equals(v.toDecimalPlaces(d))) throw new ValidationError(field, `must have at most ${d} decimals`);
    return formatAmount(v, d);
  };
  if (input.type === "disbursement") {
    if (loan.type === "term_loan") {
      if (input.amount && !money(input.amount).equals(money(loan.approvedAmount))) throw new ValidationError("amount", `a term loan disburses its approved amount of ${loan.approvedAmount}`);
      return { amount: normalise(loan.approvedAmount, "amount"), feeName: null };
    }
    if (!input.amount) throw new ValidationError("amount", "is required for a revolving credit drawdown");
    const amount = normalise(input.amount, "amount");
    if (before.availableCredit !== null && money(amount).gt(money(before.availableCredit))) throw new ValidationError("amount", `must not exceed the available credit of ${before.availableCredit}`);
    return { amount, feeName: null };
  }
  if (input.type === "repayment") {
    const amount = normalise(input.amount, "amount");
    if (money(amount).gt(money(before.payoff))) throw new ValidationError("amount", `must not exceed the payoff amount of ${before.payoff}`);
    return { amount, feeName: null };
  }
  const rounding = { currencyDecimals: d, roundingMode: "half_even" as const };
  if (input.feeName) {
    const fee = findFeeByName(loan.fees, input.feeName);
    if (!fee) throw new ValidationError("feeName", `is not a fee of this product (${loan.fees.map((f) => f.name).join(", ") || "it has none"})`);
    return { amount: computeFeeAmount(fee, before.totalOutstanding, rounding), feeName: fee.name };
  }
  if (!input.feeType || !input.amount) throw new ValidationError("feeName", "name a product fee, or give feeType and amount for an ad-hoc fee");
  const amount = computeFeeAmount({ type: input.feeType, amount: input.amount }, before.totalOutstanding, rounding);
  if (money(amount).lte(0)) throw new ValidationError("amount", "the fee comes to nothing on the current balance");
  return { amount, feeName: "Ad-hoc fee" };
}

/**
 * The value date of a posting: the business date, or for a repayment or a fee an earlier day back to
 * the last statement or 31 days, whichever is later (older corrections would reopen closed periods).
 */
function checkValueDate(loan: LoanRow, input: PostTransactionInput, businessDate: string): string {
  if (input.type === "disbursement" || !input.valueDate || input.valueDate === businessDate) return businessDate;
  if (input.valueDate > businessDate) throw new ValidationError("valueDate", `must not be after the business date (${businessDate})`);
  const floor = [addDays(businessDate, -31), loan.lastStatementDate ? addDays(loan.lastStatementDate, 1) : null, loan.disbursedOn].filter((d): d is string => d !== null).sort().at(-1) ?? businessDate;
  if (input.valueDate < floor) throw new ValidationError("valueDate", `must not be before ${floor} (31 days back, the last statement or the disbursement)`);
  return input.valueDate;
}

/** A repayment must be allocated in full: money beyond what was owed on its day is refused, not kept as a credit. */
function assertFullyAllocated(after: LoanPosition, planned: ReadonlyArray<{ id: string; type: string; amount: string }>, valueDate: string): void {
  for (const p of planned) {
    const portions = after.portions.get(p.id);
    if (p.type !== "repayment" || !portions) continue;
    const allocated = money(portions.principal).plus(money(portions.interest)).plus(money(portions.fees));
    if (!allocated.eq(money(p.amount))) throw new ValidationError("amount", `must not exceed what the loan owed on ${valueDate} (${allocated.toFixed(2)} could be allocated)`);
  }
}

/**
 * Books the difference for every applied repayment whose allocation the replay now sees otherwise
 * (a back-dated repayment came before it, or one before it was reverted).
 */
async function reallocateRepayments(tx: Transaction, ctx: ServiceContext, loan: LoanRow, after: LoanPosition, newIds: ReadonlySet<string>, entryDate: string): Promise<void> {
  const d = currencyDecimals(loan.currency);
  const stored = await tx.select().from(loanTransactions).where(and(eq(loanTransactions.loanId, loan.id), eq(loanTransactions.type, "repayment"), eq(loanTransactions.status, "applied")));
  for (const t of stored) {
    const now = after.portions.get(t.id);
    if (!now || newIds.has(t.id)) continue;
    const allocated = money(now.principal).plus(money(now.interest)).plus(money(now.fees));
    if (!allocated.eq(money(t.amount))) {
      throw new InvalidStateError("loan account", `paid ${t.amount} on ${t.valueDate}, which would then exceed what it owed`, "take this back-dated posting (revert that repayment first)");
    }
    const same = money(now.principal).eq(money(t.principalPortion)) && money(now.interest).eq(money(t.interestPortion)) && money(now.fees).eq(money(t.feesPortion));
    if (same) continue;
    const lines = [
      ...reversalOf(journalLinesFor({ type: "repayment", principal: t.principalPortion, interest: t.interestPortion, fees: t.feesPortion }, d), d),
      ...journalLinesFor({ type: "repayment", principal: now.principal, interest: now.interest, fees: now.fees }, d),
    ];
    await writeJournalEntry(tx, ctx, { loanId: loan.id, transactionId: t.id, kind: "reallocation", entryDate, lines });
    await tx.update(loanTransactions).set({ principalPortion: now.principal, interestPortion: now.interest, feesPortion: now.fees }).where(eq(loanTransactions.id, t.id));
  }
}

/**
 * Posts a disbursement, repayment or fee on the business date. One transaction: idempotency key,
 * account lock, ledger row(s) with their allocation, balanced journal entries, the refreshed
 * snapshot and status, the schedule version if it changed, and the audit row.
 */
export async function postLoanTransaction(ctx: ServiceContext, input: PostTransactionInput): Promise<PostedTransaction & { replayed: string }> {
  const result = await inTransaction(ctx, (tx) =>
    withIdempotencyKey(tx, ctx, { key: input.idempotencyKey, action: "loan.transaction", request: input }, async (): Promise<PostedTransaction> => {
      const loan = await lockLoan(tx, ctx, input.loanId);
      const businessDate = await businessDateOf(tx, ctx.orgId);
      const valueDate = checkValueDate(loan, input, businessDate);
      if (input.type === "disbursement") assertStatus(loan, loan.type === "term_loan" ? ["approved"] : ["approved", "active"], "disburse");
      else assertStatus(loan, OPEN_DISBURSED, input.type === "repayment" ? "take a repayment" : "charge a fee");

      const terms = accountTermsOf(loan);
      const entries = await loadEntries(tx, loan.id);
      // A back-dated repayment is held to what the loan owed on its own day.
      const before = positionOf(terms, entries, valueDate);
      const { amount, feeName } = amountFor(loan, input, before);
      let sequence = await nextSequence(tx, loan.id);
      const log: LedgerEntry[] = [...entries];
      const firstId = randomUUID();
      const planned: Array<NewEntry & { id: string; sequence: number }> = [{ id: firstId, sequence, type: input.type, amount, feeName }];
      log.push({ id: firstId, type: input.type, amount, valueDate, status: "applied" });
      if (input.type === "disbursement" && loan.status === "approved") {
        // The product's disbursement fees, charged automatically on the first disbursement.
        for (const fee of feesForEvent(loan.fees, "disbursement")) {
          const feeAmount = computeFeeAmount(fee, amount, { currencyDecimals: terms.currencyDecimals, roundingMode: "half_even" });
          if (money(feeAmount).lte(0)) continue;
          sequence += 1;
          const id = randomUUID();
          planned.push({ id, sequence, type: "fee", amount: feeAmount, feeName: fee.name });
          log.push({ id, type: "fee", amount: feeAmount, valueDate, status: "applied" });
        }
      }
      const after = positionOf(terms, log, businessDate);
      assertFullyAllocated(after, planned, valueDate);
      // A back-dated repayment changes how later ones were allocated: re-book them.
      if (valueDate < businessDate) await reallocateRepayments(tx, ctx, loan, after, new Set(planned.map((p) => p.id)), businessDate);
      const inserted = [];
      for (const entry of planned) inserted.push(await insertPosting(tx, ctx, loan, { ...entry, valueDate, position: after, input }));
      const first = planned[0];
      const parts = inserted[0];
      if (!first || !parts) throw new Error("nothing was posted");

      const closes = input.type === "repayment" && after.repaidInFull;
      // Recovery at once when the overdue amount is paid (close of business would do it tonight); not from default.
      const recovers = input.type === "repayment" && (loan.status === "late" || loan.status === "arrears") && money(after.overdue).isZero();
      await saveSnapshot(tx, loan, after, {
        ...(input.type === "disbursement" && loan.status === "approved" ? { status: "active" as const, disbursedOn: valueDate } : {}),
        ...(recovers ? { status: "active" as const, lateSince: null, arrearsSince: null } : {}),
        ...(closes ? { status: "closed" as const, subStatus: "paid_in_full" as const, closedOn: businessDate, closeReason: "repaid in full" } : {}),
      });
      const prepaid = money(after.portions.get(first.id)?.prepaidPrincipal ?? "0").gt(0);
      if (input.type === "disbursement") await recordScheduleVersion(tx, ctx, loan.id, after.schedule, `disbursed on ${valueDate}`);
      if (prepaid) await recordScheduleVersion(tx, ctx, loan.id, after.schedule, `early repayment on ${valueDate} (${loan.earlyRepaymentStrategy.replaceAll("_", " ")})`);
      const response: PostedTransaction = {
        transactionId: first.id,
        loanId: loan.id,
        type: input.type,
        amount,
        valueDate,
        principalPortion: parts.principal,
        interestPortion: parts.interest,
        feesPortion: parts.fees,
      };
      await recordAudit(tx, ctx, {
        action: `loan.${input.type}_posted`,
        entityType: "loan",
        entityId: loan.id,
        before: { status: loan.status, principalOutstanding: before.principalOutstanding },
        after: { ...response, status: closes ? "closed" : input.type === "disbursement" && loan.status === "approved" ? "active" : loan.status, extraTransactions: planned.length - 1 },
      });
      return response;
    }),
  );
  return { ...result.response, replayed: String(result.replayed) };
}

/**
 * Reverts an applied transaction and every later one of the account, atomically (the seed's rule):
 * they stay in the ledger marked reverted, their journal entries are reversed, and balances, schedule
 * and status are replayed from what remains.
 */
export async function revertLoanTransaction(ctx: ServiceContext, input: z.infer<typeof ZRevertTransaction>) {
  return inTransaction(ctx, async (tx) => {
    const loan = await lockLoan(tx, ctx, input.loanId);
    if (loan.status === "closed" && loan.subStatus === "written_off") throw new InvalidStateError("loan account", "written off", "revert its transactions");
    const [target] = await tx.select().from(loanTransactions).where(and(eq(loanTransactions.id, input.transactionId), eq(loanTransactions.loanId, loan.id)));
    if (!target) throw new NotFoundError("transaction", input.transactionId);
    if (target.status !== "applied") throw new InvalidStateError("transaction", target.status, "revert it");
    const cascade = await tx.select().from(loanTransactions).where(and(eq(loanTransactions.loanId, loan.id), gte(loanTransactions.sequence, target.sequence)));
    const blocked = cascade.find((t) => t.status !== "applied");
    if (blocked) throw new InvalidStateError("transaction", `followed by transaction #${blocked.sequence}, which is ${blocked.status}`, "revert it");

    const valueDate = await businessDateOf(tx, ctx.orgId);
    const d = currencyDecimals(loan.currency);
    const now = new Date();
    for (const t of cascade.sort((a, b) => b.sequence - a.sequence)) {
      await tx.update(loanTransactions).set({ status: "reverted", revertedAt: now, revertedBy: ctx.actor.userId, revertReason: input.reason }).where(eq(loanTransactions.id, t.id));
      await writeJournalEntry(tx, ctx, { loanId: loan.id, transactionId: t.id, kind: "reversal", entryDate: valueDate, lines: reversalOf(await postingLinesOf(tx, t.id), d) });
    }
    const position = positionOf(accountTermsOf(loan), await loadEntries(tx, loan.id), valueDate);
    await reallocateRepayments(tx, ctx, loan, position, new Set(), valueDate);
    const disbursementReverted = cascade.some((t) => t.type === "disbursement") && !position.disbursed;
    const reopened = loan.status === "closed" && loan.subStatus === "paid_in_full" && money(position.totalOutstanding).gt(0);
    const status = disbursementReverted ? "approved" : reopened ? "active" : loan.status;
    await saveSnapshot(tx, loan, position, {
      status,
      ...(disbursementReverted ? { disbursedOn: null } : {}),
      ...(reopened || disbursementReverted ? { subStatus: null, closedOn: null, closeReason: null } : {}),
    });
    await recordScheduleVersion(tx, ctx, loan.id, position.schedule, `after reverting transaction #${target.sequence} on ${valueDate}`);
    await recordAudit(tx, ctx, {
      action: "loan.transaction_reverted",
      entityType: "loan",
      entityId: loan.id,
      before: { status: loan.status, transactions: cascade.map((t) => ({ id: t.id, sequence: t.sequence, type: t.type, amount: t.amount })) },
      after: { status, reason: input.reason },
    });
    return { revertedTransactionIds: cascade.map((t) => t.id), status };
  });
}

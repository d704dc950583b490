import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Transaction } from "@/db/client";
import { loanTransactions } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { InvalidStateError } from "@/server/platform/errors";
import { currencyDecimals, formatAmount, money, ZERO } from "@/server/shared/money";
import { computeFeeAmount, feesForEvent, type FeeEvent } from "./fees";
import { journalLinesFor } from "./journal";
import { positionOf } from "./loan-position";
import { accountTermsOf, businessDateOf, loadEntries, lockLoan, nextSequence, recordScheduleVersion, saveSnapshot, writeJournalEntry, type LoanRow } from "./loan-store";

export const ZCloseLoan = z.object({
  loanId: z.uuid(),
  subStatus: z.enum(["paid_in_full", "written_off"]),
  reason: z.string().trim().min(3, { error: "must say why, in at least 3 characters" }).max(500),
});
export const ZLoanAction = z.object({ loanId: z.uuid(), note: z.string().trim().max(500).optional() });
export const ZReactivateLoan = z.object({ loanId: z.uuid(), reason: z.string().trim().min(3, { error: "must say why, in at least 3 characters" }).max(500) });

const OPEN_DISBURSED = ["active", "late", "arrears", "default"] as const;

function assertStatus(loan: LoanRow, allowed: readonly string[], action: string): void {
  if (!allowed.includes(loan.status)) throw new InvalidStateError("loan account", loan.status, action);
}

/** Inserts a transaction without allocation (fees charged by an event, interest stop/start, write-off). */
async function appendTransaction(
  tx: Transaction,
  ctx: ServiceContext,
  loan: LoanRow,
  row: { type: "fee" | "interest_stop" | "interest_start" | "write_off"; amount: string; valueDate: string; feeName?: string; note?: string | undefined; principal?: string; fees?: string },
): Promise<string> {
  const id = randomUUID();
  const d = currencyDecimals(loan.currency);
  const zero = formatAmount(ZERO, d);
  await tx.insert(loanTransactions).values({
    id,
    orgId: ctx.orgId,
    loanId: loan.id,
    sequence: await nextSequence(tx, loan.id),
    type: row.type,
    amount: row.amount,
    valueDate: row.valueDate,
    principalPortion: row.principal ?? zero,
    feesPortion: row.type === "fee" ? row.amount : (row.fees ?? zero),
    feeName: row.feeName ?? null,
    note: row.note ?? null,
    createdBy: ctx.actor.userId,
  });
  const lines =
    row.type === "fee"
      ? journalLinesFor({ type: "fee", amount: row.amount }, d)
      : row.type === "write_off"
        ? journalLinesFor({ type: "write_off", principal: row.principal ?? "0", fees: row.fees ?? "0" }, d)
        : [];
  await writeJournalEntry(tx, ctx, { loanId: loan.id, transactionId: id, kind: "posting", entryDate: row.valueDate, lines });
  return id;
}

/** The product's fees for an event (arrears, default), each a percentage of the balance or a flat amount. */
async function chargeEventFees(tx: Transaction, ctx: ServiceContext, loan: LoanRow, event: FeeEvent, valueDate: string, balance: string): Promise<number> {
  let charged = 0;
  for (const fee of feesForEvent(loan.fees, event)) {
    const amount = computeFeeAmount(fee, balance, { currencyDecimals: currencyDecimals(loan.currency), roundingMode: "half_even" });
    if (money(amount).lte(0)) continue;
    await appendTransaction(tx, ctx, loan, { type: "fee", amount, valueDate, feeName: fee.name });
    charged += 1;
  }
  return charged;
}

async function refresh(tx: Transaction, ctx: ServiceContext, loan: LoanRow, valueDate: string, changes: Parameters<typeof saveSnapshot>[3]) {
  const position = positionOf(accountTermsOf(loan), await loadEntries(tx, loan.id), valueDate);
  const saved = await saveSnapshot(tx, loan, position, changes);
  return { position, saved };
}

/**
 * Closes an account: `paid_in_full` only when nothing is owed; `written_off` books what is still
 * owed (principal and fees) as a loss, after which the account accrues nothing and takes no postings.
 */
export async function closeLoan(ctx: ServiceContext, input: z.infer<typeof ZCloseLoan>) {
  return inTransaction(ctx, async (tx) => {
    const loan = await lockLoan(tx, ctx, input.loanId);
    assertStatus(loan, OPEN_DISBURSED, "close it");
    const valueDate = await businessDateOf(tx, ctx.orgId);
    const position = positionOf(accountTermsOf(loan), await loadEntries(tx, loan.id), valueDate);
    if (input.subStatus === "paid_in_full" && money(position.totalOutstanding).gt(0)) {
      throw new InvalidStateError("loan account", `still owed ${position.totalOutstanding}`, "close it as paid in full (write it off instead)");
    }
    let writtenOff = null;
    if (input.subStatus === "written_off") {
      const principal = position.principalOutstanding;
      const fees = position.feesOutstanding;
      const amount = formatAmount(money(principal).plus(money(fees)), currencyDecimals(loan.currency));
      await appendTransaction(tx, ctx, loan, { type: "write_off", amount, valueDate, principal, fees, note: input.reason });
      writtenOff = { principal, fees, amount };
    }
    const zero = formatAmount(ZERO, currencyDecimals(loan.currency));
    await saveSnapshot(tx, loan, position, {
      status: "closed",
      subStatus: input.subStatus,
      closedOn: valueDate,
      closeReason: input.reason,
      ...(writtenOff ? { principalOutstanding: zero, interestOutstanding: zero, feesOutstanding: zero, overdueAmount: zero, daysOverdue: 0, nextDueDate: null } : {}),
    });
    await recordAudit(tx, ctx, { action: "loan.closed", entityType: "loan", entityId: loan.id, before: { status: loan.status }, after: { status: "closed", subStatus: input.subStatus, reason: input.reason, writtenOff } });
    return { status: "closed" as const, subStatus: input.subStatus };
  });
}

/**
 * Moves a locked account into arrears or default and charges the product's fees for that event,
 * once: the transition and the fees commit together. Shared by the manual actions and close of
 * business (which passes the day it closes as the value date and the next day as the position date).
 */
export async function enterDelinquency(
  tx: Transaction,
  ctx: ServiceContext,
  loan: LoanRow,
  target: "arrears" | "default",
  dates: { valueDate: string; asOf: string },
  note?: string,
): Promise<number> {
  const before = positionOf(accountTermsOf(loan), await loadEntries(tx, loan.id), dates.asOf);
  const fees = await chargeEventFees(tx, ctx, loan, target, dates.valueDate, before.totalOutstanding);
  await refresh(tx, ctx, loan, dates.asOf, target === "arrears" ? { status: target, arrearsSince: dates.asOf } : { status: target, defaultSince: dates.asOf });
  await recordAudit(tx, ctx, { action: `loan.moved_to_${target}`, entityType: "loan", entityId: loan.id, before: { status: loan.status }, after: { status: target, feesCharged: fees, note } });
  return fees;
}

async function moveTo(ctx: ServiceContext, input: z.infer<typeof ZLoanAction>, target: "arrears" | "default") {
  return inTransaction(ctx, async (tx) => {
    const loan = await lockLoan(tx, ctx, input.loanId);
    assertStatus(loan, target === "arrears" ? ["active", "late"] : ["active", "late", "arrears"], `move it to ${target}`);
    const valueDate = await businessDateOf(tx, ctx.orgId);
    const fees = await enterDelinquency(tx, ctx, loan, target, { valueDate, asOf: valueDate }, input.note);
    return { status: target, feesCharged: fees };
  });
}

/** A credit officer's decision to bring a defaulted (or late) account back to active, with a reason. */
export async function reactivateLoan(ctx: ServiceContext, input: z.infer<typeof ZReactivateLoan>) {
  return inTransaction(ctx, async (tx) => {
    const loan = await lockLoan(tx, ctx, input.loanId);
    assertStatus(loan, ["late", "arrears", "default"], "return it to active");
    const valueDate = await businessDateOf(tx, ctx.orgId);
    await refresh(tx, ctx, loan, valueDate, { status: "active", lateSince: null, arrearsSince: null, defaultSince: null });
    await recordAudit(tx, ctx, { action: "loan.reactivated", entityType: "loan", entityId: loan.id, before: { status: loan.status }, after: { status: "active", reason: input.reason } });
    return { status: "active" as const };
  });
}

export const makeArrears = (ctx: ServiceContext, input: z.infer<typeof ZLoanAction>) => moveTo(ctx, input, "arrears");
export const makeDefault = (ctx: ServiceContext, input: z.infer<typeof ZLoanAction>) => moveTo(ctx, input, "default");

async function setInterest(ctx: ServiceContext, input: z.infer<typeof ZLoanAction>, stop: boolean) {
  return inTransaction(ctx, async (tx) => {
    const loan = await lockLoan(tx, ctx, input.loanId);
    assertStatus(loan, OPEN_DISBURSED, stop ? "stop its interest" : "start its interest");
    if (loan.interestStopped === stop) throw new InvalidStateError("loan account", stop ? "already not accruing interest" : "already accruing interest", stop ? "stop its interest" : "start its interest");
    const valueDate = await businessDateOf(tx, ctx.orgId);
    await appendTransaction(tx, ctx, loan, { type: stop ? "interest_stop" : "interest_start", amount: "0", valueDate, note: input.note });
    const { position } = await refresh(tx, ctx, loan, valueDate, {});
    await recordScheduleVersion(tx, ctx, loan.id, position.schedule, `interest ${stop ? "stopped" : "restarted"} on ${valueDate}`);
    await recordAudit(tx, ctx, { action: stop ? "loan.interest_stopped" : "loan.interest_started", entityType: "loan", entityId: loan.id, after: { valueDate, note: input.note } });
    return { interestStopped: stop };
  });
}

export const stopInterest = (ctx: ServiceContext, input: z.infer<typeof ZLoanAction>) => setInterest(ctx, input, true);
export const startInterest = (ctx: ServiceContext, input: z.infer<typeof ZLoanAction>) => setInterest(ctx, input, false);

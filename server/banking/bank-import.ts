import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "@/db/client";
import { applications, bankAccounts, bankImports, bankTransactions, borrowers, organisations } from "@/db/schema";
import { recordAudit } from "@/server/platform/audit";
import { inTransaction, type ServiceContext } from "@/server/platform/context";
import { NotFoundError, ValidationError } from "@/server/platform/errors";
import { requestAnalysis } from "@/server/analysis/analysis-service";
import { accountTypeOf, relabelAccounts, type PendingRow } from "./bank-store";
import { selectNewTransactions } from "./fingerprint";
import { ImportParseError } from "./import-error";
import { IMPORT_FORMATS, type ParsedAccount, type ParsedImport } from "./import-model";
import { MAX_IMPORT_BYTES, parseImportFile } from "./parse-import-file";
import { ZCsvAccount, ZCsvMapping } from "./import-input";

export const ZImportBankFile = z.object({
  borrowerId: z.uuid(),
  applicationId: z.uuid().optional(),
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes, base64: imports are binary-safe (Windows-1252 CSVs, QFX). */
  contentBase64: z.string().min(1).max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, { error: "must be at most 20 MB" }),
  format: z.enum(IMPORT_FORMATS).optional(),
  csvMapping: ZCsvMapping.optional(),
  csvAccount: ZCsvAccount.optional(),
});

export interface ImportSummary {
  importId: string;
  /** The analysis queued because the import added transactions. */
  analysisId: string | null;
  format: string;
  accounts: number;
  transactionsInFile: number;
  transactionsAdded: number;
  transactionsDuplicate: number;
  warnings: Array<{ code: string; message: string }>;
}

/** What identifies an account across imports: IBAN, number, the source's id, else its name and currency. */
function matchKeyOf(account: ParsedAccount, index: number, importId: string): string {
  const key = account.iban ?? account.number ?? account.externalId ?? (account.name ? `${account.name}|${account.currency}` : null);
  return key ? key.replace(/\s+/g, "").toUpperCase() : `import:${importId}:${index}`;
}

/** Parse errors name the file's line or JSON path and the reason; the field is the file. */
async function parseOrRefuse(input: z.infer<typeof ZImportBankFile>, org: { timeZone: string; currency: string }): Promise<ParsedImport> {
  const bytes = Buffer.from(input.contentBase64, "base64");
  try {
    return await parseImportFile(new Uint8Array(bytes), input.fileName, {
      timeZone: org.timeZone,
      defaultCurrency: org.currency,
      ...(input.format ? { format: input.format } : {}),
      ...(input.csvMapping ? { csvMapping: input.csvMapping } : {}),
      ...(input.csvAccount ? { csvAccount: input.csvAccount } : {}),
    });
  } catch (error) {
    if (error instanceof ImportParseError) throw new ValidationError("file", `${input.fileName}, ${error.message}`);
    throw error;
  }
}

async function upsertAccount(tx: Transaction, ctx: ServiceContext, borrowerId: string, account: ParsedAccount, matchKey: string): Promise<{ accountId: string; created: boolean }> {
  const values = {
    number: account.number,
    iban: account.iban,
    name: account.name,
    type: account.type,
    usage: account.usage,
    ownership: account.ownership,
    currency: account.currency,
    bank: account.bank,
    holder: account.holder,
    balance: account.balance,
    balanceDate: account.balanceDate,
  };
  const [existing] = await tx.select().from(bankAccounts).where(and(eq(bankAccounts.borrowerId, borrowerId), eq(bankAccounts.matchKey, matchKey))).for("update");
  if (existing) {
    if (existing.currency !== account.currency) throw new ValidationError("file", `account ${matchKey} is held in ${existing.currency}, the file says ${account.currency}`);
    // A newer statement brings the newer balance; an older one keeps what is there.
    const newer = account.balanceDate && (!existing.balanceDate || account.balanceDate >= existing.balanceDate);
    await tx.update(bankAccounts).set({ ...(newer ? { balance: account.balance, balanceDate: account.balanceDate } : {}), updatedAt: new Date() }).where(eq(bankAccounts.id, existing.id));
    return { accountId: existing.id, created: false };
  }
  const [created] = await tx.insert(bankAccounts).values({ orgId: ctx.orgId, borrowerId, matchKey, ...values, type: accountTypeOf(values.type) }).returning({ id: bankAccounts.id });
  if (!created) throw new Error("bank account insert returned nothing");
  return { accountId: created.id, created: true };
}

/**
 * Imports a bank file for a borrower, in one transaction: accounts matched or created, only
 * transactions not seen before (fingerprints) inserted, every touched account relabelled, the import
 * recorded and audited. A file that cannot be read stores nothing and says where and why.
 */
export async function importBankFile(ctx: ServiceContext, input: z.infer<typeof ZImportBankFile>): Promise<ImportSummary> {
  // A CSV names no account: without a number (or a name) the next import could not find this one again.
  if (input.csvMapping && !input.csvAccount?.number && !input.csvAccount?.name) {
    throw new ValidationError("csvAccount.number", "is required for a CSV import (or give the account a name), so a later import finds the same account");
  }
  const [org] = await ctx.db.select({ timeZone: organisations.timeZone, currency: organisations.currency }).from(organisations).where(eq(organisations.id, ctx.orgId));
  if (!org) throw new NotFoundError("organisation", ctx.orgId);
  const parsed = await parseOrRefuse(input, org);
  return inTransaction(ctx, async (tx) => {
    const [borrower] = await tx.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.id, input.borrowerId), eq(borrowers.orgId, ctx.orgId)));
    if (!borrower) throw new NotFoundError("borrower", input.borrowerId);
    if (input.applicationId) {
      const [application] = await tx.select({ borrowerId: applications.borrowerId }).from(applications).where(and(eq(applications.id, input.applicationId), eq(applications.orgId, ctx.orgId)));
      if (!application) throw new NotFoundError("application", input.applicationId);
      if (application.borrowerId !== borrower.id) throw new ValidationError("applicationId", "belongs to another borrower");
    }
    const importId = randomUUID();
    let added = 0;
    let inFile = 0;
    const touched: string[] = [];
    let createdAccounts = 0;
    const pending: PendingRow[] = [];
    for (const [index, account] of parsed.accounts.entries()) {
      const { accountId, created } = await upsertAccount(tx, ctx, borrower.id, account, matchKeyOf(account, index, importId));
      if (created) createdAccounts += 1;
      touched.push(accountId);
      const existing = await tx.select({ fingerprint: bankTransactions.fingerprint }).from(bankTransactions).where(eq(bankTransactions.accountId, accountId));
      const fresh = selectNewTransactions(new Set(existing.map((e) => e.fingerprint)), account.transactions);
      inFile += account.transactions.length;
      added += fresh.added.length;
      for (const { index: position, fingerprint, transaction: t } of fresh.added) {
        pending.push({
          id: randomUUID(),
          accountId,
          importId,
          fingerprint,
          position,
          date: t.date,
          amount: t.amount,
          balance: t.balance,
          description: t.description,
          reference: t.reference,
          typeHint: t.typeHint,
        });
      }
    }
    const warnings = parsed.warnings.map((w) => ({ code: w.code, message: w.message }));
    await tx.insert(bankImports).values({
      id: importId,
      orgId: ctx.orgId,
      borrowerId: borrower.id,
      applicationId: input.applicationId ?? null,
      format: parsed.format,
      fileName: input.fileName,
      fileBytes: Buffer.byteLength(input.contentBase64, "base64"),
      accountsCount: parsed.accounts.length,
      transactionsInFile: inFile,
      transactionsAdded: added,
      transactionsDuplicate: inFile - added,
      warnings,
      createdBy: ctx.actor.userId,
    });
    await relabelAccounts(tx, ctx.orgId, touched, pending);
    // New data: a fresh analysis is queued with the import, so the figures an officer opens next match it.
    const analysisId = added > 0 || createdAccounts > 0 ? await requestAnalysis(tx, ctx, { borrowerId: borrower.id, applicationId: input.applicationId ?? null, trigger: "import" }) : null;
    const summary: ImportSummary = { importId, analysisId, format: parsed.format, accounts: parsed.accounts.length, transactionsInFile: inFile, transactionsAdded: added, transactionsDuplicate: inFile - added, warnings };
    await recordAudit(tx, ctx, { action: "bank_data.imported", entityType: "borrower", entityId: borrower.id, after: { ...summary, fileName: input.fileName, warnings: warnings.length } });
    return summary;
  });
}

/** Accounts of a borrower touched by imports, for callers that need the ids (analysis jobs). */
export async function borrowerAccountIds(tx: Transaction, orgId: string, borrowerIds: readonly string[]): Promise<string[]> {
  if (borrowerIds.length === 0) return [];
  const rows = await tx.select({ id: bankAccounts.id }).from(bankAccounts).where(and(eq(bankAccounts.orgId, orgId), inArray(bankAccounts.borrowerId, [...borrowerIds])));
  return rows.map((r) => r.id);
}

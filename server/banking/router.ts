import { z } from "zod";
import { createRouter, orgProcedure, roleProcedure } from "@/server/trpc";
import { ValidationError } from "@/server/platform/errors";
import { importBankFile, ZImportBankFile } from "./bank-import";
import {
  clearTransactionLabelOverride,
  createLabelRule,
  deleteLabelRule,
  listLabelRules,
  overrideTransactionLabel,
  testLabelRule,
  updateLabelRule,
  ZOverrideLabel,
  ZRuleInput,
  ZRuleRef,
  ZTestRule,
  ZTransactionRef,
  ZUpdateRule,
} from "./bank-labels";
import { exportBankTransactionsCsv, listBankAccounts, listBankImports, listBankTransactions, summariseBorrowerStatements, ZBorrowerBankRef, ZListTransactions, ZTransactionFilters } from "./bank-queries";
import { detectCsvLayout } from "./detect-csv-layout";
import { ImportParseError } from "./import-error";

const officer = roleProcedure("credit_officer");

export const bankDataRouter = createRouter({
  accounts: orgProcedure.input(ZBorrowerBankRef).query(({ ctx, input }) => listBankAccounts(ctx.svc, input.borrowerId)),
  transactions: orgProcedure.input(ZListTransactions).query(({ ctx, input }) => listBankTransactions(ctx.svc, input)),
  exportCsv: orgProcedure.input(ZTransactionFilters).query(({ ctx, input }) => exportBankTransactionsCsv(ctx.svc, input)),
  imports: orgProcedure.input(ZBorrowerBankRef).query(({ ctx, input }) => listBankImports(ctx.svc, input.borrowerId)),
  statements: orgProcedure.input(ZBorrowerBankRef).query(({ ctx, input }) => summariseBorrowerStatements(ctx.svc, input.borrowerId)),
  /** The CSV wizard's first step: a proposed column mapping and a preview of the first rows. */
  previewCsv: officer.input(z.object({ sample: z.string().min(1).max(256 * 1024) })).mutation(({ input }) => {
    try {
      return detectCsvLayout(input.sample);
    } catch (error) {
      if (error instanceof ImportParseError) throw new ValidationError("file", error.message);
      throw error;
    }
  }),
  import: officer.input(ZImportBankFile).mutation(({ ctx, input }) => importBankFile(ctx.svc, input)),
  overrideLabel: officer.input(ZOverrideLabel).mutation(({ ctx, input }) => overrideTransactionLabel(ctx.svc, input)),
  clearOverride: officer.input(ZTransactionRef).mutation(({ ctx, input }) => clearTransactionLabelOverride(ctx.svc, input)),
});

export const bankRulesRouter = createRouter({
  list: orgProcedure.query(({ ctx }) => listLabelRules(ctx.svc)),
  test: officer.input(ZTestRule).mutation(({ ctx, input }) => testLabelRule(ctx.svc, input)),
  create: officer.input(ZRuleInput).mutation(({ ctx, input }) => createLabelRule(ctx.svc, input)),
  update: officer.input(ZUpdateRule).mutation(({ ctx, input }) => updateLabelRule(ctx.svc, input)),
  delete: officer.input(ZRuleRef).mutation(({ ctx, input }) => deleteLabelRule(ctx.svc, input)),
});

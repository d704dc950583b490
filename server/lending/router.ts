import { z } from "zod";
import { createRouter, orgProcedure, roleProcedure } from "@/server/trpc";
import { ZApplicationRef, ZCreateApplication, ZListApplications, ZOverrideDecision, ZUpdateApplication } from "./application-input";
import {
  completeApplication,
  createApplication,
  getApplication,
  listApplications,
  overrideDecision,
  reopenApplication,
  updateApplication,
  withdrawApplication,
} from "./applications";
import { createBorrower, getBorrower, listBorrowers, updateBorrower, ZBorrowerInput, ZBorrowerRef, ZListBorrowers, ZUpdateBorrower } from "./borrowers";
import { closeLoan, makeArrears, makeDefault, reactivateLoan, startInterest, stopInterest, ZCloseLoan, ZLoanAction, ZReactivateLoan } from "./loan-actions";
import { getLoan, getScheduleVersion, listLoans, openLoanAccount, quoteLoanPayoff, ZListLoans, ZLoanRef, ZOpenLoan, ZPayoffQuote } from "./loan-accounts";
import { ZPostTransaction, ZRevertTransaction } from "./loan-transaction-input";
import { postLoanTransaction, revertLoanTransaction } from "./loan-transactions";
import { getCobStatus, getLoanStatement, getPortfolioAtRisk, listLoanStatements, startCloseOfBusiness, ZPortfolioRange, ZStartCob, ZStatementRef } from "./cob-service";
import { getLendingSettings, updateLendingSettings, ZLendingSettings } from "./lending-settings";
import { ZProductConfig } from "./product-input";
import { copyProduct, createProduct, getProduct, listProducts, previewProductSchedule, publishProduct, updateProduct, ZListProducts, ZProductRef, ZUpdateProduct } from "./products";

const officer = roleProcedure("credit_officer");

export const cobRouter = createRouter({
  status: orgProcedure.query(({ ctx }) => getCobStatus(ctx.svc)),
  start: roleProcedure("admin").input(ZStartCob).mutation(({ ctx, input }) => startCloseOfBusiness(ctx.svc, input)),
  portfolioAtRisk: orgProcedure.input(ZPortfolioRange).query(({ ctx, input }) => getPortfolioAtRisk(ctx.svc, input)),
});

export const lendingSettingsRouter = createRouter({
  get: orgProcedure.query(({ ctx }) => getLendingSettings(ctx.svc)),
  update: roleProcedure("admin").input(ZLendingSettings).mutation(({ ctx, input }) => updateLendingSettings(ctx.svc, input)),
});

export const productsRouter = createRouter({
  list: orgProcedure.input(ZListProducts).query(({ ctx, input }) => listProducts(ctx.svc, input)),
  get: orgProcedure.input(ZProductRef).query(({ ctx, input }) => getProduct(ctx.svc, input.productId)),
  previewSchedule: orgProcedure.input(ZProductConfig).query(({ ctx, input }) => previewProductSchedule(ctx.svc, input)),
  create: officer.input(ZProductConfig).mutation(({ ctx, input }) => createProduct(ctx.svc, input)),
  update: officer.input(ZUpdateProduct).mutation(({ ctx, input }) => updateProduct(ctx.svc, input)),
  publish: officer.input(ZProductRef).mutation(({ ctx, input }) => publishProduct(ctx.svc, input.productId)),
  copy: officer.input(ZProductRef).mutation(({ ctx, input }) => copyProduct(ctx.svc, input.productId)),
});

export const borrowersRouter = createRouter({
  list: orgProcedure.input(ZListBorrowers).query(({ ctx, input }) => listBorrowers(ctx.svc, input)),
  get: orgProcedure.input(ZBorrowerRef).query(({ ctx, input }) => getBorrower(ctx.svc, input.borrowerId)),
  create: officer.input(ZBorrowerInput).mutation(({ ctx, input }) => createBorrower(ctx.svc, input)),
  update: officer.input(ZUpdateBorrower).mutation(({ ctx, input }) => updateBorrower(ctx.svc, input)),
});

export const applicationsRouter = createRouter({
  list: orgProcedure.input(ZListApplications).query(({ ctx, input }) => listApplications(ctx.svc, input)),
  get: orgProcedure.input(ZApplicationRef).query(({ ctx, input }) => getApplication(ctx.svc, input.applicationId)),
  create: officer.input(ZCreateApplication).mutation(({ ctx, input }) => createApplication(ctx.svc, input)),
  update: officer.input(ZUpdateApplication).mutation(({ ctx, input }) => updateApplication(ctx.svc, input)),
  complete: officer.input(ZApplicationRef).mutation(({ ctx, input }) => completeApplication(ctx.svc, input)),
  withdraw: officer.input(ZApplicationRef).mutation(({ ctx, input }) => withdrawApplication(ctx.svc, input)),
  reopen: officer.input(ZApplicationRef).mutation(({ ctx, input }) => reopenApplication(ctx.svc, input)),
  overrideDecision: officer.input(ZOverrideDecision).mutation(({ ctx, input }) => overrideDecision(ctx.svc, input)),
});

export const loansRouter = createRouter({
  list: orgProcedure.input(ZListLoans).query(({ ctx, input }) => listLoans(ctx.svc, input)),
  get: orgProcedure.input(ZLoanRef).query(({ ctx, input }) => getLoan(ctx.svc, input.loanId)),
  scheduleVersion: orgProcedure.input(ZLoanRef.extend({ version: z.number().int().min(1) })).query(({ ctx, input }) => getScheduleVersion(ctx.svc, input)),
  payoffQuote: orgProcedure.input(ZPayoffQuote).query(({ ctx, input }) => quoteLoanPayoff(ctx.svc, input)),
  open: officer.input(ZOpenLoan).mutation(({ ctx, input }) => openLoanAccount(ctx.svc, input)),
  postTransaction: officer.input(ZPostTransaction).mutation(({ ctx, input }) => postLoanTransaction(ctx.svc, input)),
  revertTransaction: officer.input(ZRevertTransaction).mutation(({ ctx, input }) => revertLoanTransaction(ctx.svc, input)),
  close: officer.input(ZCloseLoan).mutation(({ ctx, input }) => closeLoan(ctx.svc, input)),
  makeArrears: officer.input(ZLoanAction).mutation(({ ctx, input }) => makeArrears(ctx.svc, input)),
  makeDefault: officer.input(ZLoanAction).mutation(({ ctx, input }) => makeDefault(ctx.svc, input)),
  reactivate: officer.input(ZReactivateLoan).mutation(({ ctx, input }) => reactivateLoan(ctx.svc, input)),
  statements: orgProcedure.input(ZLoanRef).query(({ ctx, input }) => listLoanStatements(ctx.svc, input.loanId)),
  statement: orgProcedure.input(ZStatementRef).query(({ ctx, input }) => getLoanStatement(ctx.svc, input.statementId)),
  stopInterest: officer.input(ZLoanAction).mutation(({ ctx, input }) => stopInterest(ctx.svc, input)),
  startInterest: officer.input(ZLoanAction).mutation(({ ctx, input }) => startInterest(ctx.svc, input)),
});

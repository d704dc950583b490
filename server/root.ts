import { analysesRouter } from "./analysis/router";
import { bankDataRouter, bankRulesRouter } from "./banking/router";
import { applicationsRouter, borrowersRouter, cobRouter, lendingSettingsRouter, loansRouter, productsRouter } from "./lending/router";
import { auditRouter, invitationRouter, jobsRouter, organisationRouter, outboxRouter, teamRouter } from "./platform/router";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  organisation: organisationRouter,
  team: teamRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  jobs: jobsRouter,
  outbox: outboxRouter,
  products: productsRouter,
  borrowers: borrowersRouter,
  applications: applicationsRouter,
  loans: loansRouter,
  bankData: bankDataRouter,
  bankRules: bankRulesRouter,
  analyses: analysesRouter,
  lendingSettings: lendingSettingsRouter,
  cob: cobRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

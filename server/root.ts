import { auditRouter, invitationRouter, jobsRouter, organisationRouter, outboxRouter, teamRouter } from "./platform/router";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  organisation: organisationRouter,
  team: teamRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  jobs: jobsRouter,
  outbox: outboxRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

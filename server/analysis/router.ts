import { createRouter, orgProcedure, roleProcedure } from "@/server/trpc";
import { getAnalysis, listAnalyses, startAnalysis, ZAnalysisRef, ZBorrowerAnalyses, ZStartAnalysis } from "./analysis-service";

export const analysesRouter = createRouter({
  list: orgProcedure.input(ZBorrowerAnalyses).query(({ ctx, input }) => listAnalyses(ctx.svc, input.borrowerId)),
  get: orgProcedure.input(ZAnalysisRef).query(({ ctx, input }) => getAnalysis(ctx.svc, input.analysisId)),
  start: roleProcedure("credit_officer").input(ZStartAnalysis).mutation(({ ctx, input }) => startAnalysis(ctx.svc, input)),
});

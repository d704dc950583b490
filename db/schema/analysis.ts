import { date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AnalysisError, AnalysisResult } from "@/server/analysis/analyse-bank-data";
import { applications, borrowers } from "./lending";
import { organisations, users } from "./platform";

export const analysisStatus = pgEnum("analysis_status", ["created", "in_progress", "completed", "error"]);

/**
 * One analysis of a borrower's bank data at a time: an immutable snapshot once completed (the
 * engine's whole result is kept, with its version), history kept. The summary columns feed lists
 * and the application decision rules without reading the JSON.
 */
export const bankAnalyses = pgTable(
  "bank_analyses",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    borrowerId: uuid()
      .notNull()
      .references(() => borrowers.id),
    applicationId: uuid().references(() => applications.id),
    status: analysisStatus().notNull().default("created"),
    trigger: text().notNull(),
    asOf: date(),
    engineVersion: text(),
    errorCode: text(),
    errorMessage: text(),
    transactionCount: integer(),
    averagePrimaryIncome: numeric(),
    averageAffordability: numeric(),
    gamblingShare: numeric(),
    returnedDebits3m: integer(),
    healthScore: integer(),
    creditScore: integer(),
    /** The engine's output as is (the gate's refusal too), under the field names `npm run analyse` prints. */
    result: jsonb().$type<AnalysisResult | AnalysisError>(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("bank_analyses_borrower_idx").on(t.borrowerId, t.createdAt), index("bank_analyses_org_idx").on(t.orgId, t.createdAt)],
);

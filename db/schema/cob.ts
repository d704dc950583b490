import { date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { loanAccounts } from "./lending";
import { organisations, users } from "./platform";

export const cobRunStatus = pgEnum("cob_run_status", ["running", "completed", "failed"]);

/** One close-of-business run of one organisation for one business date. */
export const cobRuns = pgTable(
  "cob_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    businessDate: date().notNull(),
    status: cobRunStatus().notNull().default("running"),
    trigger: text().notNull(),
    accountsTotal: integer().notNull().default(0),
    accountsDone: integer().notNull().default(0),
    accountsFailed: integer().notNull().default(0),
    startedBy: uuid().references(() => users.id),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    error: text(),
  },
  (t) => [index("cob_runs_org_idx").on(t.orgId, t.startedAt), uniqueIndex("cob_runs_org_date_key").on(t.orgId, t.businessDate)],
);

/** An account the run could not process that day, with the reason; it is retried by the next run. */
export const cobFailures = pgTable(
  "cob_failures",
  {
    id: uuid().primaryKey().defaultRandom(),
    runId: uuid()
      .notNull()
      .references(() => cobRuns.id),
    loanId: uuid()
      .notNull()
      .references(() => loanAccounts.id),
    businessDate: date().notNull(),
    error: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cob_failures_run_idx").on(t.runId)],
);

/** A revolving account's monthly statement, stored as issued. */
export const loanStatements = pgTable(
  "loan_statements",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    loanId: uuid()
      .notNull()
      .references(() => loanAccounts.id),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    statementDate: date().notNull(),
    dueDate: date().notNull(),
    openingBalance: numeric().notNull(),
    drawdowns: numeric().notNull(),
    repayments: numeric().notNull(),
    fees: numeric().notNull(),
    interest: numeric().notNull(),
    closingBalance: numeric().notNull(),
    minimumPayment: numeric().notNull(),
    /** Part of the minimum payment left unpaid from earlier statements. */
    pastDue: numeric().notNull().default("0"),
    transactions: jsonb().$type<Array<{ date: string; type: string; amount: string; description: string }>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("loan_statements_loan_date_key").on(t.loanId, t.statementDate)],
);

/** Portfolio at risk by delinquency bucket at the end of each closed day (bucket 0: not overdue). */
export const portfolioSnapshots = pgTable(
  "portfolio_snapshots",
  {
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    businessDate: date().notNull(),
    bucket: integer().notNull(),
    accounts: integer().notNull(),
    principalOutstanding: numeric().notNull(),
    overdueAmount: numeric().notNull(),
  },
  (t) => [uniqueIndex("portfolio_snapshots_key").on(t.orgId, t.businessDate, t.bucket)],
);

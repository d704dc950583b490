import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ScheduleInstalment, ScheduleTotals } from "@/server/lending/schedule";
import { organisations, users } from "./platform";

/**
 * Money and rates: `numeric` (exact), read and written as strings. No fixed scale: a value keeps the
 * decimals it was written with, which services set to the currency's minor unit.
 */
const amount = () => numeric();
const rate = () => numeric();
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid()
    .notNull()
    .references(() => organisations.id);

export const productType = pgEnum("product_type", ["term_loan", "revolving_credit"]);
export const productStatus = pgEnum("product_status", ["draft", "published"]);

export interface ProductFee {
  name: string;
  type: "flat" | "percent";
  amount: string;
  event: "disbursement" | "arrears" | "default" | "ad_hoc";
}

export const creditProducts = pgTable(
  "credit_products",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    type: productType().notNull(),
    status: productStatus().notNull().default("draft"),
    name: text().notNull(),
    description: text(),
    amountMin: amount().notNull(),
    amountMax: amount().notNull(),
    amountDefault: amount().notNull(),
    interestMax: rate().notNull(),
    interestDefault: rate().notNull(),
    instalmentsMin: integer(),
    instalmentsMax: integer(),
    instalmentsDefault: integer(),
    repaymentEvery: integer().notNull().default(1),
    repaymentFrequency: text().notNull().default("months"),
    graceOnPrincipal: integer().notNull().default(0),
    graceOnInterestPayment: integer().notNull().default(0),
    amortisation: text().notNull().default("equal_instalments"),
    interestMethod: text().notNull().default("declining_balance"),
    interestCalculationPeriod: text().notNull().default("same_as_repayment"),
    daysInYear: text().notNull().default("actual"),
    daysInMonth: text().notNull().default("actual"),
    instalmentMultiple: amount(),
    roundingMode: text().notNull().default("half_even"),
    repaymentDateType: text().notNull().default("day_of_month"),
    repaymentDay: integer(),
    holidayShift: text().notNull().default("on_day"),
    interestOnHolidays: boolean().notNull().default(true),
    earlyRepaymentStrategy: text().notNull().default("from_last_instalment"),
    arrearsToleranceDays: integer().notNull().default(0),
    fees: jsonb().$type<ProductFee[]>().notNull().default([]),
    /** Revolving credit: the credit limit of an account is its application amount, up to amountMax. */
    statementDay: integer(),
    dueDay: integer(),
    minimumPaymentPercent: rate(),
    minimumPaymentFloor: amount(),
    copiedFromId: uuid(),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("credit_products_org_idx").on(t.orgId, t.createdAt)],
);

export const borrowerKind = pgEnum("borrower_kind", ["person", "business"]);

export const borrowers = pgTable(
  "borrowers",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    kind: borrowerKind().notNull(),
    firstName: text(),
    lastName: text(),
    dateOfBirth: date(),
    nationalIdNumber: text(),
    nationalIdType: text(),
    registeredName: text(),
    registrationNumber: text(),
    email: text(),
    phone: text(),
    addressLine1: text(),
    addressLine2: text(),
    city: text(),
    region: text(),
    postalCode: text(),
    country: text(),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("borrowers_org_idx").on(t.orgId, t.createdAt)],
);

export const applicationStatus = pgEnum("application_status", ["incomplete", "complete", "processing", "accepted", "declined", "withdrawn"]);

export const applications = pgTable(
  "applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    number: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    borrowerId: uuid()
      .notNull()
      .references(() => borrowers.id),
    productId: uuid()
      .notNull()
      .references(() => creditProducts.id),
    status: applicationStatus().notNull().default("incomplete"),
    amount: amount().notNull(),
    instalments: integer(),
    interestRate: rate().notNull(),
    customFields: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    decisionId: uuid(),
    loanAccountId: uuid(),
    completedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("applications_org_idx").on(t.orgId, t.createdAt), index("applications_borrower_idx").on(t.borrowerId)],
);

export interface DecisionReason {
  rule: string;
  passed: boolean;
  detail: string;
}

export const applicationDecisions = pgTable(
  "application_decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    outcome: text().notNull(),
    reasons: jsonb().$type<DecisionReason[]>().notNull(),
    /** The borrower's details as they were when the decision was taken (the seed: current details at processing). */
    borrowerSnapshot: jsonb().notNull(),
    decidedBy: text().notNull(),
    overriddenBy: uuid().references(() => users.id),
    overrideReason: text(),
    createdAt: createdAt(),
  },
  (t) => [index("application_decisions_app_idx").on(t.applicationId, t.createdAt)],
);

/** Per-organisation lending policy: decision rules now, close-of-business thresholds later. */
export const lendingSettings = pgTable("lending_settings", {
  orgId: uuid()
    .primaryKey()
    .references(() => organisations.id),
  minimumBorrowerAge: integer().notNull().default(18),
  maximumBorrowerAge: integer(),
  defaultThresholdDays: integer().notNull().default(90),
  /** Bank-data thresholds for decisions; null switches a rule off. */
  minimumAffordability: numeric(),
  requireAffordabilityCoversInstalment: boolean().notNull().default(false),
  maximumGamblingShare: numeric(),
  maximumReturnedDebits3m: integer(),
  minimumHealthScore: integer(),
  /** Delinquency buckets by days overdue, lower bounds inclusive: [1, 31, 61, 91, 181] means 1–30, 31–60, … 181+. */
  delinquencyBucketStarts: jsonb().$type<number[]>().notNull().default([1, 31, 61, 91, 181]),
  /** Local time (organisation's time zone) after which the day's close of business runs by itself. */
  cobTime: text().notNull().default("23:30"),
  cobEnabled: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const loanStatus = pgEnum("loan_status", ["approved", "active", "late", "arrears", "default", "closed"]);
export const loanSubStatus = pgEnum("loan_sub_status", ["paid_in_full", "written_off"]);

export const loanAccounts = pgTable(
  "loan_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    number: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    borrowerId: uuid()
      .notNull()
      .references(() => borrowers.id),
    productId: uuid()
      .notNull()
      .references(() => creditProducts.id),
    type: productType().notNull(),
    currency: text().notNull(),
    status: loanStatus().notNull().default("approved"),
    subStatus: loanSubStatus(),
    closeReason: text(),
    /** Term loans: the approved principal. Revolving: the credit limit. */
    approvedAmount: amount().notNull(),
    interestRate: rate().notNull(),
    /** The schedule contract's terms, frozen from product and application when the account opened. */
    terms: jsonb().$type<Record<string, unknown>>().notNull(),
    earlyRepaymentStrategy: text().notNull(),
    fees: jsonb().$type<ProductFee[]>().notNull().default([]),
    interestStopped: boolean().notNull().default(false),
    disbursedOn: date(),
    closedOn: date(),
    /** Snapshot of the last replay, for lists and dashboards (the ledger is the truth). */
    principalOutstanding: amount().notNull().default("0"),
    interestOutstanding: amount().notNull().default("0"),
    feesOutstanding: amount().notNull().default("0"),
    overdueAmount: amount().notNull().default("0"),
    daysOverdue: integer().notNull().default(0),
    nextDueDate: date(),
    /** Close of business: interest earned and not yet due, as of the end of `lastCobDate`. */
    accruedInterest: amount().notNull().default("0"),
    /**
     * Interest accrued (not due) at the end of each day from `accrualFrom` to the next due date,
     * computed by the lending engine whenever the ledger changes: the daily run reads it instead of
     * replaying every loan every day.
     */
    accrualFrom: date(),
    accrualCurve: jsonb().$type<string[]>(),
    /** The oldest instalment (or minimum payment) still unpaid; the account is late after that day. */
    oldestUnpaidDueDate: date(),
    lateSince: date(),
    arrearsSince: date(),
    defaultSince: date(),
    lastCobDate: date(),
    /** Revolving: the minimum payment of the last statement and its due date. */
    minimumPaymentDue: amount(),
    minimumPaymentDueDate: date(),
    /** Revolving: what an earlier statement asked and was not paid (part of the minimum), and since when. */
    minimumPaymentPastDue: amount(),
    minimumPaymentPastDueSince: date(),
    lastStatementDate: date(),
    version: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("loan_accounts_application_key").on(t.applicationId),
    index("loan_accounts_org_status_idx").on(t.orgId, t.status),
    index("loan_accounts_borrower_idx").on(t.borrowerId),
  ],
);

export const loanSchedules = pgTable(
  "loan_schedules",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    loanId: uuid()
      .notNull()
      .references(() => loanAccounts.id),
    version: integer().notNull(),
    reason: text().notNull(),
    rows: jsonb().$type<ScheduleInstalment[]>().notNull(),
    totals: jsonb().$type<ScheduleTotals>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("loan_schedules_loan_version_key").on(t.loanId, t.version)],
);

export const loanTransactionType = pgEnum("loan_transaction_type", ["disbursement", "repayment", "fee", "interest_stop", "interest_start", "write_off"]);
export const loanTransactionStatus = pgEnum("loan_transaction_status", ["applied", "reverted"]);

export const loanTransactions = pgTable(
  "loan_transactions",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    loanId: uuid()
      .notNull()
      .references(() => loanAccounts.id),
    /** Order of posting within the account; reverts cascade to every higher sequence. */
    sequence: integer().notNull(),
    type: loanTransactionType().notNull(),
    status: loanTransactionStatus().notNull().default("applied"),
    amount: amount().notNull(),
    valueDate: date().notNull(),
    principalPortion: amount().notNull().default("0"),
    interestPortion: amount().notNull().default("0"),
    feesPortion: amount().notNull().default("0"),
    feeName: text(),
    note: text(),
    idempotencyKey: text(),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    revertedAt: timestamp({ withTimezone: true }),
    revertedBy: uuid().references(() => users.id),
    revertReason: text(),
  },
  (t) => [uniqueIndex("loan_transactions_loan_sequence_key").on(t.loanId, t.sequence), index("loan_transactions_org_idx").on(t.orgId, t.createdAt)],
);

export const ledgerAccount = pgEnum("ledger_account", ["loan_principal", "interest_receivable", "fee_receivable", "cash", "interest_income", "fee_income", "write_off_loss"]);

export const journalEntries = pgTable(
  "journal_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    loanId: uuid()
      .notNull()
      .references(() => loanAccounts.id),
    transactionId: uuid()
      .notNull()
      .references(() => loanTransactions.id),
    kind: text().notNull(),
    entryDate: date().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("journal_entries_loan_idx").on(t.loanId, t.createdAt)],
);

/** Signed: a debit is positive, a credit negative. Every entry's lines sum to zero (deferred trigger). */
export const journalLines = pgTable(
  "journal_lines",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    entryId: uuid()
      .notNull()
      .references(() => journalEntries.id),
    account: ledgerAccount().notNull(),
    amount: amount().notNull(),
  },
  (t) => [index("journal_lines_entry_idx").on(t.entryId), check("journal_lines_amount_nonzero", sql`${t.amount} <> 0`)],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    orgId: orgId(),
    key: text().notNull(),
    action: text().notNull(),
    requestHash: text().notNull(),
    response: jsonb().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("idempotency_keys_org_key").on(t.orgId, t.key)],
);

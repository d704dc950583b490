import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications, borrowers } from "./lending";
import { organisations, users } from "./platform";

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid()
    .notNull()
    .references(() => organisations.id);

/** One successful import (a failed import stores nothing: the whole import is one transaction). */
export const bankImports = pgTable(
  "bank_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    borrowerId: uuid()
      .notNull()
      .references(() => borrowers.id),
    applicationId: uuid().references(() => applications.id),
    format: text().notNull(),
    fileName: text().notNull(),
    fileBytes: integer().notNull(),
    accountsCount: integer().notNull(),
    transactionsInFile: integer().notNull(),
    transactionsAdded: integer().notNull(),
    transactionsDuplicate: integer().notNull(),
    warnings: jsonb().$type<Array<{ code: string; message: string }>>().notNull().default([]),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("bank_imports_borrower_idx").on(t.borrowerId, t.createdAt)],
);

export const bankAccounts = pgTable(
  "bank_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    borrowerId: uuid()
      .notNull()
      .references(() => borrowers.id),
    /** What identifies the account across imports: its number, IBAN or the source's id. */
    matchKey: text().notNull(),
    number: text(),
    iban: text(),
    name: text(),
    type: text().notNull(),
    usage: text(),
    ownership: text(),
    currency: text().notNull(),
    bank: text(),
    holder: text(),
    balance: numeric(),
    balanceDate: date(),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("bank_accounts_borrower_key").on(t.borrowerId, t.matchKey), index("bank_accounts_org_idx").on(t.orgId)],
);

export const bankTransactions = pgTable(
  "bank_transactions",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * No foreign keys on org_id and import_id: each checked row takes a share lock on the one parent
     * row, which made a 100 000-row import spend 5 s locking the same two rows. The account's own
     * foreign key (and its org_id) already ties the row to its organisation; the import row is
     * written in the same transaction.
     */
    orgId: uuid().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => bankAccounts.id),
    importId: uuid().notNull(),
    fingerprint: text().notNull(),
    /** Position in its file: keeps same-day transactions in the bank's order. */
    position: integer().notNull(),
    date: date().notNull(),
    amount: numeric().notNull(),
    balance: numeric(),
    description: text().notNull(),
    reference: text(),
    typeHint: text(),
    label: text().notNull(),
    type: text().notNull(),
    counterparty: text(),
    isReturned: boolean().notNull().default(false),
    returnedTransactionId: uuid(),
    reasonSource: text().notNull(),
    reasonRuleId: text().notNull(),
    reasonText: text().notNull(),
    overrideLabel: text(),
    overrideNote: text(),
    overrideBy: uuid().references(() => users.id),
    overrideAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("bank_transactions_account_fingerprint_key").on(t.accountId, t.fingerprint),
    index("bank_transactions_account_date_idx").on(t.accountId, t.date),
  ],
);

export const bankLabelRules = pgTable(
  "bank_label_rules",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text().notNull(),
    pattern: text().notNull(),
    flags: text(),
    label: text().notNull(),
    priority: integer().notNull().default(100),
    appliesTo: text().notNull().default("any"),
    enabled: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bank_label_rules_org_idx").on(t.orgId)],
);

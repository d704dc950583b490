import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const memberRole = pgEnum("member_role", ["owner", "admin", "credit_officer", "viewer"]);
export const membershipStatus = pgEnum("membership_status", ["active", "disabled"]);

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable("organisations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  currency: char({ length: 3 }).notNull(),
  timeZone: text().notNull(),
  /** ISO 3166 country code: public holidays come from `date-holidays` for it. */
  country: char({ length: 2 }).notNull().default("ZA"),
  /** The date close of business works on; advanced by COB, never by the wall clock. */
  businessDate: date().notNull(),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; unique across the platform (one person, several organisations). */
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    disabled: boolean().notNull().default(false),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const memberships = pgTable(
  "memberships",
  {
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: memberRole().notNull(),
    status: membershipStatus().notNull().default("active"),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    email: text().notNull(),
    role: memberRole().notNull(),
    /** SHA-256 of the token in the link; the token itself is only ever in the email. */
    tokenHash: text().notNull(),
    /** Null when an API key sent the invitation. */
    invitedBy: uuid().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("invitations_token_hash_key").on(t.tokenHash), index("invitations_org_idx").on(t.orgId, t.createdAt)],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.createdAt)],
);

export const loginLockouts = pgTable("login_lockouts", {
  email: text().primaryKey(),
  lockedUntil: timestamp({ withTimezone: true }).notNull(),
});

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    actorUserId: uuid().references(() => users.id),
    /** "user", "api_key" or "system" (close of business, jobs). */
    actorType: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_org_created_idx").on(t.orgId, t.createdAt.desc()),
    index("audit_events_entity_idx").on(t.orgId, t.entityType, t.entityId),
  ],
);

export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().references(() => organisations.id),
    kind: text().notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    /** Link the recipient is meant to follow, kept apart so the dev outbox page can show it. */
    actionUrl: text(),
    status: emailStatus().notNull().default("pending"),
    /** "smtp" when SMTP_URL is set, "outbox" when the message only lives here (development). */
    transport: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_org_created_idx").on(t.orgId, t.createdAt.desc())],
);

export const seedRuns = pgTable("seed_runs", {
  name: text().primaryKey(),
  ranAt: timestamp({ withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

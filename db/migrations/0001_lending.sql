CREATE TYPE "public"."application_status" AS ENUM('incomplete', 'complete', 'processing', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."borrower_kind" AS ENUM('person', 'business');--> statement-breakpoint
CREATE TYPE "public"."ledger_account" AS ENUM('loan_principal', 'interest_receivable', 'fee_receivable', 'cash', 'interest_income', 'fee_income', 'write_off_loss');--> statement-breakpoint
CREATE TYPE "public"."loan_status" AS ENUM('approved', 'active', 'late', 'arrears', 'default', 'closed');--> statement-breakpoint
CREATE TYPE "public"."loan_sub_status" AS ENUM('paid_in_full', 'written_off');--> statement-breakpoint
CREATE TYPE "public"."loan_transaction_status" AS ENUM('applied', 'reverted');--> statement-breakpoint
CREATE TYPE "public"."loan_transaction_type" AS ENUM('disbursement', 'repayment', 'fee', 'interest_stop', 'interest_start', 'write_off');--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."product_type" AS ENUM('term_loan', 'revolving_credit');--> statement-breakpoint
CREATE TABLE "application_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"borrower_snapshot" jsonb NOT NULL,
	"decided_by" text NOT NULL,
	"overridden_by" uuid,
	"override_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "applications_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"borrower_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"status" "application_status" DEFAULT 'incomplete' NOT NULL,
	"amount" numeric NOT NULL,
	"instalments" integer,
	"interest_rate" numeric NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision_id" uuid,
	"loan_account_id" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "borrowers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "borrower_kind" NOT NULL,
	"first_name" text,
	"last_name" text,
	"date_of_birth" date,
	"national_id_number" text,
	"national_id_type" text,
	"registered_name" text,
	"registration_number" text,
	"email" text,
	"phone" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" "product_type" NOT NULL,
	"status" "product_status" DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"amount_min" numeric NOT NULL,
	"amount_max" numeric NOT NULL,
	"amount_default" numeric NOT NULL,
	"interest_max" numeric NOT NULL,
	"interest_default" numeric NOT NULL,
	"instalments_min" integer,
	"instalments_max" integer,
	"instalments_default" integer,
	"repayment_every" integer DEFAULT 1 NOT NULL,
	"repayment_frequency" text DEFAULT 'months' NOT NULL,
	"grace_on_principal" integer DEFAULT 0 NOT NULL,
	"grace_on_interest_payment" integer DEFAULT 0 NOT NULL,
	"amortisation" text DEFAULT 'equal_instalments' NOT NULL,
	"interest_method" text DEFAULT 'declining_balance' NOT NULL,
	"interest_calculation_period" text DEFAULT 'same_as_repayment' NOT NULL,
	"days_in_year" text DEFAULT 'actual' NOT NULL,
	"days_in_month" text DEFAULT 'actual' NOT NULL,
	"instalment_multiple" numeric,
	"rounding_mode" text DEFAULT 'half_even' NOT NULL,
	"repayment_date_type" text DEFAULT 'day_of_month' NOT NULL,
	"repayment_day" integer,
	"holiday_shift" text DEFAULT 'on_day' NOT NULL,
	"interest_on_holidays" boolean DEFAULT true NOT NULL,
	"early_repayment_strategy" text DEFAULT 'from_last_instalment' NOT NULL,
	"arrears_tolerance_days" integer DEFAULT 0 NOT NULL,
	"fees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"statement_day" integer,
	"due_day" integer,
	"minimum_payment_percent" numeric,
	"minimum_payment_floor" numeric,
	"copied_from_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"action" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"transaction_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entry_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "journal_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entry_id" uuid NOT NULL,
	"account" "ledger_account" NOT NULL,
	"amount" numeric NOT NULL,
	CONSTRAINT "journal_lines_amount_nonzero" CHECK ("journal_lines"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "lending_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"minimum_borrower_age" integer DEFAULT 18 NOT NULL,
	"maximum_borrower_age" integer,
	"default_threshold_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loan_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "loan_accounts_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"type" "product_type" NOT NULL,
	"currency" text NOT NULL,
	"status" "loan_status" DEFAULT 'approved' NOT NULL,
	"sub_status" "loan_sub_status",
	"close_reason" text,
	"approved_amount" numeric NOT NULL,
	"interest_rate" numeric NOT NULL,
	"terms" jsonb NOT NULL,
	"early_repayment_strategy" text NOT NULL,
	"fees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interest_stopped" boolean DEFAULT false NOT NULL,
	"disbursed_on" date,
	"closed_on" date,
	"principal_outstanding" numeric DEFAULT '0' NOT NULL,
	"interest_outstanding" numeric DEFAULT '0' NOT NULL,
	"fees_outstanding" numeric DEFAULT '0' NOT NULL,
	"overdue_amount" numeric DEFAULT '0' NOT NULL,
	"days_overdue" integer DEFAULT 0 NOT NULL,
	"next_due_date" date,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loan_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"rows" jsonb NOT NULL,
	"totals" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loan_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"type" "loan_transaction_type" NOT NULL,
	"status" "loan_transaction_status" DEFAULT 'applied' NOT NULL,
	"amount" numeric NOT NULL,
	"value_date" date NOT NULL,
	"principal_portion" numeric DEFAULT '0' NOT NULL,
	"interest_portion" numeric DEFAULT '0' NOT NULL,
	"fees_portion" numeric DEFAULT '0' NOT NULL,
	"fee_name" text,
	"note" text,
	"idempotency_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reverted_at" timestamp with time zone,
	"reverted_by" uuid,
	"revert_reason" text
);
--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_overridden_by_users_id_fk" FOREIGN KEY ("overridden_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_product_id_credit_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."credit_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrowers" ADD CONSTRAINT "borrowers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_products" ADD CONSTRAINT "credit_products_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_loan_id_loan_accounts_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_transaction_id_loan_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."loan_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD CONSTRAINT "lending_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD CONSTRAINT "loan_accounts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD CONSTRAINT "loan_accounts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD CONSTRAINT "loan_accounts_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD CONSTRAINT "loan_accounts_product_id_credit_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."credit_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_schedules" ADD CONSTRAINT "loan_schedules_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_schedules" ADD CONSTRAINT "loan_schedules_loan_id_loan_accounts_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_transactions" ADD CONSTRAINT "loan_transactions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_transactions" ADD CONSTRAINT "loan_transactions_loan_id_loan_accounts_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_transactions" ADD CONSTRAINT "loan_transactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_transactions" ADD CONSTRAINT "loan_transactions_reverted_by_users_id_fk" FOREIGN KEY ("reverted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_decisions_app_idx" ON "application_decisions" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_org_idx" ON "applications" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_borrower_idx" ON "applications" USING btree ("borrower_id");--> statement-breakpoint
CREATE INDEX "borrowers_org_idx" ON "borrowers" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "credit_products_org_idx" ON "credit_products" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_org_key" ON "idempotency_keys" USING btree ("org_id","key");--> statement-breakpoint
CREATE INDEX "journal_entries_loan_idx" ON "journal_entries" USING btree ("loan_id","created_at");--> statement-breakpoint
CREATE INDEX "journal_lines_entry_idx" ON "journal_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_accounts_application_key" ON "loan_accounts" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "loan_accounts_org_status_idx" ON "loan_accounts" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "loan_accounts_borrower_idx" ON "loan_accounts" USING btree ("borrower_id");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_schedules_loan_version_key" ON "loan_schedules" USING btree ("loan_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_transactions_loan_sequence_key" ON "loan_transactions" USING btree ("loan_id","sequence");--> statement-breakpoint
CREATE INDEX "loan_transactions_org_idx" ON "loan_transactions" USING btree ("org_id","created_at");
CREATE TYPE "public"."cob_run_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TABLE "cob_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"error" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cob_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"status" "cob_run_status" DEFAULT 'running' NOT NULL,
	"trigger" text NOT NULL,
	"accounts_total" integer DEFAULT 0 NOT NULL,
	"accounts_done" integer DEFAULT 0 NOT NULL,
	"accounts_failed" integer DEFAULT 0 NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "loan_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"statement_date" date NOT NULL,
	"due_date" date NOT NULL,
	"opening_balance" numeric NOT NULL,
	"drawdowns" numeric NOT NULL,
	"repayments" numeric NOT NULL,
	"fees" numeric NOT NULL,
	"interest" numeric NOT NULL,
	"closing_balance" numeric NOT NULL,
	"minimum_payment" numeric NOT NULL,
	"past_due" numeric DEFAULT '0' NOT NULL,
	"transactions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_snapshots" (
	"org_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"bucket" integer NOT NULL,
	"accounts" integer NOT NULL,
	"principal_outstanding" numeric NOT NULL,
	"overdue_amount" numeric NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "delinquency_bucket_starts" jsonb DEFAULT '[1,31,61,91,181]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "cob_time" text DEFAULT '23:30' NOT NULL;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "cob_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "accrued_interest" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "accrual_from" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "accrual_curve" jsonb;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "oldest_unpaid_due_date" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "late_since" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "arrears_since" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "default_since" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "last_cob_date" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "minimum_payment_due" numeric;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "minimum_payment_due_date" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "minimum_payment_past_due" numeric;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "minimum_payment_past_due_since" date;--> statement-breakpoint
ALTER TABLE "loan_accounts" ADD COLUMN "last_statement_date" date;--> statement-breakpoint
ALTER TABLE "cob_failures" ADD CONSTRAINT "cob_failures_run_id_cob_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."cob_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cob_failures" ADD CONSTRAINT "cob_failures_loan_id_loan_accounts_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cob_runs" ADD CONSTRAINT "cob_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cob_runs" ADD CONSTRAINT "cob_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_statements" ADD CONSTRAINT "loan_statements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_statements" ADD CONSTRAINT "loan_statements_loan_id_loan_accounts_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_snapshots" ADD CONSTRAINT "portfolio_snapshots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cob_failures_run_idx" ON "cob_failures" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "cob_runs_org_idx" ON "cob_runs" USING btree ("org_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cob_runs_org_date_key" ON "cob_runs" USING btree ("org_id","business_date");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_statements_loan_date_key" ON "loan_statements" USING btree ("loan_id","statement_date");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_snapshots_key" ON "portfolio_snapshots" USING btree ("org_id","business_date","bucket");
CREATE TYPE "public"."analysis_status" AS ENUM('created', 'in_progress', 'completed', 'error');--> statement-breakpoint
CREATE TABLE "bank_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"application_id" uuid,
	"status" "analysis_status" DEFAULT 'created' NOT NULL,
	"trigger" text NOT NULL,
	"as_of" date,
	"engine_version" text,
	"error_code" text,
	"error_message" text,
	"transaction_count" integer,
	"average_primary_income" numeric,
	"average_affordability" numeric,
	"gambling_share" numeric,
	"returned_debits3m" integer,
	"health_score" integer,
	"credit_score" integer,
	"result" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "minimum_affordability" numeric;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "require_affordability_covers_instalment" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "maximum_gambling_share" numeric;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "maximum_returned_debits3m" integer;--> statement-breakpoint
ALTER TABLE "lending_settings" ADD COLUMN "minimum_health_score" integer;--> statement-breakpoint
ALTER TABLE "bank_analyses" ADD CONSTRAINT "bank_analyses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_analyses" ADD CONSTRAINT "bank_analyses_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_analyses" ADD CONSTRAINT "bank_analyses_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_analyses" ADD CONSTRAINT "bank_analyses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_analyses_borrower_idx" ON "bank_analyses" USING btree ("borrower_id","created_at");--> statement-breakpoint
CREATE INDEX "bank_analyses_org_idx" ON "bank_analyses" USING btree ("org_id","created_at");
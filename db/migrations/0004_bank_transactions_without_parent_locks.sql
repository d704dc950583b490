ALTER TABLE "bank_transactions" DROP CONSTRAINT "bank_transactions_org_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "bank_transactions" DROP CONSTRAINT "bank_transactions_import_id_bank_imports_id_fk";
--> statement-breakpoint
DROP INDEX "bank_transactions_org_label_idx";
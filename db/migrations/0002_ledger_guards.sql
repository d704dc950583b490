-- The ledger's invariants, enforced by the database so that no code path can break them.

-- 1. Every journal entry balances: its signed lines sum to zero. Checked at commit (deferred), so an
--    entry's lines can be inserted one by one inside the transaction.
CREATE FUNCTION assert_journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total numeric;
BEGIN
  SELECT coalesce(sum(amount), 0) INTO total FROM journal_lines WHERE entry_id = NEW.entry_id;
  IF total <> 0 THEN
    RAISE EXCEPTION 'journal entry % does not balance: its lines sum to %', NEW.entry_id, total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_lines_balanced
  AFTER INSERT OR UPDATE ON journal_lines
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION assert_journal_entry_balanced();
--> statement-breakpoint

-- 2. The journal is append-only: corrections are new (reversal) entries, never edits or deletes.
CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER journal_lines_append_only BEFORE UPDATE OR DELETE ON journal_lines
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
--> statement-breakpoint
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
--> statement-breakpoint

-- 3. Loan transactions are never deleted, and once posted only their revert state may change.
CREATE FUNCTION guard_loan_transaction_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'loan_transactions are never deleted: revert instead' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.loan_id, NEW.sequence, NEW.type, NEW.amount, NEW.value_date, NEW.principal_portion, NEW.interest_portion, NEW.fees_portion)
     IS DISTINCT FROM (OLD.loan_id, OLD.sequence, OLD.type, OLD.amount, OLD.value_date, OLD.principal_portion, OLD.interest_portion, OLD.fees_portion)
     OR (OLD.status = 'reverted') THEN
    RAISE EXCEPTION 'loan transaction % is immutable: only an applied transaction can be marked reverted', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER loan_transactions_guard BEFORE UPDATE OR DELETE ON loan_transactions
  FOR EACH ROW EXECUTE FUNCTION guard_loan_transaction_update();

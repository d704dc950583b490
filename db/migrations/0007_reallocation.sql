-- A back-dated repayment can change how later repayments were allocated: their portions may then be
-- rewritten (the journal keeps every version as reallocation entries). Everything else stays immutable.
CREATE OR REPLACE FUNCTION guard_loan_transaction_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'loan_transactions are never deleted: revert instead' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.loan_id, NEW.sequence, NEW.type, NEW.amount, NEW.value_date)
     IS DISTINCT FROM (OLD.loan_id, OLD.sequence, OLD.type, OLD.amount, OLD.value_date)
     OR (OLD.status = 'reverted') THEN
    RAISE EXCEPTION 'loan transaction % is immutable: only an applied transaction can be reallocated or marked reverted', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

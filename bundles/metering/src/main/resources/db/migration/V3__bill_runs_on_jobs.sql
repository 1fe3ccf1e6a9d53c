-- A bill run's progress now lives in the platform job of the same id.
ALTER TABLE met_bill_run DROP COLUMN status;
ALTER TABLE met_bill_run DROP COLUMN done;
ALTER TABLE met_bill_run DROP COLUMN billed;
ALTER TABLE met_bill_run DROP COLUMN skipped;
ALTER TABLE met_bill_run DROP COLUMN finished_at;

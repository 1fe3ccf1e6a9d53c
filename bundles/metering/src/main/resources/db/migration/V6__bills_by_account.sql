-- An account's open bills (every payment, charge and balance view asks for them) by their own index: with only
-- (tenant, status, due_on) a planner working from stale statistics, right after a bill run, scanned every open bill
-- of the branch for one account (28 ms instead of 0.05 ms with 200,000 open bills).
CREATE INDEX ix_met_bill_account_status ON met_bill (tenant_id, account_no, status);

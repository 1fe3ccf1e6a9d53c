-- 收费日报 reads a branch day's payments and refunds by time; receipts are looked up by number.
CREATE INDEX ix_met_payment_paid_at ON met_payment (tenant_id, paid_at);
CREATE INDEX ix_met_refund_at ON met_refund (tenant_id, at);

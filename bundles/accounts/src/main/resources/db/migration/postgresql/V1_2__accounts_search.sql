-- Search on a million accounts: name prefix and address fragments use trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_acc_account_name_trgm ON acc_account USING gin (holder_name gin_trgm_ops);
CREATE INDEX ix_acc_account_address_trgm ON acc_account USING gin (address gin_trgm_ops);
CREATE INDEX ix_acc_account_name_prefix ON acc_account (tenant_id, holder_name varchar_pattern_ops);
CREATE INDEX ix_acc_account_area_prefix ON acc_account (tenant_id, area varchar_pattern_ops);
CREATE INDEX ix_acc_premises_area_prefix ON acc_premises (tenant_id, area varchar_pattern_ops);

-- 催缴 steps, append-only.
CREATE TABLE met_dunning (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(36)  NOT NULL,
    account_no    varchar(40)  NOT NULL,
    step          varchar(16)  NOT NULL,
    note          varchar(500),
    owed_fen      bigint       NOT NULL,
    days_overdue  integer      NOT NULL,
    by_user       varchar(64)  NOT NULL,
    at            timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_met_dunning_account ON met_dunning (tenant_id, account_no, at);

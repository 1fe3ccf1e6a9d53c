-- Meter reading and billing (抄表收费). Every table leads its primary key with tenant_id.
CREATE TABLE met_account (
    tenant_id       varchar(32)  NOT NULL,
    account_no      varchar(40)  NOT NULL,
    category        varchar(24)  NOT NULL,
    household_size  integer      NOT NULL,
    state           varchar(16)  NOT NULL,
    holder_name     varchar(100),
    address         varchar(300),
    PRIMARY KEY (tenant_id, account_no)
);

CREATE TABLE met_route (
    tenant_id    varchar(32)  NOT NULL,
    id           varchar(36)  NOT NULL,
    name         varchar(100) NOT NULL,
    reader       varchar(64)  NOT NULL,
    cycle        varchar(16)  NOT NULL,
    reading_day  integer      NOT NULL,
    version      bigint       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE met_meter (
    tenant_id          varchar(32)   NOT NULL,
    serial             varchar(40)   NOT NULL,
    account_no         varchar(40)   NOT NULL,
    type               varchar(16)   NOT NULL,
    digits             integer       NOT NULL,
    installed_on       date          NOT NULL,
    initial_reading    numeric(12,3) NOT NULL,
    status             varchar(16)   NOT NULL,
    last_reading       numeric(12,3) NOT NULL,
    last_read_on       date          NOT NULL,
    reading_count      integer       NOT NULL,
    consumption_total  numeric(14,3) NOT NULL,
    route_id           varchar(36),
    route_seq          integer       NOT NULL,
    replaced_by        varchar(40),
    final_reading      numeric(12,3),
    version            bigint        NOT NULL,
    PRIMARY KEY (tenant_id, serial)
);
CREATE INDEX ix_met_meter_account ON met_meter (tenant_id, account_no);
CREATE INDEX ix_met_meter_route ON met_meter (tenant_id, route_id, route_seq);

CREATE TABLE met_reading (
    tenant_id      varchar(32)   NOT NULL,
    id             varchar(36)   NOT NULL,
    serial         varchar(40)   NOT NULL,
    account_no     varchar(40)   NOT NULL,
    reading_value  numeric(12,3) NOT NULL,
    read_on        date          NOT NULL,
    source         varchar(16)   NOT NULL,
    reader         varchar(64)   NOT NULL,
    consumption    numeric(12,3) NOT NULL,
    rollover       boolean       NOT NULL,
    anomaly        varchar(8),
    reviewed       boolean       NOT NULL,
    bill_id        varchar(36),
    created_at     timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_met_reading_account ON met_reading (tenant_id, account_no, read_on);
CREATE INDEX ix_met_reading_unbilled ON met_reading (tenant_id, bill_id, read_on);
CREATE INDEX ix_met_reading_anomaly ON met_reading (tenant_id, anomaly, reviewed);

CREATE TABLE met_tariff (
    tenant_id       varchar(32)   NOT NULL,
    id              varchar(36)   NOT NULL,
    category        varchar(24)   NOT NULL,
    effective_from  date          NOT NULL,
    spec            varchar(4000) NOT NULL,
    created_by      varchar(64)   NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, category, effective_from)
);

CREATE TABLE met_bill_run (
    tenant_id    varchar(32) NOT NULL,
    id           varchar(36) NOT NULL,
    period       varchar(7)  NOT NULL,
    route_id     varchar(36),
    status       varchar(16) NOT NULL,
    total        integer     NOT NULL,
    done         integer     NOT NULL,
    billed       integer     NOT NULL,
    skipped      integer     NOT NULL,
    actor        varchar(64) NOT NULL,
    started_at   timestamp with time zone NOT NULL,
    finished_at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE met_bill (
    tenant_id    varchar(32)   NOT NULL,
    id           varchar(36)   NOT NULL,
    account_no   varchar(40)   NOT NULL,
    period       varchar(24)   NOT NULL,
    kind         varchar(16)   NOT NULL,
    period_from  date          NOT NULL,
    period_to    date          NOT NULL,
    volume       numeric(12,3) NOT NULL,
    amount_fen   bigint        NOT NULL,
    paid_fen     bigint        NOT NULL,
    status       varchar(16)   NOT NULL,
    due_on       date          NOT NULL,
    run_id       varchar(36),
    issued_at    timestamp with time zone NOT NULL,
    version      bigint        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_no, period)
);
CREATE INDEX ix_met_bill_open ON met_bill (tenant_id, status, due_on);

CREATE TABLE met_bill_line (
    tenant_id    varchar(32)   NOT NULL,
    id           varchar(48)   NOT NULL,
    bill_id      varchar(36)   NOT NULL,
    account_no   varchar(40)   NOT NULL,
    seq          integer       NOT NULL,
    period_from  date          NOT NULL,
    period_to    date          NOT NULL,
    tier         integer       NOT NULL,
    volume       numeric(12,3) NOT NULL,
    price_fen    bigint        NOT NULL,
    amount_fen   bigint        NOT NULL,
    tariff_year  date,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_met_bill_line_bill ON met_bill_line (tenant_id, bill_id, seq);
CREATE INDEX ix_met_bill_line_year ON met_bill_line (tenant_id, account_no, tariff_year);

CREATE TABLE met_payment (
    tenant_id          varchar(32)  NOT NULL,
    id                 varchar(36)  NOT NULL,
    idempotency_key    varchar(100) NOT NULL,
    account_no         varchar(40)  NOT NULL,
    amount_fen         bigint       NOT NULL,
    channel            varchar(16)  NOT NULL,
    receipt_no         varchar(32)  NOT NULL,
    cashier            varchar(64)  NOT NULL,
    paid_at            timestamp with time zone NOT NULL,
    balance_after_fen  bigint       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, idempotency_key),
    UNIQUE (tenant_id, receipt_no)
);

CREATE TABLE met_allocation (
    tenant_id   varchar(32) NOT NULL,
    id          varchar(36) NOT NULL,
    payment_id  varchar(36) NOT NULL,
    bill_id     varchar(36) NOT NULL,
    period      varchar(24) NOT NULL,
    amount_fen  bigint      NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_met_allocation_payment ON met_allocation (tenant_id, payment_id);

CREATE TABLE met_balance (
    tenant_id    varchar(32) NOT NULL,
    account_no   varchar(40) NOT NULL,
    balance_fen  bigint      NOT NULL,
    version      bigint      NOT NULL,
    PRIMARY KEY (tenant_id, account_no)
);


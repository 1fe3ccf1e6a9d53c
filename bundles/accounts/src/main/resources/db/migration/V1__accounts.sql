-- Customer archive (用户档案). Every table leads its primary key with tenant_id.
CREATE TABLE acc_customer (
    tenant_id       varchar(32)  NOT NULL,
    id              varchar(36)  NOT NULL,
    kind            varchar(16)  NOT NULL,
    name            varchar(100) NOT NULL,
    id_type         varchar(20),
    id_number       varchar(40),
    phones          varchar(200),
    phone_tail      varchar(4),
    category        varchar(24)  NOT NULL,
    household_size  integer      NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    version         bigint       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_acc_customer_name ON acc_customer (tenant_id, name);
CREATE INDEX ix_acc_customer_phone ON acc_customer (tenant_id, phone_tail);

CREATE TABLE acc_premises (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(36)  NOT NULL,
    district    varchar(50)  NOT NULL,
    community   varchar(50),
    building    varchar(20),
    unit        varchar(20),
    room        varchar(20),
    area        varchar(200) NOT NULL,
    address     varchar(300) NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_acc_premises_area ON acc_premises (tenant_id, area);

CREATE TABLE acc_account (
    tenant_id           varchar(32)  NOT NULL,
    account_no          varchar(40)  NOT NULL,
    customer_id         varchar(36)  NOT NULL,
    holder_name         varchar(100) NOT NULL,
    phones              varchar(200),
    phone_tail          varchar(4),
    premises_id         varchar(36)  NOT NULL,
    area                varchar(200) NOT NULL,
    address             varchar(300) NOT NULL,
    category            varchar(24)  NOT NULL,
    household_size      integer      NOT NULL,
    state               varchar(16)  NOT NULL,
    contract_no         varchar(40),
    contract_signed_on  date,
    opening_fee_fen     bigint       NOT NULL,
    prepayment_fen      bigint       NOT NULL,
    settlement_fen      bigint       NOT NULL,
    applied_at          timestamp with time zone NOT NULL,
    installed_at        timestamp with time zone,
    activated_at        timestamp with time zone,
    closed_at           timestamp with time zone,
    history_count       integer      NOT NULL,
    version             bigint       NOT NULL,
    PRIMARY KEY (tenant_id, account_no),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES acc_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, premises_id) REFERENCES acc_premises (tenant_id, id)
);
CREATE INDEX ix_acc_account_name ON acc_account (tenant_id, holder_name);
CREATE INDEX ix_acc_account_phone ON acc_account (tenant_id, phone_tail);
CREATE INDEX ix_acc_account_area ON acc_account (tenant_id, area);
CREATE INDEX ix_acc_account_customer ON acc_account (tenant_id, customer_id);

CREATE TABLE acc_account_history (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(36)  NOT NULL,
    account_no  varchar(40)  NOT NULL,
    seq         integer      NOT NULL,
    at          timestamp with time zone NOT NULL,
    actor       varchar(64)  NOT NULL,
    action      varchar(32)  NOT NULL,
    field       varchar(32),
    old_value   varchar(300),
    new_value   varchar(300),
    reason      varchar(300),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_no, seq)
);

CREATE TABLE acc_numbering (
    tenant_id  varchar(32) NOT NULL,
    id         varchar(16) NOT NULL,
    pattern    varchar(64) NOT NULL,
    version    bigint      NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE acc_counter (
    tenant_id   varchar(32) NOT NULL,
    prefix      varchar(40) NOT NULL,
    next_value  bigint      NOT NULL,
    PRIMARY KEY (tenant_id, prefix)
);

CREATE TABLE acc_import_job (
    tenant_id    varchar(32) NOT NULL,
    id           varchar(36) NOT NULL,
    status       varchar(16) NOT NULL,
    actor        varchar(64) NOT NULL,
    total        integer     NOT NULL,
    done         integer     NOT NULL,
    imported     integer     NOT NULL,
    failed       integer     NOT NULL,
    started_at   timestamp with time zone NOT NULL,
    finished_at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE acc_import_error (
    tenant_id  varchar(32)  NOT NULL,
    id         varchar(36)  NOT NULL,
    job_id     varchar(36)  NOT NULL,
    row_no     integer      NOT NULL,
    field      varchar(32),
    message    varchar(300) NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_acc_import_error_job ON acc_import_error (tenant_id, job_id, row_no);

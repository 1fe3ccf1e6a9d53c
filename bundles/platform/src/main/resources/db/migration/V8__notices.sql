-- Notices that reach customers: what was said to whom, and every attempt to deliver it (the proof).
CREATE TABLE platform_notice (
    tenant_id     varchar(32)   NOT NULL,
    id            varchar(36)   NOT NULL,
    kind          varchar(32)   NOT NULL,
    subject       varchar(200)  NOT NULL,
    customer_id   varchar(64)   NOT NULL,
    account_no    varchar(64),
    customer_name varchar(200),
    emergency     boolean       NOT NULL,
    title         varchar(200)  NOT NULL,
    body          varchar(4000) NOT NULL,
    created_at    timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    -- sending the same notice twice (a publish repeated) reuses the first
    UNIQUE (tenant_id, subject, kind, customer_id)
);
CREATE INDEX platform_notice_by_customer ON platform_notice (tenant_id, customer_id, created_at);

-- One row per attempt; a row moves QUEUED → SENDING → SENT/DELIVERED/FAILED once, a retry is a new row.
CREATE TABLE platform_notice_delivery (
    tenant_id     varchar(32)   NOT NULL,
    id            varchar(36)   NOT NULL,
    notice_id     varchar(36)   NOT NULL,
    customer_id   varchar(64)   NOT NULL,
    channel       varchar(32),
    address       varchar(200),
    status        varchar(16)   NOT NULL,
    reason        varchar(1000),
    attempt       integer       NOT NULL,
    due_at        timestamp with time zone NOT NULL,
    recorded_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, notice_id) REFERENCES platform_notice (tenant_id, id)
);
CREATE INDEX platform_notice_delivery_due ON platform_notice_delivery (tenant_id, status, due_at);
CREATE INDEX platform_notice_delivery_by_notice ON platform_notice_delivery (tenant_id, notice_id);

-- Contact preferences, a new version per change; the highest version applies.
CREATE TABLE platform_notice_contact (
    tenant_id     varchar(32)   NOT NULL,
    customer_id   varchar(64)   NOT NULL,
    version       integer       NOT NULL,
    channels      varchar(2000) NOT NULL,
    addresses     varchar(4000) NOT NULL,
    opt_outs      varchar(2000) NOT NULL,
    updated_at    timestamp with time zone NOT NULL,
    updated_by    varchar(100),
    PRIMARY KEY (tenant_id, customer_id, version)
);

-- The branch's quiet hours, a new version per change; none recorded means 21:00–08:00.
CREATE TABLE platform_notice_quiet (
    tenant_id     varchar(32)   NOT NULL,
    version       integer       NOT NULL,
    quiet_from    varchar(5)    NOT NULL,
    quiet_to      varchar(5)    NOT NULL,
    updated_at    timestamp with time zone NOT NULL,
    updated_by    varchar(100),
    PRIMARY KEY (tenant_id, version)
);

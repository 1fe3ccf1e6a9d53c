-- Household safety inspections (入户安检). Rows are appended; only an inspection's and a hazard's current
-- status move, and every step that moves them is its own row (notice, visit, re-inspection).
CREATE TABLE insp_rule (
    tenant_id   varchar(32)  NOT NULL,
    name        varchar(64)  NOT NULL,
    rule_value  integer      NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE insp_plan (
    tenant_id    varchar(32)  NOT NULL,
    id           varchar(32)  NOT NULL,
    area         varchar(200) NOT NULL,
    period_start date         NOT NULL,
    period_end   date         NOT NULL,
    planned      integer      NOT NULL,
    created_by   varchar(64)  NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_insp_plan_area ON insp_plan (tenant_id, area, period_start);

CREATE TABLE insp_inspection (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(80)  NOT NULL,
    plan_id       varchar(32)  NOT NULL,
    account_no    varchar(40)  NOT NULL,
    customer_id   varchar(64),
    customer_name varchar(200),
    category      varchar(32)  NOT NULL,
    area          varchar(200),
    address       varchar(300),
    status        varchar(16)  NOT NULL,
    notified_at   timestamp with time zone,
    visit_at      timestamp with time zone,
    attempts      integer      NOT NULL,
    inspected_at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, plan_id, account_no),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES insp_plan (tenant_id, id)
);
CREATE INDEX ix_insp_inspection_account ON insp_inspection (tenant_id, account_no);

CREATE TABLE insp_notice (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(90)  NOT NULL,
    inspection_id varchar(80)  NOT NULL,
    visit_at      timestamp with time zone NOT NULL,
    notified_by   varchar(64)  NOT NULL,
    notified_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES insp_inspection (tenant_id, id)
);

CREATE TABLE insp_visit (
    tenant_id      varchar(32)  NOT NULL,
    id             varchar(90)  NOT NULL,
    inspection_id  varchar(80)  NOT NULL,
    attempt        integer      NOT NULL,
    result         varchar(16)  NOT NULL,
    visited_at     timestamp with time zone NOT NULL,
    inspector      varchar(64)  NOT NULL,
    checklist      varchar(4000),
    hazard_ids     varchar(1000),
    refusal_reason varchar(500),
    signature_id   varchar(64),
    note           varchar(500),
    recorded_at    timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES insp_inspection (tenant_id, id)
);

CREATE TABLE insp_hazard (
    tenant_id         varchar(32)  NOT NULL,
    id                varchar(32)  NOT NULL,
    inspection_id     varchar(80)  NOT NULL,
    plan_id           varchar(32)  NOT NULL,
    account_no        varchar(40)  NOT NULL,
    area              varchar(200),
    item              varchar(32)  NOT NULL,
    grade             varchar(16)  NOT NULL,
    description       varchar(500) NOT NULL,
    photo_ids         varchar(1000),
    status            varchar(16)  NOT NULL,
    deadline          date         NOT NULL,
    supply_suspended  boolean      NOT NULL,
    recorded_by       varchar(64)  NOT NULL,
    recorded_at       timestamp with time zone NOT NULL,
    closed_at         timestamp with time zone,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES insp_inspection (tenant_id, id)
);
CREATE INDEX ix_insp_hazard_open ON insp_hazard (tenant_id, status, deadline);

CREATE TABLE insp_reinspection (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(40)  NOT NULL,
    hazard_id   varchar(32)  NOT NULL,
    fixed       boolean      NOT NULL,
    note        varchar(500) NOT NULL,
    photo_ids   varchar(1000),
    by_user     varchar(64)  NOT NULL,
    at          timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, hazard_id) REFERENCES insp_hazard (tenant_id, id)
);

-- Service tickets (客服工单). Every table leads its primary key with tenant_id.
CREATE TABLE tkt_ticket (
    tenant_id         varchar(32)   NOT NULL,
    ticket_no         varchar(32)   NOT NULL,
    type              varchar(16)   NOT NULL,
    grade             varchar(16),
    service           varchar(16),
    channel           varchar(16)   NOT NULL,
    status            varchar(16)   NOT NULL,
    priority          varchar(8)    NOT NULL,
    caller_name       varchar(100),
    caller_phone      varchar(30),
    account_no        varchar(40),
    address           varchar(300)  NOT NULL,
    description       varchar(2000) NOT NULL,
    agent             varchar(64)   NOT NULL,
    department        varchar(100),
    assignee          varchar(64),
    satisfaction      integer,
    callback_comment  varchar(1000),
    callback_reached  boolean,
    reopened          integer       NOT NULL,
    received_at       timestamp with time zone NOT NULL,
    resolved_at       timestamp with time zone,
    resolved_by       varchar(64),
    called_back_at    timestamp with time zone,
    closed_at         timestamp with time zone,
    event_count       integer       NOT NULL,
    version           bigint        NOT NULL,
    PRIMARY KEY (tenant_id, ticket_no)
);
CREATE INDEX ix_tkt_ticket_status ON tkt_ticket (tenant_id, status, received_at);
CREATE INDEX ix_tkt_ticket_assignee ON tkt_ticket (tenant_id, assignee, status);
CREATE INDEX ix_tkt_ticket_received ON tkt_ticket (tenant_id, received_at);

CREATE TABLE tkt_clock (
    tenant_id     varchar(32) NOT NULL,
    id            varchar(36) NOT NULL,
    ticket_no     varchar(32) NOT NULL,
    clock         varchar(16) NOT NULL,
    clock_round   integer     NOT NULL,
    due_at        timestamp with time zone NOT NULL,
    met_at        timestamp with time zone,
    escalated_at  timestamp with time zone,
    escalated_to  varchar(32),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, ticket_no, clock, clock_round)
);
CREATE INDEX ix_tkt_clock_open ON tkt_clock (tenant_id, met_at, due_at);

CREATE TABLE tkt_event (
    tenant_id    varchar(32)   NOT NULL,
    id           varchar(36)   NOT NULL,
    ticket_no    varchar(32)   NOT NULL,
    seq          integer       NOT NULL,
    at           timestamp with time zone NOT NULL,
    actor        varchar(64)   NOT NULL,
    action       varchar(32)   NOT NULL,
    from_status  varchar(16),
    to_status    varchar(16),
    note         varchar(2000),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, ticket_no, seq)
);

CREATE TABLE tkt_policy (
    tenant_id            varchar(32)   NOT NULL,
    id                   varchar(16)   NOT NULL,
    rules                varchar(8000) NOT NULL,
    outage_notice_hours  integer       NOT NULL,
    version              bigint        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE tkt_calendar (
    tenant_id  varchar(32)  NOT NULL,
    cal_day    date         NOT NULL,
    kind       varchar(8)   NOT NULL,
    name       varchar(100),
    PRIMARY KEY (tenant_id, cal_day)
);

CREATE TABLE tkt_outage (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(36)  NOT NULL,
    area          varchar(200) NOT NULL,
    starts_at     timestamp with time zone NOT NULL,
    ends_at       timestamp with time zone NOT NULL,
    reason        varchar(500) NOT NULL,
    emergency     boolean      NOT NULL,
    published_at  timestamp with time zone NOT NULL,
    published_by  varchar(64)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE tkt_outage_account (
    tenant_id   varchar(32) NOT NULL,
    id          varchar(80) NOT NULL,
    outage_id   varchar(36) NOT NULL,
    account_no  varchar(40) NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_tkt_outage_account ON tkt_outage_account (tenant_id, outage_id);

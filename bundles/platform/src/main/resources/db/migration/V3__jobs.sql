-- Background jobs shared by every node: a job and its parts, each part claimed under a lease.
-- tenant_id is null for group-level work (such as the escalation sweep over all branches).
CREATE TABLE platform_job (
    id           varchar(36)   NOT NULL PRIMARY KEY,
    tenant_id    varchar(32),
    type         varchar(64)   NOT NULL,
    status       varchar(16)   NOT NULL,
    actor        varchar(100),
    params       varchar(4000) NOT NULL,
    dedupe_key   varchar(200)  UNIQUE,
    total        bigint        NOT NULL,
    done         bigint        NOT NULL,
    parts        integer       NOT NULL,
    parts_done   integer       NOT NULL,
    counters     varchar(4000) NOT NULL,
    error        varchar(2000),
    created_at   timestamp with time zone NOT NULL,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone
);
CREATE INDEX platform_job_by_tenant ON platform_job (tenant_id, created_at);

CREATE TABLE platform_job_part (
    job_id       varchar(36)   NOT NULL REFERENCES platform_job (id),
    seq          integer       NOT NULL,
    status       varchar(16)   NOT NULL,
    payload      varchar(1000000) NOT NULL,
    size         integer       NOT NULL,
    owner        varchar(100),
    lease_until  timestamp with time zone,
    attempts     integer       NOT NULL,
    error        varchar(2000),
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX platform_job_part_open ON platform_job_part (status, lease_until);

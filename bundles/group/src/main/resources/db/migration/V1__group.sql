-- The group's own records: group-level, not tenant rows (no tenant_id, no row-level security). A branch's
-- setting itself stays in its module's tenant tables; only the group's bookkeeping about it lives here.

-- One version of a template; content and overridable never change once status is PUBLISHED.
CREATE TABLE grp_template (
    kind          varchar(40)    NOT NULL,
    version       integer        NOT NULL,
    status        varchar(12)    NOT NULL,
    content       varchar(100000) NOT NULL,
    overridable   varchar(8000)  NOT NULL,
    note          varchar(500),
    created_at    timestamp with time zone NOT NULL,
    created_by    varchar(64)    NOT NULL,
    published_at  timestamp with time zone,
    PRIMARY KEY (kind, version)
);

-- A published version issued to a branch (tenant code).
CREATE TABLE grp_issue (
    kind       varchar(40)  NOT NULL,
    version    integer      NOT NULL,
    branch     varchar(32)  NOT NULL,
    issued_at  timestamp with time zone NOT NULL,
    issued_by  varchar(64)  NOT NULL,
    PRIMARY KEY (kind, version, branch),
    FOREIGN KEY (kind, version) REFERENCES grp_template (kind, version)
);

-- Append-only: every adoption and override of a branch, numbered per branch and kind; the latest wins.
CREATE TABLE grp_branch_record (
    branch         varchar(32)   NOT NULL,
    kind           varchar(40)   NOT NULL,
    seq            integer       NOT NULL,
    action         varchar(12)   NOT NULL,
    version        integer       NOT NULL,
    follow_latest  boolean       NOT NULL,
    item           varchar(120),
    item_value     varchar(8000),
    at             timestamp with time zone NOT NULL,
    actor          varchar(64)   NOT NULL,
    PRIMARY KEY (branch, kind, seq),
    FOREIGN KEY (kind, version) REFERENCES grp_template (kind, version)
);

-- Platform tables. Not tenant-scoped: the registry of tenants itself, users (group admins
-- have no tenant), and the audit trail.
CREATE TABLE platform_tenant (
    code        varchar(32)  NOT NULL PRIMARY KEY,
    name        varchar(200) NOT NULL,
    region      varchar(100),
    status      varchar(16)  NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    version     bigint       NOT NULL
);

-- Every module ever seen, so a stopped module still shows in the catalog as inactive.
CREATE TABLE platform_module (
    id            varchar(64)  NOT NULL PRIMARY KEY,
    name          varchar(200) NOT NULL,
    version       varchar(64)  NOT NULL,
    requires      varchar(500) NOT NULL,
    last_seen_at  timestamp with time zone NOT NULL
);

-- Enablement is switched, never deleted: the row remembers who changed it last.
CREATE TABLE platform_tenant_module (
    tenant_id   varchar(32) NOT NULL REFERENCES platform_tenant (code),
    module_id   varchar(64) NOT NULL,
    enabled     boolean     NOT NULL,
    changed_at  timestamp with time zone NOT NULL,
    changed_by  varchar(64) NOT NULL,
    PRIMARY KEY (tenant_id, module_id)
);

-- scope is the tenant code, or '_group' for group admins.
CREATE TABLE platform_user (
    id             varchar(36)  NOT NULL PRIMARY KEY,
    scope          varchar(32)  NOT NULL,
    username       varchar(64)  NOT NULL,
    password_hash  varchar(100) NOT NULL,
    display_name   varchar(200),
    roles          varchar(500) NOT NULL,
    created_at     timestamp with time zone NOT NULL,
    CONSTRAINT uq_platform_user UNIQUE (scope, username)
);

-- ids are UUIDs: EclipseLink 2.7 reads H2 2.x identity columns with a function H2 dropped.
CREATE TABLE platform_audit (
    id         varchar(36)  NOT NULL PRIMARY KEY,
    at         timestamp with time zone NOT NULL,
    tenant_id  varchar(32),
    username   varchar(64),
    action     varchar(200)  NOT NULL,
    target     varchar(1000) NOT NULL,
    status     integer       NOT NULL
);
CREATE INDEX ix_platform_audit_tenant_at ON platform_audit (tenant_id, at);

CREATE TABLE notice (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(36)  NOT NULL,
    title         varchar(200) NOT NULL,
    body          varchar(4000) NOT NULL,
    author        varchar(64)  NOT NULL,
    published_at  timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_notice_published ON notice (tenant_id, published_at);

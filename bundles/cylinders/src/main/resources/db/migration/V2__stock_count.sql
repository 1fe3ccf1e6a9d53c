-- Month-end stock counts (盘点), one row per spec and status, kept as counted.
CREATE TABLE cyl_stock_count (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(120) NOT NULL,
    point       varchar(32)  NOT NULL,
    work_day    date         NOT NULL,
    spec        varchar(16)  NOT NULL,
    status      varchar(24)  NOT NULL,
    counted     integer      NOT NULL,
    book        integer      NOT NULL,
    counted_by  varchar(64)  NOT NULL,
    at          timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_cyl_stock_count ON cyl_stock_count (tenant_id, point, work_day);

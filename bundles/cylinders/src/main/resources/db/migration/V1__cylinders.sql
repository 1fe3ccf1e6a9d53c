-- LPG exchange points (调瓶点). Every table leads its primary key with tenant_id.
CREATE TABLE cyl_point (
    tenant_id            varchar(32)  NOT NULL,
    code                 varchar(32)  NOT NULL,
    name                 varchar(100) NOT NULL,
    address              varchar(300) NOT NULL,
    hours                varchar(100),
    staff                varchar(1000),
    low_stock_threshold  integer      NOT NULL,
    version              bigint       NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE cyl_cylinder (
    tenant_id           varchar(32)  NOT NULL,
    serial              varchar(40)  NOT NULL,
    spec                varchar(16)  NOT NULL,
    owner               varchar(16)  NOT NULL,
    owner_name          varchar(100),
    manufactured_on     date,
    last_inspected_on   date,
    next_inspection_on  date         NOT NULL,
    scrap_on            date,
    status              varchar(24)  NOT NULL,
    location            varchar(16)  NOT NULL,
    location_name       varchar(100),
    version             bigint       NOT NULL,
    PRIMARY KEY (tenant_id, serial)
);
CREATE INDEX ix_cyl_cylinder_stock ON cyl_cylinder (tenant_id, location, location_name, spec, status);
CREATE INDEX ix_cyl_cylinder_due ON cyl_cylinder (tenant_id, next_inspection_on);

CREATE TABLE cyl_movement (
    tenant_id      varchar(32)  NOT NULL,
    id             varchar(36)  NOT NULL,
    serial         varchar(40)  NOT NULL,
    at             timestamp with time zone NOT NULL,
    actor          varchar(64)  NOT NULL,
    action         varchar(24)  NOT NULL,
    from_status    varchar(24),
    to_status      varchar(24),
    from_location  varchar(120),
    to_location    varchar(120),
    note           varchar(500),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_cyl_movement_serial ON cyl_movement (tenant_id, serial, at);

CREATE TABLE cyl_exchange (
    tenant_id        varchar(32)  NOT NULL,
    id               varchar(36)  NOT NULL,
    point            varchar(32)  NOT NULL,
    work_day         date         NOT NULL,
    at               timestamp with time zone NOT NULL,
    clerk            varchar(64)  NOT NULL,
    customer         varchar(100),
    customer_phone   varchar(30),
    spec             varchar(16)  NOT NULL,
    returned_serial  varchar(40),
    issued_serial    varchar(40)  NOT NULL,
    price_fen        bigint       NOT NULL,
    payment          varchar(8)   NOT NULL,
    vouchers         integer      NOT NULL,
    returned_due     boolean      NOT NULL,
    advice           varchar(300),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_cyl_exchange_day ON cyl_exchange (tenant_id, point, work_day);

CREATE TABLE cyl_check (
    tenant_id       varchar(32)  NOT NULL,
    id              varchar(64)  NOT NULL,
    point           varchar(32)  NOT NULL,
    work_day        date         NOT NULL,
    dry             boolean      NOT NULL,
    ventilated      boolean      NOT NULL,
    fire_safe       boolean      NOT NULL,
    explosion_safe  boolean      NOT NULL,
    theft_safe      boolean      NOT NULL,
    note            varchar(500),
    checked_by      varchar(64)  NOT NULL,
    at              timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, point, work_day)
);

CREATE TABLE cyl_remittance (
    tenant_id          varchar(32) NOT NULL,
    id                 varchar(64) NOT NULL,
    point              varchar(32) NOT NULL,
    work_day           date        NOT NULL,
    cash_fen           bigint      NOT NULL,
    vouchers           integer     NOT NULL,
    expected_cash_fen  bigint      NOT NULL,
    expected_vouchers  integer     NOT NULL,
    exchanges          integer     NOT NULL,
    handed_by          varchar(64) NOT NULL,
    at                 timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, point, work_day)
);

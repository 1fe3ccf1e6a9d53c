-- Positions, rosters and duty logs (岗位职责与值班). Every table leads its primary key with tenant_id.

CREATE TABLE dut_catalogue (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    seeded_at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_position (
    tenant_id  varchar(32) NOT NULL,
    code  varchar(120) NOT NULL,
    name  varchar(300),
    department  varchar(300),
    reports_to  varchar(300),
    summary  varchar(4000),
    duties  varchar(4000),
    standards  varchar(4000),
    headcount  integer NOT NULL,
    version  bigint NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE dut_staff (
    tenant_id  varchar(32) NOT NULL,
    username  varchar(120) NOT NULL,
    name  varchar(300),
    position  varchar(300),
    phone  varchar(300),
    hired_on  date,
    PRIMARY KEY (tenant_id, username)
);

CREATE TABLE dut_training (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    username  varchar(300),
    work_day  date,
    course  varchar(300),
    hours  integer NOT NULL,
    result  varchar(300),
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_shift (
    tenant_id  varchar(32) NOT NULL,
    code  varchar(120) NOT NULL,
    name  varchar(300),
    starts  varchar(300),
    ends  varchar(300),
    season  varchar(300),
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE dut_seat_rule (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    position  varchar(300),
    from_hour  integer NOT NULL,
    to_hour  integer NOT NULL,
    min_seats  integer NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_roster (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    work_day  date,
    shift  varchar(300),
    username  varchar(300),
    holiday  varchar(300),
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_handover (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    shift  varchar(300),
    work_day  date,
    outgoing  varchar(300),
    incoming  varchar(300),
    open_tickets  varchar(4000),
    cash_fen  bigint NOT NULL,
    vouchers  integer NOT NULL,
    point  varchar(300),
    cylinder_stock  varchar(4000),
    tools  varchar(4000),
    incidents  varchar(4000),
    notes  varchar(4000),
    status  varchar(300),
    recorded_at  timestamp with time zone,
    answered_at  timestamp with time zone,
    dispute_reason  varchar(300),
    version  bigint NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_annotation (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    handover_id  varchar(300),
    at  timestamp with time zone,
    by_user  varchar(300),
    note_text  varchar(4000),
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_check_task (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    name  varchar(300),
    position  varchar(300),
    shift  varchar(300),
    interval_minutes  integer NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_check_record (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    task_id  varchar(300),
    work_day  date,
    slot  varchar(300),
    done  boolean NOT NULL,
    note  varchar(300),
    by_user  varchar(300),
    at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dut_assessment_item (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    username  varchar(300),
    work_month  varchar(300),
    points  integer NOT NULL,
    reason  varchar(300),
    by_user  varchar(300),
    at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX ix_dut_roster_day ON dut_roster (tenant_id, work_day);

CREATE UNIQUE INDEX ux_dut_check_record ON dut_check_record (tenant_id, task_id, work_day, slot);

CREATE INDEX ix_dut_assessment_item ON dut_assessment_item (tenant_id, work_month);

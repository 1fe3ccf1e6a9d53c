-- Appointments (预约上门): a branch's visit windows (settings, replaced in place), bookings (kept; cancelling and
-- arriving are stamped on the booking and never undone).
CREATE TABLE appt_window (
    tenant_id   varchar(32) NOT NULL,
    code        varchar(8)  NOT NULL,
    starts      varchar(5)  NOT NULL,
    ends        varchar(5)  NOT NULL,
    capacity    integer     NOT NULL,
    active      boolean     NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE appt_setting (
    tenant_id     varchar(32) NOT NULL,
    name          varchar(32) NOT NULL,
    setting_value integer     NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE appt_appointment (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(32)  NOT NULL,
    kind          varchar(16)  NOT NULL,
    status        varchar(16)  NOT NULL,
    visit_day     date         NOT NULL,
    window_code   varchar(8)   NOT NULL,
    starts_at     timestamp with time zone NOT NULL,
    ends_at       timestamp with time zone NOT NULL,
    customer_name varchar(100) NOT NULL,
    phone         varchar(40)  NOT NULL,
    address       varchar(300) NOT NULL,
    account_no    varchar(40),
    customer_id   varchar(64),
    ticket_no     varchar(40),
    note          varchar(500),
    booked_by     varchar(64)  NOT NULL,
    booked_at     timestamp with time zone NOT NULL,
    arrived_at    timestamp with time zone,
    arrived_by    varchar(64),
    on_time       boolean,
    cancel_reason varchar(300),
    cancelled_by  varchar(64),
    cancelled_at  timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_appt_day ON appt_appointment (tenant_id, visit_day, window_code, status);

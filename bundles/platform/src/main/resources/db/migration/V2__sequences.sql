-- Per-tenant document number counters (tickets, receipts); id is tenant:name.
CREATE TABLE platform_sequence (
    id          varchar(100) NOT NULL PRIMARY KEY,
    next_value  bigint       NOT NULL
);

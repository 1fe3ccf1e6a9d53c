-- An import's progress now lives in the platform job of the same id; each handled row is marked so that a
-- part done again after a crash imports nothing twice.
DROP TABLE acc_import_job;
CREATE TABLE acc_import_row (
    tenant_id  varchar(32) NOT NULL,
    job_id     varchar(36) NOT NULL,
    row_no     integer     NOT NULL,
    outcome    varchar(16) NOT NULL,
    PRIMARY KEY (tenant_id, job_id, row_no)
);

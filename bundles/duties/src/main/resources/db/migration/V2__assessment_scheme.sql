-- A branch's own assessment scheme (考核方案), set by its admin or adopted from the group's template.
CREATE TABLE dut_assessment_scheme (
    tenant_id  varchar(32) NOT NULL,
    id  varchar(120) NOT NULL,
    base_points  integer NOT NULL,
    on_time_points  integer NOT NULL,
    satisfaction_points  integer NOT NULL,
    band_percent  integer NOT NULL,
    min_for_bands  integer NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

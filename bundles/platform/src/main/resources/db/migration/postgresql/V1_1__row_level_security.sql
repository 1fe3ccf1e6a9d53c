-- The application works as gasline_app inside tenant transactions (SET LOCAL ROLE), a role
-- that owns no table, so row-level security always applies to it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gasline_app') THEN
        CREATE ROLE gasline_app NOLOGIN;
    END IF;
END
$$;
GRANT gasline_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO gasline_app;

-- Called by module migrations for each tenant-scoped table: rows are visible and writable
-- only when tenant_id equals the transaction's gasline.tenant_id. No DELETE grant: what a
-- branch records is never deleted by the application.
CREATE OR REPLACE FUNCTION gasline_protect(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    seq regclass;
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s '
                   'USING (tenant_id = current_setting(''gasline.tenant_id'', true)) '
                   'WITH CHECK (tenant_id = current_setting(''gasline.tenant_id'', true))', tbl);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %s TO gasline_app', tbl);
    FOR seq IN SELECT d.objid::regclass FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
               WHERE c.relkind = 'S' AND d.refobjid = tbl LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO gasline_app', seq);
    END LOOP;
END
$fn$;

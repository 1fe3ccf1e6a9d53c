package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.gasline.itests.Api.Reply;

/** Two branches on one platform: neither sees the other's modules or data. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TenantIsolationIT {

    @Inject
    @Filter("(dataSourceName=gasline)")
    private DataSource dataSource;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitHealthy();
    }

    @Test
    public void branchesSeeOnlyTheirOwnModulesAndData() throws Exception {
        String admin = api.adminToken();
        String north = api.onboard(admin, "north", "north-admin", "notices");
        String south = api.onboard(admin, "south", "south-admin");

        Reply posted = expect(201, api.post("/v1/tenants/north/notices", north, "{\"title\":\"冬季安全用气提示\",\"body\":\"请保持通风\"}"));
        String noticeId = posted.json().get("id").asText();

        // south has not enabled notices: the module does not exist for it
        expect(404, api.get("/v1/tenants/south/notices", south));
        // a north token on south's path, and a south token on north's path, find nothing
        expect(404, api.get("/v1/tenants/south/notices", north));
        expect(404, api.get("/v1/tenants/north/notices", south));
        expect(404, api.get("/v1/tenants/north/notices/" + noticeId, south));
        // group admins run the platform, not a branch's business
        expect(404, api.get("/v1/tenants/north/notices", admin));
        // every user reads their own branch (its zone counts their days), and no other
        Reply own = expect(200, api.get("/v1/tenants/north", north));
        assertEquals("Asia/Shanghai", own.json().get("zone").asText());
        assertEquals("notices", own.json().get("modules").get(0).asText());
        expect(404, api.get("/v1/tenants/north", south));

        // once south enables the module it sees an empty board, not north's notice
        expect(200, api.call("PUT", "/v1/admin/tenants/south/modules/notices", admin, null));
        Reply southBoard = expect(200, api.get("/v1/tenants/south/notices", south));
        assertEquals(0, southBoard.json().get("total").asLong());
        expect(404, api.get("/v1/tenants/south/notices/" + noticeId, south));

        Reply northBoard = expect(200, api.get("/v1/tenants/north/notices", north));
        assertEquals(1, northBoard.json().get("total").asLong());
        assertEquals("冬季安全用气提示", northBoard.json().get("items").get(0).get("title").asText());

        if ("postgresql".equals(System.getProperty("gasline.itest.db"))) {
            assertRowLevelSecurity(noticeId);
        }
    }

    /** The second wall: even SQL that forgets the tenant sees only the transaction's tenant rows. */
    private void assertRowLevelSecurity(String noticeId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL ROLE gasline_app");
            s.execute("SELECT set_config('gasline.tenant_id', 'south', true)");
            assertEquals(0, count(s, "SELECT count(*) FROM notice WHERE id = '" + noticeId + "'"));
            assertEquals(0, count(s, "SELECT count(*) FROM notice WHERE tenant_id = 'north'"));
            s.execute("SELECT set_config('gasline.tenant_id', 'north', true)");
            assertEquals(1, count(s, "SELECT count(*) FROM notice WHERE id = '" + noticeId + "'"));
            c.rollback();
            s.execute("SET LOCAL ROLE gasline_app");
            assertEquals("no tenant bound: no rows", 0, count(s, "SELECT count(*) FROM notice"));
            c.rollback();
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    public void suspendedBranchIsRefusedAndKeepsItsData() {
        String admin = api.adminToken();
        String west = api.onboard(admin, "west", "west-admin", "notices");
        expect(201, api.post("/v1/tenants/west/notices", west, "{\"title\":\"营业时间调整\",\"body\":\"5月1日起 08:30-17:00\"}"));

        expect(200, api.call("PATCH", "/v1/admin/tenants/west", admin, "{\"status\":\"SUSPENDED\"}"));
        Reply refused = expect(403, api.get("/v1/tenants/west/notices", west));
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        // nor through the group section's own-branch endpoints
        String why = expect(403, api.get("/v1/group/branches/west/templates/sla-policy", west)).json().toString();
        assertTrue(why, why.contains("停用") || why.contains("suspended"));

        expect(200, api.call("PATCH", "/v1/admin/tenants/west", admin, "{\"status\":\"ACTIVE\"}"));
        assertEquals(1, expect(200, api.get("/v1/tenants/west/notices", west)).json().get("total").asLong());
    }
}

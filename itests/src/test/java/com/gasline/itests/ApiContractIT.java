package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Hashtable;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.itests.Api.Reply;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.Roles;

/** The public contract of API.md: tokens, roles, problem+json, module dependencies, audit, OpenAPI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiContractIT {

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

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
    public void healthNeedsNoTokenAndReportsDatabaseAndModules() {
        Reply health = expect(200, api.get("/v1/health", null));
        assertEquals("UP", health.json().get("status").asText());
        assertEquals("UP", health.json().get("db").asText());
        assertTrue(health.json().get("modules").toString().contains("notices"));
    }

    @Test
    public void everyOtherEndpointNeedsAValidToken() {
        assertProblem(401, api.get("/v1/admin/tenants", null));
        assertProblem(401, api.get("/v1/admin/tenants", "not-a-token"));
        String forged = api.adminToken();
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA" + forged.substring(forged.lastIndexOf('.') + 5);
        assertProblem(401, api.get("/v1/admin/tenants", tampered));
        assertProblem(401, api.get("/v1/tenants/anything/notices", null));
    }

    @Test
    public void wrongPasswordsAreRefusedThenThrottled() {
        api.onboard(api.adminToken(), "throttle", "throttle-admin");
        String attempt = "{\"tenant\":\"throttle\",\"username\":\"throttle-admin\",\"password\":\"%s\"}";
        for (int i = 0; i < 5; i++) {
            assertProblem(401, api.post("/v1/auth/token", null, String.format(attempt, "guess-" + i)));
        }
        Reply throttled = assertProblem(429, api.post("/v1/auth/token", null, String.format(attempt, "branch-password-1")));
        assertNotNull(throttled.header("Retry-After"));
        // the same name in another branch, and the group admin, are not locked out
        api.adminToken();
        assertProblem(401, api.post("/v1/auth/token", null, "{\"username\":\"nobody\",\"password\":\"x\"}"));
        // no default karaf/karaf account or similar
        assertProblem(401, api.post("/v1/auth/token", null, "{\"username\":\"karaf\",\"password\":\"karaf\"}"));
    }

    @Test
    public void problemsNameTheFieldAndSpeakTheClientsLanguage() {
        String admin = api.adminToken();
        Reply zh = assertProblem(400, api.post("/v1/admin/tenants", admin, "{\"code\":\"Bad Code!\",\"name\":\"\"}"));
        JsonNode errors = zh.json().get("errors");
        assertEquals(2, errors.size());
        assertEquals("code", errors.get(0).get("field").asText());
        assertTrue(errors.get(0).get("message").asText().contains("格式不正确"));
        assertEquals("name", errors.get(1).get("field").asText());

        Reply en = assertProblem(400, api.call("POST", "/v1/admin/tenants", admin, "{\"code\":\"x\"}", "Accept-Language", "en-US,en;q=0.8"));
        assertTrue(en.json().get("detail").asText().startsWith("The request has invalid fields"));

        Reply malformed = assertProblem(400, api.post("/v1/admin/tenants", admin, "{\"code\": "));
        assertEquals("urn:gasline:problem:malformed-request", malformed.json().get("type").asText());
        Reply unknownField = assertProblem(400, api.post("/v1/admin/tenants", admin, "{\"code\":\"ok-code\",\"name\":\"n\",\"colour\":1}"));
        assertEquals("colour", unknownField.json().get("errors").get(0).get("field").asText());

        assertProblem(404, api.get("/v1/no/such/path", admin));
        assertProblem(405, api.call("DELETE", "/v1/health", null, null));
        assertProblem(404, api.get("/v1/admin/tenants/never-created", admin));
        // nothing was written by any of the refused requests
        assertEquals(404, api.get("/v1/admin/tenants/ok-code", admin).status());
        assertEquals(404, api.get("/v1/admin/tenants/x", admin).status());
    }

    @Test
    public void rolesAreCheckedPerEndpoint() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "roles", "roles-admin", "notices");
        expect(201, api.post("/v1/tenants/roles/users", branchAdmin,
                "{\"username\":\"agent-li\",\"password\":\"agent-password-1\",\"displayName\":\"李坐席\",\"roles\":[\"AGENT\"]}"));
        String agent = api.login("roles", "agent-li", "agent-password-1");

        expect(200, api.get("/v1/tenants/roles/notices", agent));
        assertProblem(403, api.post("/v1/tenants/roles/notices", agent, "{\"title\":\"t\",\"body\":\"b\"}"));
        assertProblem(403, api.get("/v1/admin/tenants", agent));
        assertProblem(403, api.get("/v1/tenants/roles/users", agent));
        assertProblem(403, api.get("/v1/admin/modules", branchAdmin));
        // a branch admin cannot hand out the group admin role
        Reply bad = assertProblem(400, api.post("/v1/tenants/roles/users", branchAdmin,
                "{\"username\":\"sneaky\",\"password\":\"sneaky-password\",\"roles\":[\"GROUP_ADMIN\"]}"));
        assertEquals("roles[0]", bad.json().get("errors").get(0).get("field").asText());
    }

    /** A third-party module registered at run time, requiring notices. */
    public static final class PatrolModule implements Module {
        @Override
        public String id() {
            return "patrol";
        }

        @Override
        public String name() {
            return "巡检 Patrol";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public Set<String> requires() {
            return Set.of("notices");
        }

        @Override
        public Set<String> roles() {
            return Set.of(Roles.STATION_OPERATOR);
        }

        @Override
        public Object resource() {
            return new PatrolResource();
        }
    }

    @Produces(MediaType.APPLICATION_JSON)
    public static final class PatrolResource {
        @GET
        @RolesAllowed(Roles.BRANCH_ADMIN)
        public String ping() {
            return "{\"patrol\":\"ok\"}";
        }
    }

    @Test
    public void aModuleAppearsWhenRegisteredAndNeedsItsRequiredModules() {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "plugins", "plugins-admin");
        ServiceRegistration<Module> reg = context.registerService(Module.class, new PatrolModule(), new Hashtable<>());
        try {
            JsonNode catalog = expect(200, api.get("/v1/admin/modules", admin)).json();
            assertTrue(catalog.toString(), catalog.toString().contains("\"id\":\"patrol\""));

            Reply refused = assertProblem(422, api.call("PUT", "/v1/admin/tenants/plugins/modules/patrol", admin, null));
            assertTrue(refused.json().get("detail").asText().contains("notices"));
            assertFalse(expect(200, api.get("/v1/admin/tenants/plugins", admin)).json().get("modules").toString().contains("patrol"));

            expect(200, api.call("PUT", "/v1/admin/tenants/plugins/modules/notices", admin, null));
            expect(200, api.call("PUT", "/v1/admin/tenants/plugins/modules/patrol", admin, null));
            assertEquals("ok", expect(200, api.get("/v1/tenants/plugins/patrol", branch)).json().get("patrol").asText());
            assertProblem(422, api.call("DELETE", "/v1/admin/tenants/plugins/modules/notices", admin, null));

            assertTrue(expect(200, api.get("/openapi.json", null)).json().get("paths").has("/v1/tenants/{tenant}/patrol"));
        } finally {
            reg.unregister();
        }
        // stopped module: still listed, inactive; enabled tenants get 503 rather than an error
        JsonNode patrol = null;
        for (JsonNode m : expect(200, api.get("/v1/admin/modules", admin)).json()) {
            if ("patrol".equals(m.get("id").asText())) {
                patrol = m;
            }
        }
        assertNotNull(patrol);
        assertFalse(patrol.get("active").asBoolean());
        assertProblem(503, api.get("/v1/tenants/plugins/patrol", branch));
    }

    @Test
    public void openApiDocumentsEveryEndpoint() {
        JsonNode paths = expect(200, api.get("/openapi.json", null)).json().get("paths");
        for (String path : new String[] { "/v1/health", "/v1/auth/token", "/v1/admin/modules", "/v1/admin/tenants",
                "/v1/admin/tenants/{code}", "/v1/admin/tenants/{code}/modules/{moduleId}", "/v1/admin/tenants/{code}/users",
                "/v1/tenants/{tenant}/users", "/v1/tenants/{tenant}/notices", "/v1/tenants/{tenant}/notices/{id}" }) {
            assertTrue("missing " + path, paths.has(path));
        }
        assertTrue(paths.get("/v1/admin/tenants/{code}/modules/{moduleId}").has("put"));
        // sub-resources are part of the contract too
        for (String path : new String[] { "/v1/tenants/{tenant}/metering/accounts/{accountNo}/ledger",
                "/v1/tenants/{tenant}/metering/bills/{billId}/reversal", "/v1/tenants/{tenant}/metering/receipts/{receiptNo}/void/approve",
                "/v1/tenants/{tenant}/metering/cashier-days/{date}/close" }) {
            assertTrue("missing " + path, paths.has(path));
        }
        assertTrue(paths.get("/v1/admin/tenants/{code}/modules/{moduleId}").has("delete"));
    }

    /** What a client developer scans in Swagger UI: a summary on each operation, and the status a create really answers. */
    @Test
    public void openApiSummarisesEveryOperationAndDocumentsRealSuccesses() {
        JsonNode paths = expect(200, api.get("/openapi.json", null)).json().get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                assertFalse(op.getKey() + " " + path.getKey() + " has no summary", op.getValue().path("summary").asText().isBlank());
            }
        }));
        JsonNode created = paths.path("/v1/tenants/{tenant}/ticketing/tickets").path("post").path("responses");
        assertFalse(created.toString(), created.has("200"));
        assertTrue(created.toString(), created.path("201").path("headers").has("Location"));
        assertEquals("#/components/schemas/Ticket", created.path("201").path("content").path("application/json").path("schema").path("$ref").asText());
        assertTrue(paths.path("/v1/tenants/{tenant}/metering/bill-runs").path("post").path("responses").has("202"));
        assertTrue(paths.path("/v1/tenants/{tenant}/ticketing/calendar/{date}").path("delete").path("responses").has("204"));
        assertTrue(paths.path("/v1/tenants/{tenant}/metering/cashier-days/{date}/export").path("get").path("responses").path("200").path("content")
                .has("text/csv"));
    }

    @Test
    public void everyWriteIsAudited() throws Exception {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "audited", "audited-admin", "notices");
        expect(201, api.post("/v1/tenants/audited/notices", branch, "{\"title\":\"审计\",\"body\":\"b\"}"));
        assertProblem(400, api.post("/v1/tenants/audited/notices", branch, "{\"title\":\"\",\"body\":\"b\"}"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT username, action, status FROM platform_audit WHERE tenant_id = ? ORDER BY at")) {
            s.setString(1, "audited");
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("audit rows: " + dump(c), rs.next());
                assertEquals("audited-admin", rs.getString(1));
                assertEquals("POST v1/tenants/audited/notices", rs.getString(2));
                assertEquals(201, rs.getInt(3));
                assertTrue(rs.next());
                assertEquals(400, rs.getInt(3));
                assertFalse(rs.next());
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT username, action, status FROM platform_audit WHERE tenant_id IS NULL");
                ResultSet rs = s.executeQuery()) {
            StringBuilder groupWrites = new StringBuilder();
            boolean found = false;
            while (rs.next()) {
                groupWrites.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getInt(3)).append('\n');
                found |= "admin".equals(rs.getString(1)) && "POST v1/admin/tenants".equals(rs.getString(2)) && rs.getInt(3) == 201;
            }
            assertTrue("group admin's tenant creation is audited:\n" + groupWrites, found);
        }
    }

    @Test
    public void operatorsManageTenantsFromTheKarafConsole() throws Exception {
        assertTrue(run("gasline:tenant-create --region 北区 console-branch 控制台分公司").contains("Created tenant console-branch"));
        assertTrue(run("gasline:module-enable console-branch notices").contains("modules: notices"));
        assertTrue(run("gasline:module-list").contains("notices"));
        String list = run("gasline:tenant-list");
        assertTrue(list, list.contains("console-branch") && list.contains("控制台分公司") && list.contains("ACTIVE"));
        assertTrue(run("gasline:tenant-status console-branch SUSPENDED").contains("SUSPENDED"));
        String admin = api.adminToken();
        JsonNode viaApi = expect(200, api.get("/v1/admin/tenants/console-branch", admin)).json();
        assertEquals("SUSPENDED", viaApi.get("status").asText());
        assertEquals("北区", viaApi.get("region").asText());
        try {
            run("gasline:tenant-create Bad_Code x");
            throw new AssertionError("a bad code must be refused");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("code"));
        }
    }

    private String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session session = shell.create(new ByteArrayInputStream(new byte[0]), out, out)) {
            session.execute(command);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String dump(Connection c) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, username, action, status FROM platform_audit ORDER BY at");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sb.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append(' ')
                        .append(rs.getInt(4)).append('\n');
            }
        }
        return sb.toString();
    }

    private static Reply assertProblem(int status, Reply reply) {
        expect(status, reply);
        assertTrue("problem+json expected: " + reply.contentType(), reply.contentType().startsWith("application/problem+json"));
        assertEquals(status, reply.json().get("status").asInt());
        assertNotNull(reply.json().get("title"));
        assertNotNull(reply.json().get("detail"));
        assertNull("no stack traces", reply.json().get("trace"));
        assertFalse(reply.raw().body().contains("at com.gasline"));
        return reply;
    }

    /** The docs page a branch's app developer opens: Swagger UI over the live contract, no token needed. */
    @Test
    public void theDocsPageIsServed() {
        Reply page = expect(200, api.get("/docs", null));
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.raw().body(), page.raw().body().contains("/api/openapi.json") && page.raw().body().contains("swagger-ui-bundle.js"));
        Reply script = expect(200, api.get("/docs/swagger-ui-bundle.js", null));
        assertTrue(script.raw().body().length() > 500_000 && script.contentType().startsWith("application/javascript"));
        expect(404, api.get("/docs/nosuch.js", null));
        assertEquals("/api/docs", expect(200, api.get("/v1/health", null)).json().path("docs").asText());
    }

    /** The contract as served, left for the linters of tools/lint-openapi.sh (run by .ci/run after the tests). */
    @Test
    public void theServedContractIsLeftForTheLinters() throws java.io.IOException {
        api.awaitModules("accounts", "metering", "ticketing", "cylinders", "duties");
        String document = expect(200, api.get("/openapi.json", null)).raw().body();
        String target = System.getProperty("gasline.itest.openapi", "");
        if (!target.isEmpty()) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(target), document);
        }
        assertTrue(document.contains("\"/v1/tenants/{tenant}/duties/handovers\""));
    }
}

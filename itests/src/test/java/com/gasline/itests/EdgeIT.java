package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.itests.Api.Reply;

/**
 * The HTTP edge: whatever Jetty, CXF or the API answers, an error is problem+json; no service list, no WADL;
 * nosniff everywhere, no-store on tokens and tenant data; control characters and page overflows are 400s.
 * Malformed request lines go through a raw socket, since java.net.http refuses to send them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EdgeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api = new Api();

    /** A response read off the wire: status line, headers (lower-case names), body as JSON when it is. */
    record Raw(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitHealthy();
    }

    /** HTTP/1.0, so that the answer is never chunked and ends with the connection. */
    private static Raw raw(String method, String target, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", GaslineContainer.HTTP_PORT)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> fields = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                fields.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), fields, text.substring(end + 4));
        }
    }

    private static Raw expectProblem(int status, Raw reply) throws IOException {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.headers().getOrDefault("content-type", "").startsWith("application/problem+json"));
        assertEquals(reply.toString(), "nosniff", reply.headers().get("x-content-type-options"));
        JsonNode body = reply.json();
        assertEquals(reply.toString(), status, body.path("status").asInt());
        assertTrue(reply.toString(), body.path("type").asText().startsWith("urn:gasline:problem:"));
        assertTrue(reply.toString(), !body.path("title").asText().isBlank() && !body.path("detail").asText().isBlank());
        return reply;
    }

    @Test
    public void badUrisAreProblemJson() throws IOException {
        expectProblem(400, raw("GET", "/api/v1/tenants%2Fnorth/accounts"));
        expectProblem(404, raw("GET", "/api/v1/..%2F..%2Fetc/passwd"));
        expectProblem(400, raw("GET", "/api/v1/health%"));
    }

    @Test
    public void aPathOver8KbIs414() throws IOException {
        expectProblem(414, raw("GET", "/api/v1/" + "a".repeat(9 * 1024)));
    }

    @Test
    public void cxfServiceListAndWadlAreHidden() throws IOException {
        // inside /api a token comes first (401), then the path is simply unknown
        expectProblem(401, raw("GET", "/api/services"));
        String bearer = "Bearer " + api.adminToken();
        expectProblem(404, raw("GET", "/api/services", "Authorization", bearer));
        expectProblem(404, raw("GET", "/api/v1/health?_wadl"));
        expectProblem(404, raw("GET", "/api/?_wadl", "Authorization", bearer));
        expectProblem(404, raw("GET", "/api/v1/health?wsdl"));
    }

    @Test
    public void pathsOutsideTheApiAreProblemJsonWhateverTheMethod() throws IOException {
        for (String method : new String[] { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS" }) {
            expectProblem(404, raw(method, "/nope/x"));
        }
        expectProblem(404, raw("GET", "/services"));
        expectProblem(404, raw("GET", "/console/nope.js"));
        expectProblem(404, raw("GET", "/console/../etc/users.properties"));
        expectProblem(405, raw("POST", "/"));
        expectProblem(405, raw("DELETE", "/console/"));
    }

    /** A person who types the host name gets the console, whose page may only run this origin's scripts. */
    @Test
    public void theRootOpensTheConsoleUnderAStrictPolicy() throws IOException {
        Raw root = raw("GET", "/");
        assertEquals(302, root.status());
        assertEquals("/console/", root.headers().get("location"));
        Raw page = raw("GET", "/console/");
        assertEquals(200, page.status());
        assertTrue(page.headers().get("content-type"), page.headers().get("content-type").startsWith("text/html"));
        assertTrue(page.body(), page.body().contains("js/main.js"));
        String policy = page.headers().get("content-security-policy");
        assertTrue(policy, policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe"));
        assertEquals("nosniff", page.headers().get("x-content-type-options"));
        Raw again = raw("GET", "/console/", "If-None-Match", page.headers().get("etag"));
        assertEquals(304, again.status());
        Raw charts = raw("HEAD", "/console/lib/echarts.js");
        assertEquals(200, charts.status());
        assertTrue(charts.headers().get("content-type").startsWith("text/javascript"));
    }

    @Test
    public void aWrongMethodOnAKnownPathIs405() {
        expect(405, api.call("DELETE", "/v1/health", null, null));
    }

    @Test
    public void controlCharactersInParametersAre400NamingThem() {
        String admin = api.adminToken();
        expectField(400, "q", api.get("/v1/admin/tenants?q=%00", admin));
        String branch = api.onboard(admin, "edge-nul", "edge-nul-admin", "accounts");
        expectField(400, "q", api.get("/v1/tenants/edge-nul/accounts/customers?q=a%00b", branch));
        expectField(400, "accountNo", api.get("/v1/tenants/edge-nul/accounts/accounts/A%01B", branch));
    }

    @Test
    public void aPageWhoseOffsetOverflowsIs400NamingPage() {
        String branch = api.onboard(api.adminToken(), "edge-page", "edge-page-admin", "accounts");
        expectField(400, "page", api.get("/v1/tenants/edge-page/accounts/customers?page=2147483647&size=500", branch));
        expect(200, api.get("/v1/tenants/edge-page/accounts/customers?page=4294967&size=500", branch));
    }

    @Test
    public void securityHeaders() {
        Reply health = expect(200, api.get("/v1/health", null));
        assertEquals("nosniff", health.header("X-Content-Type-Options"));
        Reply token = api.post("/v1/auth/token", null, "{\"tenant\":null,\"username\":\"admin\",\"password\":\"" + Api.adminPassword() + "\"}");
        expect(200, token);
        assertEquals("no-store", token.header("Cache-Control"));
        assertEquals("nosniff", token.header("X-Content-Type-Options"));
        Reply refused = expect(401, api.post("/v1/auth/token", null, "{\"tenant\":null,\"username\":\"nobody\",\"password\":\"x\"}"));
        assertEquals("no-store", refused.header("Cache-Control"));

        String branch = api.onboard(token.json().get("accessToken").asText(), "edge-hdr", "edge-hdr-admin", "accounts");
        Reply customers = expect(200, api.get("/v1/tenants/edge-hdr/accounts/customers", branch));
        assertEquals("no-store", customers.header("Cache-Control"));
        assertEquals("nosniff", customers.header("X-Content-Type-Options"));
        Reply unknown = expect(404, api.get("/v1/tenants/edge-hdr/accounts/customers/999999", branch));
        assertEquals("no-store", unknown.header("Cache-Control"));
    }
}

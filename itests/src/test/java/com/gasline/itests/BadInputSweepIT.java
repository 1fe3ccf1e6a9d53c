package com.gasline.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.itests.Api.Reply;

/**
 * A careless or hostile client, generated from the API's own contract ({@code /api/openapi.json}): every operation gets
 * missing and null bodies, nulls and empty objects inside arrays, wrong types, huge and control-character strings,
 * overflowing pages, a wrong content type and unknown ids. Every answer must be a 2xx or a 4xx problem+json — never a 5xx —
 * and documented for that operation in the contract; an operation whose bad requests were all refused must leave every
 * table's row count as it was.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputSweepIT {

    private static final String HUGE = "长".repeat(5000);
    private static final String[] ROLES = { "BRANCH_ADMIN", "AGENT", "SHIFT_LEAD", "SUPERVISOR", "CLERK", "METER_READER", "CASHIER",
            "CYLINDER_CLERK", "TECHNICIAN", "DISPATCHER", "STATION_OPERATOR" };

    /** Rows that record requests or the platform's own timers, not what a client asked to store. */
    private static final List<String> BOOKKEEPING = List.of("platform_audit", "platform_job", "platform_login_failure", "flyway");

    @Inject
    @Filter("(dataSourceName=gasline)")
    private DataSource dataSource;

    private final Api api = new Api();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int accepted;
    private int unchangedChecks;
    private JsonNode documented;

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Test
    public void noRequestAClientCanSendGetsAServerError() throws SQLException {
        api.awaitModules("accounts", "metering", "ticketing", "cylinders", "duties");
        String admin = api.adminToken();
        api.onboard(admin, "sweep", "sweep-admin", "accounts", "metering", "ticketing", "cylinders", "duties");
        String branch = api.user(admin, "sweep", "sweep-all", ROLES);
        JsonNode doc = Api.expect(200, api.get("/openapi.json", null)).json();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String token = path.getKey().startsWith("/v1/tenants/") ? branch : admin;
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                Map<String, Integer> before = rowCounts();
                int acceptedBefore = accepted;
                String method = op.getKey().toUpperCase();
                sweep(method, path.getKey(), op.getValue(), token, doc);
                if (accepted == acceptedBefore) {
                    unchangedChecks++;
                    Map<String, Integer> after = rowCounts();
                    if (!after.equals(before)) {
                        failures.add(method + " " + path.getKey() + ": every request refused, yet rows changed " + changed(before, after));
                    }
                }
            }
        }
        System.out.println("bad-input sweep: " + sent + " requests over " + operations + " operations (" + accepted + " accepted), "
                + unchangedChecks + " operations checked for unchanged rows, " + failures.size() + " failures");
        assertTrue("the contract lists the operations", operations > 100);
        assertEquals("requests answered with a 5xx or without problem+json:\n" + String.join("\n", failures), 0, failures.size());
    }

    private void sweep(String method, String template, JsonNode op, String token, JsonNode doc) {
        documented = op.path("responses");
        String path = template.replace("{tenant}", "sweep").replaceAll("\\{[^}]+}", "NOSUCH-1");
        List<String> queries = new ArrayList<>(List.of(""));
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asText();
            if (p.path("in").asText().equals("query")) {
                if (name.equals("page") || name.equals("size")) {
                    queries.addAll(List.of("?page=2147483647&size=500", "?page=-1", "?size=0", "?size=x"));
                } else {
                    queries.addAll(List.of("?" + name + "=%00", "?" + name + "=" + "x".repeat(3000), "?" + name + "=%E0%A4%A"));
                }
            }
        }
        if (!template.equals(path.replace("sweep", "{tenant}"))) {
            send(method, template.replace("{tenant}", "sweep").replaceAll("\\{[^}]+}", "%00"), token, null, "control character in the path");
        }
        for (String q : queries) {
            send(method, path + q, token, op.has("requestBody") ? "{}" : null, q.isEmpty() ? "plain" : q);
        }
        if (!op.has("requestBody")) {
            return;
        }
        for (String body : List.of("", "null", "[]", "\"x\"", "{\"unterminated", "{\"unknownField\":1}")) {
            send(method, path, token, body, "body " + body);
        }
        send(method, path, token, "x", "text/plain", "Content-Type", "text/plain");
        JsonNode schema = resolve(op.path("requestBody").path("content").path("application/json").path("schema"), doc);
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> prop = props.next();
            for (Map.Entry<String, String> bad : badValues(resolve(prop.getValue(), doc), doc).entrySet()) {
                send(method, path, token, "{\"" + prop.getKey() + "\":" + bad.getValue() + "}", prop.getKey() + " " + bad.getKey());
            }
        }
    }

    private static Map<String, String> badValues(JsonNode schema, JsonNode doc) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("null", "null");
        switch (schema.path("type").asText("object")) {
            case "string" -> {
                bad.put("huge", "\"" + HUGE + "\"");
                bad.put("control", "\"a\\u0000b\\u0007\"");
                bad.put("number", "12");
            }
            case "integer", "number" -> {
                bad.put("text", "\"x\"");
                bad.put("overflow", "99999999999999999999999");
                bad.put("negative", "-1");
            }
            case "boolean" -> bad.put("text", "\"maybe\"");
            case "array" -> {
                bad.put("[null]", "[null]");
                bad.put("[{}]", "[{}]");
                bad.put("[\"\"]", "[\"\"]");
                bad.put("text", "\"x\"");
                bad.put("huge item", "[\"" + HUGE + "\"]");
            }
            default -> {
                bad.put("text", "\"x\"");
                bad.put("[]", "[]");
            }
        }
        return bad;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode doc) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? doc.path("components").path("schemas").path(ref.substring(21)) : schema;
    }

    private void send(String method, String path, String token, String body, String what, String... headers) {
        sent++;
        Reply r;
        try {
            r = api.call(method, path, token, body, headers);
        } catch (IllegalArgumentException | IllegalStateException clientRefused) {
            return; // a URI the HTTP client itself will not send
        }
        if (r.status() < 300) {
            accepted++;
        }
        boolean problem = r.contentType().startsWith("application/problem+json") && r.json() != null
                && r.json().path("status").asInt() == r.status();
        if (!documented.has(String.valueOf(r.status()))) {
            failures.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + " [" + what.substring(0, Math.min(what.length(), 60))
                    + "] → " + r.status() + ", a status its operation does not document");
        }
        if (r.status() >= 500 || (r.status() >= 400 && !problem)) {
            failures.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + " [" + what.substring(0, Math.min(what.length(), 60))
                    + "] → " + r.status() + " " + r.contentType() + " " + r.raw().body().substring(0, Math.min(200, r.raw().body().length())));
        }
    }

    /** Rows per table of the Gasline schema, read as the owner (no row-level security hides any). */
    private Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase();
                    if (BOOKKEEPING.stream().noneMatch(table::startsWith)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        assertTrue("the schema's tables are found", counts.size() > 20);
        return counts;
    }

    private static String changed(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, String> diff = new TreeMap<>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                diff.put(table, before.get(table) + " → " + n);
            }
        });
        return diff.toString();
    }
}

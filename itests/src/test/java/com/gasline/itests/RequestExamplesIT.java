package com.gasline.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.itests.Api.Reply;

/**
 * The contract's request examples are requests the server takes as well formed: every property of a JSON request schema
 * has an example, and for every operation the body put together from them (read-only properties left out) is sent as
 * it stands. The server may refuse it for what it names — an unknown id (404), a state (409), a rule (422), a wrong
 * password (401) — but never as invalid (400), and never with a 5xx.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RequestExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROLES = { "BRANCH_ADMIN", "AGENT", "SHIFT_LEAD", "SUPERVISOR", "CLERK", "METER_READER", "CASHIER",
            "CYLINDER_CLERK", "TECHNICIAN", "DISPATCHER", "STATION_OPERATOR" };
    /** Path values the server parses before it reads the body; any other id is one it does not know. */
    private static final Map<String, String> PATH_VALUES = Map.of("tenant", "examples", "date", "2027-01-01", "category", "RESIDENTIAL");
    /** A ticket's {@code receivedAt} is at most 7 days back: no example written down stays valid. */
    private static final String AGES = "receivedAt";

    private final Api api = new Api();
    private final List<String> failures = new ArrayList<>();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Test
    public void everyRequestExampleIsWellFormed() {
        api.awaitModules(Api.ALL_MODULES.toArray(String[]::new));
        String admin = api.adminToken();
        api.onboard(admin, "examples", "examples-admin", Api.ALL_MODULES.toArray(String[]::new));
        String branch = api.user(admin, "examples", "examples-all", ROLES);
        JsonNode doc = Api.expect(200, api.get("/openapi.json", null)).json();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String what = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode body = example(schema, doc, what);
                String target = path.getKey();
                for (Map.Entry<String, String> v : PATH_VALUES.entrySet()) {
                    target = target.replace("{" + v.getKey() + "}", v.getValue());
                }
                target = target.replaceAll("\\{[^}]+}", "nosuch-1");
                Reply r = api.call(op.getKey().toUpperCase(), target, path.getKey().startsWith("/v1/tenants/") ? branch : admin,
                        body.toString(), "Idempotency-Key", "examples-" + sent++);
                if (r.status() >= 500 || (r.status() == 400 && !onlyAged(r))) {
                    failures.add(what + " with " + body + " → " + r.status() + " " + r.raw().body());
                }
            }
        }
        System.out.println("request examples: " + sent + " operations sent their example body, " + failures.size() + " failures");
        assertTrue("the contract has JSON request bodies", sent > 60);
        assertEquals("examples missing or refused:\n" + String.join("\n", failures), 0, failures.size());
    }

    /** The example of {@code schema}: its own, else built from its properties' (or items') examples; a missing one is a failure. */
    private JsonNode example(JsonNode schema, JsonNode doc, String where) {
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty()) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return example(doc.path("components").path("schemas").path(name), doc, name);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("items")) {
            ArrayNode list = JSON.createArrayNode();
            list.add(example(schema.get("items"), doc, where));
            return list;
        }
        ObjectNode object = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> p = props.next();
            if (!p.getValue().has("example") && !p.getValue().has("$ref")) {
                failures.add(where + "." + p.getKey() + " has no example");
            } else if (!p.getValue().path("readOnly").asBoolean()) {
                object.set(p.getKey(), example(p.getValue(), doc, where + "." + p.getKey()));
            }
        }
        return object;
    }

    private static boolean onlyAged(Reply r) {
        JsonNode errors = r.json() == null ? null : r.json().path("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode e : errors) {
            if (!AGES.equals(e.path("field").asText())) {
                return false;
            }
        }
        return true;
    }
}

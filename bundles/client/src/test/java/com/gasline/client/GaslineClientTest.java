package com.gasline.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.NewPayment;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The client against a scripted server: what it sends, and how answers and refusals come back. */
class GaslineClientTest {

    private HttpServer server;
    /** request "METHOD path?query" → status, content type, body */
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api", this::answer);
        server.start();
        answers.put("POST /api/v1/auth/token", new String[] { "200", "application/json", "{\"accessToken\":\"t-1\",\"tokenType\":\"Bearer\"}" });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String key = x.getRequestMethod() + " " + x.getRequestURI();
        seen.put(key, String.join("|", String.valueOf(x.getRequestHeaders().getFirst("Authorization")),
                String.valueOf(x.getRequestHeaders().getFirst("Accept-Language")),
                String.valueOf(x.getRequestHeaders().getFirst("Idempotency-Key")),
                new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        String[] a = answers.getOrDefault(key, new String[] { "404", "text/html", "<html>nothing here</html>" });
        byte[] body = a[2].getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", a[1]);
        x.sendResponseHeaders(Integer.parseInt(a[0]), body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private GaslineClient client() {
        return GaslineClient.at("http://127.0.0.1:" + server.getAddress().getPort() + "/api/").language("en").login("east", "li", "pw");
    }

    @Test
    void logsInThenSendsTheBearerTokenAndLanguage() {
        GaslineClient east = client();
        answers.put("GET /api/v1/tenants/east/cylinders/points?page=0&size=20",
                new String[] { "200", "application/json", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}" });

        east.cylinders().points(0, 20);

        String login = seen.get("POST /api/v1/auth/token");
        assertTrue(login.startsWith("null|en|") && login.contains("\"tenant\":\"east\"") && login.contains("\"username\":\"li\""), login);
        assertTrue(seen.get("GET /api/v1/tenants/east/cylinders/points?page=0&size=20").startsWith("Bearer t-1|en|"));
        assertEquals("east", east.tenant());
    }

    @Test
    void aProblemCarriesStatusTitleDetailAndFieldErrors() {
        GaslineClient east = client();
        answers.put("POST /api/v1/tenants/east/ticketing/tickets", new String[] { "400", "application/problem+json",
                "{\"type\":\"https://gasline/problems/validation\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"2 fields\","
                        + "\"instance\":\"/api/v1/tenants/east/ticketing/tickets\",\"errors\":[{\"field\":\"type\",\"message\":\"required\"},"
                        + "{\"field\":\"address\",\"message\":\"required\"}]}" });

        GaslineProblemException refused = assertThrows(GaslineProblemException.class, () -> east.ticketing().open(null));

        assertEquals(400, refused.status());
        assertEquals("Invalid request", refused.title());
        assertEquals("2 fields", refused.detail());
        assertEquals("/api/v1/tenants/east/ticketing/tickets", refused.instance());
        assertEquals(2, refused.errors().size());
        assertEquals("required", refused.error("address").orElseThrow().message());
        assertTrue(refused.getMessage().contains("type: required"), refused.getMessage());
    }

    @Test
    void anAnswerThatIsNotAProblemStillThrowsWithItsStatus() {
        GaslineClient east = client();

        GaslineProblemException refused = assertThrows(GaslineProblemException.class, () -> east.accounts().account("A-1"));

        assertEquals(404, refused.status());
        assertEquals("about:blank", refused.type());
        assertEquals("<html>nothing here</html>", refused.detail());
        assertTrue(refused.errors().isEmpty());
    }

    @Test
    void aWrongPasswordIsAProblemToo() {
        answers.put("POST /api/v1/auth/token", new String[] { "401", "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}" });

        assertEquals(401, assertThrows(GaslineProblemException.class, this::client).status());
    }

    @Test
    void aPagedAnswerKeepsItsCountsAndTheModuleCatalogIsOneList() {
        GaslineClient east = client();
        answers.put("GET /api/v1/tenants/east/duties/staff?page=1&size=1", new String[] { "200", "application/json",
                "{\"items\":[{\"username\":\"zhang\",\"name\":\"张敏\",\"position\":\"agent\"}],\"page\":1,\"size\":1,\"total\":3}" });
        answers.put("GET /api/v1/admin/modules", new String[] { "200", "application/json",
                "[{\"id\":\"duties\",\"name\":\"岗位职责\",\"version\":\"0.1.0\",\"active\":true}]" });

        Page<com.gasline.duties.api.rest.Staff> staff = east.duties().staff(1, 1);

        assertEquals("张敏", staff.items().get(0).name());
        assertEquals(3, staff.total());
        assertTrue(staff.hasMore());
        assertEquals("duties", east.admin().modules().get(0).id());
    }

    @Test
    void aPaymentCarriesItsIdempotencyKeyAndLeavesNullFieldsOut() {
        GaslineClient east = client();
        answers.put("POST /api/v1/tenants/east/metering/payments", new String[] { "201", "application/json",
                "{\"id\":\"p1\",\"receiptNo\":\"R1\",\"accountNo\":\"A1\",\"amountFen\":5000,\"paidAt\":\"2026-11-20T09:00:00+08:00\",\"balanceFen\":5000}" });

        var paid = east.metering().pay("key-1", new NewPayment("A1", 5000L, null));

        assertEquals("R1", paid.receiptNo());
        assertEquals(8 * 3600, paid.paidAt().getOffset().getTotalSeconds());
        assertTrue(seen.get("POST /api/v1/tenants/east/metering/payments").endsWith("|key-1|{\"accountNo\":\"A1\",\"amountFen\":5000}"));
    }

    @Test
    void pathSegmentsAreEncoded() {
        GaslineClient east = client();
        answers.put("GET /api/v1/tenants/east/cylinders/cylinders/A%2F1%20%E7%94%B2", new String[] { "200", "application/json",
                "{\"serial\":\"A/1 甲\",\"spec\":\"YSP-15\"}" });

        assertEquals("A/1 甲", east.cylinders().cylinder("A/1 甲").serial());
    }
}

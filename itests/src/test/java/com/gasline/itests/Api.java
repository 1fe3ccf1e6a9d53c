package com.gasline.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP against the container's own port, the way a branch client talks to Gasline. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base = "http://127.0.0.1:" + GaslineContainer.HTTP_PORT + "/api";

    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Reply call(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        for (int attempt = 0;; attempt++) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                // Jetty's own HTML 404 means the /api servlet is being re-registered (the REST server restarts when a root
                // resource joins); the API itself always answers problem+json, so this is retried, never asserted on
                boolean unmounted = r.statusCode() == 404 && r.body() != null && r.body().startsWith("<html");
                if (unmounted && attempt < 300) {
                    pause(200);
                    continue;
                }
                JsonNode json = r.body() == null || r.body().isBlank() ? null : parse(r.body());
                return new Reply(r.statusCode(), r, json);
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    public Reply get(String path, String token) {
        return call("GET", path, token, null);
    }

    public Reply post(String path, String token, String body) {
        return call("POST", path, token, body);
    }

    public String login(String tenant, String username, String password) {
        String t = tenant == null ? "null" : "\"" + tenant + "\"";
        Reply r = post("/v1/auth/token", null, "{\"tenant\":" + t + ",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r);
        }
        return r.json().get("accessToken").asText();
    }

    /** The generated first-admin password, as an operator reads it after the first start. */
    public String adminToken() {
        return login(null, "admin", adminPassword());
    }

    public static String adminPassword() {
        Path file = Path.of(System.getProperty("karaf.data"), "gasline", "initial-admin-password");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no generated admin password at " + file, e);
        }
    }

    /** The container answers health once the platform and the database are up. */
    public void awaitHealthy() {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                // every module of the distribution active, and the admin API (tenant-admin bundle), which may join the REST
                // server a moment after health: tests start on a settled container
                if (r.statusCode() == 200 && ALL_MODULES.stream().allMatch(m -> r.body().contains("\"" + m + "\"")) && adminApiUp()) {
                    return;
                }
            } catch (IOException notYet) {
                // Jetty or the REST server is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause(200);
        }
        throw new AssertionError("Gasline did not become healthy within 60 s");
    }

    /** The modules the distribution ships (feature gasline-all). */
    static final List<String> ALL_MODULES = List.of("accounts", "metering", "ticketing", "cylinders", "duties", "notices");

    private boolean adminApiUp() {
        if (!Files.exists(Path.of(System.getProperty("karaf.data"), "gasline", "initial-admin-password"))) {
            // the first admin is created a moment after health answers
            return false;
        }
        Reply login = post("/v1/auth/token", null, "{\"tenant\":null,\"username\":\"admin\",\"password\":\"" + adminPassword() + "\"}");
        return login.status() == 200 && get("/v1/admin/modules", login.json().get("accessToken").asText()).status() == 200;
    }

    /** Health answers as soon as the platform is up; a module bundle may still be migrating its tables. */
    public void awaitModules(String... ids) {
        awaitHealthy();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Reply health = get("/v1/health", null);
            java.util.Set<String> active = new java.util.HashSet<>();
            if (health.json() != null && health.json().has("modules")) {
                health.json().get("modules").forEach(m -> active.add(m.asText()));
            }
            if (active.containsAll(java.util.List.of(ids))) {
                return;
            }
            pause(200);
        }
        throw new AssertionError("modules " + java.util.List.of(ids) + " did not become active within 60 s");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Onboards a tenant with a branch admin; returns the branch admin's token. */
    public String onboard(String adminToken, String code, String branchAdmin, String... modules) {
        expect(201, post("/v1/admin/tenants", adminToken, "{\"code\":\"" + code + "\",\"name\":\"" + code + " 分公司\",\"region\":\"华东\"}"));
        for (String m : modules) {
            expect(200, call("PUT", "/v1/admin/tenants/" + code + "/modules/" + m, adminToken, null));
        }
        expect(201, post("/v1/admin/tenants/" + code + "/users", adminToken, "{\"username\":\"" + branchAdmin
                + "\",\"password\":\"branch-password-1\",\"displayName\":\"管理员\",\"roles\":[\"BRANCH_ADMIN\"]}"));
        return login(code, branchAdmin, "branch-password-1");
    }

    /** Creates a branch user with {@code roles} (as the group admin) and returns their token. */
    public String user(String adminToken, String tenant, String username, String... roles) {
        String list = String.join("\",\"", roles);
        expect(201, post("/v1/admin/tenants/" + tenant + "/users", adminToken, "{\"username\":\"" + username
                + "\",\"password\":\"staff-password-1\",\"displayName\":\"" + username + "\",\"roles\":[\"" + list + "\"]}"));
        return login(tenant, username, "staff-password-1");
    }

    public static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
        return reply;
    }
}

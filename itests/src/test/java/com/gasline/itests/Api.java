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

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP against the container's own port, the way a branch client talks to Gasline. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String host;
    private final String base;

    /** The container of this test, on its own port. */
    public Api() {
        this("http://127.0.0.1:" + GaslineContainer.HTTP_PORT);
    }

    /** A Gasline at {@code host} (scheme, name and port), for a test that runs outside the container. */
    public Api(String host) {
        this.host = host;
        this.base = host + "/api";
    }

    public String host() {
        return host;
    }

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
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = r.body() == null || r.body().isBlank() ? null : parse(r.body());
            return new Reply(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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

    /**
     * Waits, as Karaf's own itests do, on services: the REST server (which mounts /api once), every module of
     * the distribution, the admin and group sections and the template kinds the modules contribute, then on the first
     * admin's password file. No request is retried.
     */
    public void awaitHealthy() {
        BundleContext context = FrameworkUtil.getBundle(Api.class).getBundleContext();
        Services.await(context, "com.gasline.platform.internal.rest.RestServer", 1);
        Services.awaitModules(context, ALL_MODULES);
        Services.await(context, "com.gasline.platform.api.Section", 2);
        Services.await(context, "com.gasline.group.api.TemplateKind", 2);
        Path password = Path.of(System.getProperty("karaf.data"), "gasline", "initial-admin-password");
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(password)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the first admin was not created within 60 s");
            }
            pause(100);
        }
        expect(200, get("/v1/health", null));
    }

    /**
     * From outside the container, where its services cannot be seen: polls the health endpoint until it is ready with
     * the given modules, within two minutes.
     */
    public void awaitFromOutside(List<String> modules) {
        Instant deadline = Instant.now().plusSeconds(120);
        Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = get("/v1/health", null);
                JsonNode json = last.json();
                if (last.status() == 200 && json != null && json.path("ready").asBoolean()) {
                    List<String> up = new java.util.ArrayList<>();
                    json.path("modules").forEach(m -> up.add(m.asText()));
                    if (up.containsAll(modules)) {
                        return;
                    }
                }
            } catch (IllegalStateException notYetListening) {
                last = null;
            }
            pause(500);
        }
        throw new AssertionError("Gasline at " + host + " was not ready with " + modules + " within 120 s; last answer: " + last);
    }

    /** The modules the distribution ships (feature gasline-all). */
    static final List<String> ALL_MODULES = List.of("accounts", "metering", "ticketing", "cylinders", "duties", "inspections", "appointments",
            "notices");

    /** Waits on the Module services of the given modules. */
    public void awaitModules(String... ids) {
        awaitHealthy();
        Services.awaitModules(FrameworkUtil.getBundle(Api.class).getBundleContext(), List.of(ids));
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

    /**
     * The status, and for an error the problem+json body the API promises (type, title, the same status): a bare 404 from
     * the servlet container, or any other body, is not the API answering.
     */
    public static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
        if (status >= 400) {
            JsonNode problem = reply.json();
            boolean isProblem = reply.contentType().startsWith("application/problem+json") && problem != null && problem.hasNonNull("type")
                    && problem.hasNonNull("title") && problem.path("status").asInt() == status && !problem.path("detail").asText().isBlank();
            if (!isProblem) {
                throw new AssertionError("expected a problem+json " + status + " but got " + reply.contentType() + " " + reply);
            }
        }
        return reply;
    }

    /** An error that names the field at fault, as a client shows it next to that field. */
    public static Reply expectField(int status, String field, Reply reply) {
        expect(status, reply);
        java.util.List<String> fields = new java.util.ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        if (!fields.contains(field)) {
            throw new AssertionError("expected an error on " + field + " but got " + fields + ": " + reply);
        }
        return reply;
    }
}

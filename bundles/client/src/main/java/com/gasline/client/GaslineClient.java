package com.gasline.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A session with Gasline over plain HTTP (the JDK's {@link HttpClient} and Jackson, nothing else): log in once, then
 * work each area through its facade. Every refused request throws {@link GaslineProblemException}.
 *
 * <pre>
 * GaslineClient east = GaslineClient.at("http://localhost:8181/api").language("en").login("east", "li", "secret");
 * Ticket t = east.ticketing().open(new NewTicket("REPAIR", null, null, "HOTLINE", "王先生", "13800001111",
 *         null, "幸福路 8 号", "灶具打不着火", null, null));
 * </pre>
 *
 * A branch user's token opens its own branch only; the group admin works through {@link #admin()}. A client is immutable
 * and safe to share between threads. The token is not renewed: log in again when a call answers 401.
 */
public final class GaslineClient {

    private final Transport transport;
    private final String tenant;

    private GaslineClient(Transport transport, String tenant) {
        this.transport = transport;
        this.tenant = tenant;
    }

    /** {@code api} is the server's {@code …/api}, e.g. {@code http://localhost:8181/api}. */
    public static Builder at(String api) {
        return new Builder(api);
    }

    /** Logs in as a branch user with the defaults (zh-CN answers, 30 s timeout). */
    public static GaslineClient login(String api, String tenant, String username, String password) {
        return at(api).login(tenant, username, password);
    }

    /** The branch this session belongs to; null for a group admin. */
    public String tenant() {
        return tenant;
    }

    /** The bearer token, e.g. to hand to another process. */
    public String token() {
        return transport.token();
    }

    /** Tenants, their modules and users (group admins). */
    public AdminClient admin() {
        return new AdminClient(transport);
    }

    /** 用户档案 of the branch logged in. */
    public AccountsClient accounts() {
        return accounts(ownTenant());
    }

    public AccountsClient accounts(String tenant) {
        return new AccountsClient(transport, module(tenant, "accounts"));
    }

    /** 抄表收费 of the branch logged in. */
    public MeteringClient metering() {
        return metering(ownTenant());
    }

    public MeteringClient metering(String tenant) {
        return new MeteringClient(transport, module(tenant, "metering"));
    }

    /** 收费 (receipts, the cashier's day, refunds, adjustments) of the branch logged in. */
    public CashierClient cashier() {
        return cashier(ownTenant());
    }

    public CashierClient cashier(String tenant) {
        return new CashierClient(transport, module(tenant, "metering"));
    }

    /** Background jobs (imports, bill runs) of the branch logged in. */
    public JobsClient jobs() {
        return jobs(ownTenant());
    }

    public JobsClient jobs(String tenant) {
        return new JobsClient(transport, "/v1/tenants/" + Query.segment(tenant) + "/jobs");
    }

    /** 客服工单 of the branch logged in. */
    public TicketingClient ticketing() {
        return ticketing(ownTenant());
    }

    public TicketingClient ticketing(String tenant) {
        return new TicketingClient(transport, module(tenant, "ticketing"));
    }

    /** 调瓶点 of the branch logged in. */
    public CylindersClient cylinders() {
        return cylinders(ownTenant());
    }

    public CylindersClient cylinders(String tenant) {
        return new CylindersClient(transport, module(tenant, "cylinders"));
    }

    /** 岗位值班 of the branch logged in. */
    public DutiesClient duties() {
        return duties(ownTenant());
    }

    public DutiesClient duties(String tenant) {
        return new DutiesClient(transport, module(tenant, "duties"));
    }

    private String ownTenant() {
        if (tenant == null) {
            throw new IllegalStateException("a group admin's session has no branch: log in as a user of the branch");
        }
        return tenant;
    }

    private static String module(String tenant, String module) {
        return "/v1/tenants/" + Query.segment(tenant) + "/" + module;
    }

    /** Where and how to connect; {@link #login} or {@link #withToken} then opens the session. */
    public static final class Builder {

        private final String api;
        private String language;
        private Duration timeout = Duration.ofSeconds(30);
        private HttpClient http;

        private Builder(String api) {
            this.api = api;
        }

        /** {@code Accept-Language} of every call, e.g. {@code en} or {@code zh-CN} (the server's default). */
        public Builder language(String languageTag) {
            this.language = languageTag;
            return this;
        }

        /** How long one call may take, connecting included. */
        public Builder timeout(Duration callTimeout) {
            this.timeout = callTimeout;
            return this;
        }

        /** An HTTP client of your own (proxy, TLS settings); by default one is made with the timeout to connect. */
        public Builder httpClient(HttpClient client) {
            this.http = client;
            return this;
        }

        /** Logs in as a branch user of {@code tenant}. */
        public GaslineClient login(String tenant, String username, String password) {
            Map<String, String> credentials = new HashMap<>();
            credentials.put("tenant", tenant);
            credentials.put("username", username);
            credentials.put("password", password);
            Transport anonymous = transport(null);
            JsonNode issued = anonymous.send("POST", "/v1/auth/token", credentials, JsonNode.class);
            return new GaslineClient(anonymous.withToken(issued.path("accessToken").asText()), tenant);
        }

        /** Logs in as a group admin (no tenant). */
        public GaslineClient loginGroupAdmin(String username, String password) {
            return login(null, username, password);
        }

        /** A session for a token obtained elsewhere; {@code tenant} is null for a group admin's token. */
        public GaslineClient withToken(String tenant, String token) {
            return new GaslineClient(transport(token), tenant);
        }

        private Transport transport(String token) {
            HttpClient client = http != null ? http : HttpClient.newBuilder().connectTimeout(timeout).build();
            return new Transport(client, api, language, timeout, token);
        }
    }
}

package com.gasline.client;

import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxrs.client.JAXRSClientFactoryBean;
import org.apache.cxf.jaxrs.client.WebClient;
import org.apache.cxf.transport.ConduitInitiatorManager;
import org.apache.cxf.transport.http.HTTPTransportFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import com.gasline.accounts.api.rest.AccountsApi;

/**
 * A branch staff member's session with Gasline: log in once, then call each module through a proxy of
 * its {@code *-api} interface, so client and server share one contract. Errors come back as
 * {@code javax.ws.rs.WebApplicationException} carrying the problem+json response.
 *
 * <pre>
 * GaslineClient east = GaslineClient.login("http://localhost:8181/api", "east", "li", "secret");
 * Page&lt;Account&gt; found = east.accounts().accounts(null, "王", null, null, null, null, 0, 20);
 * </pre>
 */
public final class GaslineClient implements AutoCloseable {

    private final String baseUrl;
    private final String tenant;
    private final String token;
    private final List<Object> providers;
    private final Bus bus;

    private GaslineClient(String baseUrl, String tenant, String token, Bus bus) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tenant = tenant;
        this.token = token;
        this.providers = List.of(new JacksonJsonProvider(mapper()));
        this.bus = bus;
    }

    /**
     * A bus of our own with the HTTP conduit registered by hand: inside OSGi containers the
     * default bus does not always see the HTTP transport, outside it changes nothing.
     */
    private static Bus httpBus() {
        Bus bus = BusFactory.newInstance().createBus();
        HTTPTransportFactory http = new HTTPTransportFactory();
        ConduitInitiatorManager conduits = bus.getExtension(ConduitInitiatorManager.class);
        for (String namespace : HTTPTransportFactory.DEFAULT_NAMESPACES) {
            conduits.registerConduitInitiator(namespace, http);
        }
        return bus;
    }

    /** Logs in as a branch user; {@code baseUrl} is the server's {@code …/api}. */
    public static GaslineClient login(String baseUrl, String tenant, String username, String password) {
        GaslineClient anonymous = new GaslineClient(baseUrl, tenant, null, httpBus());
        JAXRSClientFactoryBean bean = anonymous.bean(anonymous.baseUrl + "/v1/auth/token");
        WebClient web = bean.createWebClient().type(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
        try (Response r = web.post(Map.of("tenant", tenant, "username", username, "password", password))) {
            if (r.getStatus() != 200) {
                anonymous.close();
                throw new WebApplicationException("login failed for " + username + "@" + tenant, r);
            }
            return new GaslineClient(baseUrl, tenant, r.readEntity(JsonNode.class).get("accessToken").asText(), anonymous.bus);
        }
    }

    /** For a token obtained elsewhere (e.g. by a gateway). */
    public static GaslineClient withToken(String baseUrl, String tenant, String token) {
        return new GaslineClient(baseUrl, tenant, token, httpBus());
    }

    /** 用户档案 */
    public AccountsApi accounts() {
        return module("accounts", AccountsApi.class);
    }

    private <T> T module(String moduleId, Class<T> api) {
        JAXRSClientFactoryBean bean = bean(baseUrl + "/v1/tenants/" + tenant + "/" + moduleId);
        bean.setServiceClass(api);
        bean.setHeaders(Map.of("Authorization", "Bearer " + token, "Accept", MediaType.APPLICATION_JSON));
        return bean.create(api);
    }

    private JAXRSClientFactoryBean bean(String address) {
        JAXRSClientFactoryBean bean = new JAXRSClientFactoryBean();
        bean.setBus(bus);
        bean.setAddress(address);
        bean.setProviders(providers);
        return bean;
    }

    @Override
    public void close() {
        bus.shutdown(false);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

package com.gasline.platform.internal.rest;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.servlet.ServletException;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import com.gasline.platform.internal.attachments.AttachmentLimits;
import com.gasline.platform.internal.audit.AuditLogImpl;
import com.gasline.platform.internal.metrics.RequestMetrics;
import com.gasline.platform.internal.security.TokenService;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;
import com.gasline.platform.internal.tenant.TenantGate;

/**
 * Serves {@code /api}: one CXF bus and servlet, mounted once per activation of the platform bundle.
 * Every reference is to a component of this bundle (or to the HTTP service), so no other bundle's
 * arrival or departure can unmount it: modules are reached through {@link TenantPathResource},
 * group-level sections through {@link SectionLocator}, both answering 503 while their bundle is down.
 */
@Component(service = RestServer.class, immediate = true)
public class RestServer {

    static final String ALIAS = "/api";
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final HttpService http;
    private final Bus bus;
    private final Server server;

    @Activate
    public RestServer(@Reference HttpService http, @Reference HealthResource health, @Reference AuthResource auth,
            @Reference TenantPathResource tenants, @Reference TenantJobsResource jobs, @Reference TenantAttachmentsResource attachments,
            @Reference AttachmentLimits attachmentLimits, @Reference TenantNoticesResource notices, @Reference SectionWhiteboard sections,
            @Reference RequestContextImpl requests,
            @Reference TokenService tokens, @Reference TenantGate gate, @Reference AuditLogImpl audit,
            @Reference ModuleWhiteboard modules, @Reference MetricsResource metrics, @Reference RequestMetrics requestMetrics,
            @Reference ScrapeAccess scrapers, @Reference CorsPolicy cors) throws ServletException, NamespaceException {
        this.http = http;
        long started = System.nanoTime();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(JAXRSServerFactoryBean.class.getClassLoader());
        try {
            this.bus = BusFactory.newInstance().createBus();
            DestinationRegistry registry = new DestinationRegistryImpl();
            HTTPTransportFactory transport = new HTTPTransportFactory(registry);
            DestinationFactoryManager destinations = bus.getExtension(DestinationFactoryManager.class);
            for (String namespace : HTTPTransportFactory.DEFAULT_NAMESPACES) {
                destinations.registerDestinationFactory(namespace, transport);
            }
            bus.setExtension(transport, HTTPTransportFactory.class);

            Map<String, Class<?>> documented = new LinkedHashMap<>();
            documented.put("health", HealthResource.class);
            documented.put("auth", AuthResource.class);
            documented.put("users", TenantPathResource.class);
            documented.put("jobs", TenantJobsResource.class);
            documented.put("attachments", TenantAttachmentsResource.class);
            documented.put("customer-notices", TenantNoticesResource.class);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            // Location headers name the host the client asked for; CXF would turn 127.0.0.1 into localhost
            factory.setProperties(Map.of("replace.loopback.address.with.localhost", "false"));
            factory.setServiceBeans(List.of(health, auth, tenants, jobs, attachments, notices, metrics, new SectionLocator(sections, requests),
                    new OpenApiResource(documented, modules, sections), new DocsResource()));
            factory.setProviders(List.of(new JacksonJsonProvider(objectMapper()), new ProblemMapper(requests),
                    new CorsFilter(cors), new BodyLimitFilter(attachmentLimits::maxBytes), new EncodedPathFilter(), new AuthFilter(tokens, gate, requests, scrapers),
                    new ControlCharacterFilter(),
                    new AuditFilter(audit, requests), new SecurityHeadersFilter(), new RoleCheckBeforeBody(requests), noWadl()));
            factory.setInvoker(new RoleCheckingInvoker(requests));
            this.server = factory.create();
            http.registerServlet(ALIAS, new ApiServlet(registry, bus, List.of(new AccessLog(), requestMetrics)), servletSettings(), null);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        LOG.info("Mounted {} in {} ms", ALIAS, (System.nanoTime() - started) / 1_000_000);
    }

    @Deactivate
    void stop() {
        http.unregister(ALIAS);
        server.destroy();
        bus.shutdown(true);
        LOG.info("Unmounted {}", ALIAS);
    }

    /** CXF's HTML service list (at {@code /api/services}) tells strangers what runs here: off. */
    private static Dictionary<String, String> servletSettings() {
        Hashtable<String, String> settings = new Hashtable<>();
        settings.put("hide-service-list-page", "true");
        return settings;
    }

    /** Takes the place of the WADL generator CXF would add by itself, and answers no {@code ?_wadl}. */
    private static WadlGenerator noWadl() {
        WadlGenerator wadl = new WadlGenerator();
        wadl.setIgnoreRequests(true);
        return wadl;
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(PlainTextStrings.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // times leave in the branches' zone, whatever zone the database handed back
                .setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

package com.gasline.platform.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import javax.servlet.ServletException;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import com.gasline.platform.api.RootResource;
import com.gasline.platform.internal.audit.AuditLogImpl;
import com.gasline.platform.internal.security.TokenService;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;
import com.gasline.platform.internal.tenant.TenantGate;

/**
 * Serves {@code /api}: one CXF bus and servlet of our own, one JAX-RS endpoint holding every
 * {@link RootResource}. Modules are not endpoints: they are reached through
 * {@link TenantPathResource}, so a module bundle can come and go without touching this server.
 */
@Component(immediate = true)
public class RestServer {

    static final String ALIAS = "/api";

    private final HttpService http;
    private final Bus bus;
    private final Server server;

    @Activate
    public RestServer(@Reference HttpService http,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY) List<RootResource> resources,
            @Reference RequestContextImpl requests, @Reference TokenService tokens, @Reference TenantGate gate,
            @Reference AuditLogImpl audit, @Reference ModuleWhiteboard modules) throws ServletException, NamespaceException {
        this.http = http;
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

            List<Object> beans = new ArrayList<>(resources);
            List<Class<?>> documented = new ArrayList<>();
            resources.forEach(r -> documented.add(r.getClass()));
            beans.add(new OpenApiResource(documented, modules));

            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(beans);
            factory.setProviders(List.of(new JacksonJsonProvider(objectMapper()), new ProblemMapper(requests),
                    new AuthFilter(tokens, gate, requests), new AuditFilter(audit, requests)));
            factory.setInvoker(new RoleCheckingInvoker(requests));
            this.server = factory.create();
            http.registerServlet(ALIAS, new CXFNonSpringServlet(registry, bus), null, null);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Deactivate
    void stop() {
        http.unregister(ALIAS);
        server.destroy();
        bus.shutdown(true);
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // times leave in the branches' zone, whatever zone the database handed back
                .setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

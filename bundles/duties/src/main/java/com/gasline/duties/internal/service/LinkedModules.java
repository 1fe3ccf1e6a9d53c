package com.gasline.duties.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.cylinders.api.CylinderStock;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.ticketing.api.TicketQueries;

/**
 * Ticketing and cylinders as seen from duties: each is there only while its bundle runs and the branch
 * has enabled it, so duties starts and works without them.
 */
@Component(service = LinkedModules.class)
public class LinkedModules {

    private final TenantRegistry tenants;
    private volatile TicketQueries tickets;
    private volatile CylinderStock cylinders;

    @Activate
    public LinkedModules(@Reference TenantRegistry tenants) {
        this.tenants = tenants;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindTickets(TicketQueries queries) {
        this.tickets = queries;
    }

    void unbindTickets(TicketQueries queries) {
        if (tickets == queries) {
            tickets = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindCylinders(CylinderStock stock) {
        this.cylinders = stock;
    }

    void unbindCylinders(CylinderStock stock) {
        if (cylinders == stock) {
            cylinders = null;
        }
    }

    /** The branch's tickets, or null when ticketing is not running or not enabled for it. */
    TicketQueries tickets(String tenant) {
        TicketQueries queries = tickets;
        return queries != null && enabled(tenant, "ticketing") ? queries : null;
    }

    /** The branch's cylinder stock, or null when cylinders is not running or not enabled for it. */
    CylinderStock cylinders(String tenant) {
        CylinderStock stock = cylinders;
        return stock != null && enabled(tenant, "cylinders") ? stock : null;
    }

    /** Whether {@code username} is a platform user of the branch. */
    boolean isUser(String tenant, String username) {
        return tenants.hasUser(tenant, username);
    }

    private boolean enabled(String tenant, String module) {
        return tenants.hasModule(tenant, module);
    }
}

package com.gasline.ticketing.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.ticketing.internal.rest.TicketingResource;
import com.gasline.ticketing.internal.service.Desk;
import com.gasline.ticketing.internal.service.Escalations;
import com.gasline.ticketing.internal.service.Outages;
import com.gasline.ticketing.internal.service.Policies;
import com.gasline.ticketing.internal.service.Reports;
import com.gasline.ticketing.internal.service.SitePhotos;
import com.gasline.ticketing.internal.service.TicketSteps;
import com.gasline.ticketing.internal.service.Tickets;

/** 客服工单: tickets with SLA clocks, callbacks, outage notices, registers and KPIs; uses accounts when the branch has it. */
@Component(service = Module.class)
public class TicketingModule extends AbstractModule {

    @Activate
    public TicketingModule(BundleContext context, @Reference Desk desk, @Reference Tickets tickets, @Reference TicketSteps steps,
            @Reference Policies policies, @Reference Escalations escalations, @Reference Outages outages, @Reference Reports reports,
            @Reference SitePhotos photos,
            @Reference RequestContext requests) {
        super("ticketing", "客服工单 Service tickets", context.getBundle(), Set.of(),
                Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.BRANCH_ADMIN),
                new TicketingResource(desk, tickets, steps, policies, escalations, outages, reports, photos, requests));
    }
}

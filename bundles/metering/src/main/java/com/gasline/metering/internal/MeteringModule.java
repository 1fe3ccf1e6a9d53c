package com.gasline.metering.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.internal.billing.Billing;
import com.gasline.metering.internal.billing.Meters;
import com.gasline.metering.internal.billing.Payments;
import com.gasline.metering.internal.billing.Tariffs;
import com.gasline.metering.internal.rest.MeteringResource;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 抄表收费: meters, reading books, readings, tariffs, bills, payments and arrears; needs accounts. */
@Component(service = Module.class)
public class MeteringModule implements Module {

    private final MeteringResource resource;
    private final String version;

    @Activate
    public MeteringModule(BundleContext context, @Reference MeteringStore store, @Reference Meters meters, @Reference Tariffs tariffs,
            @Reference Billing billing, @Reference Payments payments, @Reference RequestContext requests) {
        this.version = context.getBundle().getVersion().toString();
        this.resource = new MeteringResource(store, meters, tariffs, billing, payments, requests);
    }

    @Override
    public String id() {
        return "metering";
    }

    @Override
    public String name() {
        return "抄表收费 Meter reading and billing";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> requires() {
        return Set.of("accounts");
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER, Roles.CASHIER, Roles.AGENT, Roles.SUPERVISOR);
    }

    @Override
    public Object resource() {
        return resource;
    }
}

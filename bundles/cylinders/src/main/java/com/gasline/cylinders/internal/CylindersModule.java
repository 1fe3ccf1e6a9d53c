package com.gasline.cylinders.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.internal.point.CylinderStore;
import com.gasline.cylinders.internal.point.Yard;
import com.gasline.cylinders.internal.rest.CylindersResource;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 液化气调瓶点: exchange points, cylinders, exchanges, stock, safety checks and remittance. */
@Component(service = Module.class)
public class CylindersModule implements Module {

    private final CylindersResource resource;
    private final String version;

    @Activate
    public CylindersModule(BundleContext context, @Reference CylinderStore store, @Reference Yard yard, @Reference RequestContext requests) {
        this.version = context.getBundle().getVersion().toString();
        this.resource = new CylindersResource(store, yard, requests);
    }

    @Override
    public String id() {
        return "cylinders";
    }

    @Override
    public String name() {
        return "液化气调瓶点 LPG exchange points";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD);
    }

    @Override
    public Object resource() {
        return resource;
    }
}

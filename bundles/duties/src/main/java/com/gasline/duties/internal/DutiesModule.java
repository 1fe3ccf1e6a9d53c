package com.gasline.duties.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.duties.internal.desk.Duties;
import com.gasline.duties.internal.rest.DutiesResource;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 岗位职责与值班: positions, staff, rosters, handovers, periodic checks and assessment. */
@Component(service = Module.class)
public class DutiesModule implements Module {

    private final DutiesResource resource;
    private final String version;

    @Activate
    public DutiesModule(BundleContext context, @Reference Duties duties, @Reference RequestContext requests) {
        this.version = context.getBundle().getVersion().toString();
        this.resource = new DutiesResource(duties, requests);
    }

    @Override
    public String id() {
        return "duties";
    }

    @Override
    public String name() {
        return "岗位职责与值班 Positions and duty rosters";
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
        return Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT, Roles.TECHNICIAN, Roles.STATION_OPERATOR,
                Roles.DISPATCHER, Roles.CYLINDER_CLERK);
    }

    @Override
    public Object resource() {
        return resource;
    }
}

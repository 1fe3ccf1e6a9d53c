package com.gasline.duties.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.duties.internal.rest.DutiesResource;
import com.gasline.duties.internal.service.Assessments;
import com.gasline.duties.internal.service.Checks;
import com.gasline.duties.internal.service.Handovers;
import com.gasline.duties.internal.service.Personnel;
import com.gasline.duties.internal.service.Positions;
import com.gasline.duties.internal.service.Rosters;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 岗位职责与值班: positions, staff, rosters, handovers, periodic checks and assessment. */
@Component(service = Module.class)
public class DutiesModule extends AbstractModule {

    @Activate
    public DutiesModule(BundleContext context, @Reference Positions positions, @Reference Personnel personnel, @Reference Rosters rosters,
            @Reference Handovers handovers, @Reference Checks checks, @Reference Assessments assessments, @Reference RequestContext requests) {
        super("duties", "岗位职责与值班 Positions and duty rosters", context.getBundle(), Set.of(),
                Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.AGENT,
                        Roles.TECHNICIAN, Roles.STATION_OPERATOR, Roles.DISPATCHER, Roles.CYLINDER_CLERK),
                new DutiesResource(positions, personnel, rosters, handovers, checks, assessments, requests));
    }
}

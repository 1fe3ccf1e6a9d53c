package com.gasline.inspections.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.inspections.internal.rest.InspectionsResource;
import com.gasline.inspections.internal.service.BranchRules;
import com.gasline.inspections.internal.service.Coverage;
import com.gasline.inspections.internal.service.HazardReminders;
import com.gasline.inspections.internal.service.Hazards;
import com.gasline.inspections.internal.service.Inspections;
import com.gasline.inspections.internal.service.Plans;
import com.gasline.inspections.internal.service.Visits;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 入户安检: plans from the accounts, notices, visits with the checklist, hazards until fixed, coverage. */
@Component(service = Module.class)
public class InspectionsModule extends AbstractModule {

    @Activate
    public InspectionsModule(BundleContext context, @Reference BranchRules rules, @Reference Plans plans,
            @Reference Inspections inspections, @Reference Visits visits, @Reference Hazards hazards, @Reference Coverage coverage,
            @Reference HazardReminders reminders, @Reference RequestContext requests) {
        super("inspections", "入户安检 Household safety inspections", context.getBundle(), Set.of("accounts"),
                Set.of(Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.INSPECTOR),
                new InspectionsResource(rules, plans, inspections, visits, hazards, coverage, reminders, requests));
    }
}

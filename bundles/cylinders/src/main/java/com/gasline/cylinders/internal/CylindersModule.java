package com.gasline.cylinders.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.internal.point.CylinderStore;
import com.gasline.cylinders.internal.point.Yard;
import com.gasline.cylinders.internal.rest.CylindersResource;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 液化气调瓶点: exchange points, cylinders, exchanges, stock, safety checks and remittance. */
@Component(service = Module.class)
public class CylindersModule extends AbstractModule {

    @Activate
    public CylindersModule(BundleContext context, @Reference CylinderStore store, @Reference Yard yard, @Reference RequestContext requests) {
        super("cylinders", "液化气调瓶点 LPG exchange points", context.getBundle(), Set.of(),
                Set.of(Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD),
                new CylindersResource(store, yard, requests));
    }
}

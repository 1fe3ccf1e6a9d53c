package com.gasline.cylinders.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.internal.rest.CylindersResource;
import com.gasline.cylinders.internal.service.Cylinders;
import com.gasline.cylinders.internal.service.Exchanges;
import com.gasline.cylinders.internal.service.Points;
import com.gasline.cylinders.internal.service.Remittances;
import com.gasline.cylinders.internal.service.StockCounts;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 液化气调瓶点: exchange points, cylinders, exchanges, stock, safety checks and remittance. */
@Component(service = Module.class)
public class CylindersModule extends AbstractModule {

    @Activate
    public CylindersModule(BundleContext context, @Reference Points points, @Reference Cylinders cylinders, @Reference Exchanges exchanges,
            @Reference Remittances remittances, @Reference StockCounts counts, @Reference RequestContext requests) {
        super("cylinders", "液化气调瓶点 LPG exchange points", context.getBundle(), Set.of(),
                Set.of(Roles.BRANCH_ADMIN, Roles.CYLINDER_CLERK, Roles.SHIFT_LEAD),
                new CylindersResource(points, cylinders, exchanges, remittances, counts, requests));
    }
}

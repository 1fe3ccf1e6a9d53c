package com.gasline.admin.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.admin.internal.rest.AdminResource;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Section;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.UserAdmin;

/** The group admins' API at {@code /api/v1/admin}; while this bundle restarts those paths answer 503. */
@Component(service = Section.class)
public class AdminSection implements Section {

    private final AdminResource resource;

    @Activate
    public AdminSection(@Reference TenantRegistry registry, @Reference UserAdmin users, @Reference RequestContext requests) {
        this.resource = new AdminResource(registry, users, requests);
    }

    @Override
    public String id() {
        return "admin";
    }

    @Override
    public Object resource() {
        return resource;
    }
}

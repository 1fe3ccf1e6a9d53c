package com.gasline.platform.api.tenant;

import java.util.List;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;

/**
 * Tenants, their modules and their users. Used by tenant-admin (REST and shell); every method
 * validates its input and answers problems (400, 404, 409, 422) rather than partial writes.
 */
public interface TenantRegistry {

    List<ModuleInfo> modules();

    Tenant create(NewTenant tenant);

    /** Every tenant, for the operator's console. */
    List<Tenant> list();

    /** One page of the tenants, by code. */
    Page<Tenant> list(PageRequest page);

    Tenant get(String code);

    /** Whether the tenant exists and enabled the module: from the platform's cache, cheap enough for every request. */
    boolean hasModule(String code, String moduleId);

    Tenant change(String code, TenantChange change);

    /** 422 when a module it requires is not enabled for the tenant. */
    Tenant enableModule(String code, String moduleId);

    /** Data is kept; 422 while another enabled module requires it. */
    Tenant disableModule(String code, String moduleId);

    /**
     * Creates a branch user ({@code tenant} must exist; roles from {@code Roles.BRANCH_ROLES}), or with {@code tenant} null a
     * group user holding GROUP_ADMIN or GROUP_AUDITOR.
     */
    UserInfo createUser(String tenant, NewUser user);

    /** One page of the tenant's users, by username; 404 for an unknown tenant. */
    Page<UserInfo> users(String tenant, PageRequest page);

    /** Whether {@code username} is a user of the tenant (a branch's own check before it names a person). */
    boolean hasUser(String tenant, String username);
}

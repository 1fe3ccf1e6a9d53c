package com.gasline.platform.api.tenant;

import java.util.List;

/**
 * Tenants, their modules and their users. Used by tenant-admin (REST and shell); every method
 * validates its input and answers problems (400, 404, 409, 422) rather than partial writes.
 */
public interface TenantRegistry {

    List<ModuleInfo> modules();

    Tenant create(NewTenant tenant);

    List<Tenant> list();

    Tenant get(String code);

    Tenant change(String code, TenantChange change);

    /** 422 when a module it requires is not enabled for the tenant. */
    Tenant enableModule(String code, String moduleId);

    /** Data is kept; 422 while another enabled module requires it. */
    Tenant disableModule(String code, String moduleId);

    /** Creates a branch user; {@code tenant} must exist; roles from {@code Roles.BRANCH_ROLES}. */
    UserInfo createUser(String tenant, NewUser user);

    List<UserInfo> users(String tenant);
}

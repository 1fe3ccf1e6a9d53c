package com.gasline.client;

import java.util.List;

import com.gasline.platform.api.tenant.ModuleInfo;
import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantChange;
import com.gasline.platform.api.tenant.UserInfo;

/** The group admin API ({@code /api/v1/admin}): branches (tenants), the modules they run, their users. */
public final class AdminClient {

    private static final String ADMIN = "/v1/admin";

    private final Transport http;

    AdminClient(Transport http) {
        this.http = http;
    }

    /** The module catalog: what a branch can enable, and whether each module is running. */
    public List<ModuleInfo> modules() {
        return http.list(ADMIN + "/modules", ModuleInfo.class);
    }

    public Tenant createTenant(NewTenant tenant) {
        return http.send("POST", ADMIN + "/tenants", tenant, Tenant.class);
    }

    public Page<Tenant> tenants(int page, int size) {
        return http.page(ADMIN + "/tenants", Query.page(page, size), Tenant.class);
    }

    public Tenant tenant(String code) {
        return http.get(tenantPath(code), Tenant.class);
    }

    /** Renames, moves, suspends or resumes a branch; null fields stay as they are. */
    public Tenant changeTenant(String code, TenantChange change) {
        return http.send("PATCH", tenantPath(code), change, Tenant.class);
    }

    /** 422 when a module it requires is not enabled yet. */
    public Tenant enableModule(String code, String moduleId) {
        return http.send("PUT", tenantPath(code) + "/modules/" + Query.segment(moduleId), null, Tenant.class);
    }

    /** The module's data is kept; enabling it again brings it back. */
    public Tenant disableModule(String code, String moduleId) {
        return http.send("DELETE", tenantPath(code) + "/modules/" + Query.segment(moduleId), null, Tenant.class);
    }

    public UserInfo createUser(String code, NewUser user) {
        return http.send("POST", tenantPath(code) + "/users", user, UserInfo.class);
    }

    public Page<UserInfo> users(String code, int page, int size) {
        return http.page(tenantPath(code) + "/users", Query.page(page, size), UserInfo.class);
    }

    public UserInfo user(String code, String username) {
        return http.get(userPath(code, username), UserInfo.class);
    }

    /** A disabled user can no longer log in; nothing they did is removed. */
    public UserInfo disableUser(String code, String username) {
        return http.send("POST", userPath(code, username) + "/disable", null, UserInfo.class);
    }

    public UserInfo enableUser(String code, String username) {
        return http.send("POST", userPath(code, username) + "/enable", null, UserInfo.class);
    }

    /**
     * Onboards a branch in one go: creates the tenant, enables {@code modules} in the order given (a module after
     * those it requires) and creates its first branch admin. Stops at the first refusal, leaving what was done.
     */
    public Tenant onboard(NewTenant tenant, List<String> modules, NewUser branchAdmin) {
        createTenant(tenant);
        for (String module : modules) {
            enableModule(tenant.code(), module);
        }
        createUser(tenant.code(), branchAdmin);
        return tenant(tenant.code());
    }

    private static String tenantPath(String code) {
        return ADMIN + "/tenants/" + Query.segment(code);
    }

    private static String userPath(String code, String username) {
        return tenantPath(code) + "/users/" + Query.segment(username);
    }
}

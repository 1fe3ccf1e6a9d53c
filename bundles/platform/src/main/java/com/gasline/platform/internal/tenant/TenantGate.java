package com.gasline.platform.internal.tenant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.tenant.TenantStatus;

/**
 * Decides whether a caller may enter a tenant path, and which module serves it: another
 * tenant's path and a module the tenant has not enabled look exactly like nothing (404);
 * an enabled module whose bundle is stopped answers 503 so clients retry.
 */
@Component(service = TenantGate.class)
public class TenantGate {

    public static final int RETRY_AFTER_SECONDS = 5;

    private final TenantCache tenants;
    private final ModuleWhiteboard modules;

    @Activate
    public TenantGate(@Reference TenantCache tenants, @Reference ModuleWhiteboard modules) {
        this.tenants = tenants;
        this.modules = modules;
    }

    /** 404 unless the caller belongs to {@code tenant}; 403 while the tenant is suspended. */
    public void enterTenant(Caller caller, String tenant) {
        if (!tenant.equals(caller.tenant())) {
            throw noSuchTenant();
        }
        TenantCache.Entry entry = tenants.get(tenant).orElseThrow(TenantGate::noSuchTenant);
        if (entry.status() == TenantStatus.SUSPENDED) {
            throw Problems.forbidden(Text.of("分公司已停用，请联系集团管理员", "This branch is suspended; contact the group admin"));
        }
    }

    /** After {@link #enterTenant}: 404 unless the tenant enabled the module, 503 while it is stopped. */
    public Module enterModule(String tenant, String moduleId) {
        boolean enabled = tenants.get(tenant).map(e -> e.enabledModules().contains(moduleId)).orElse(false);
        if (!enabled) {
            throw Problems.notFound(Text.of("没有这个模块：" + moduleId, "No such module: " + moduleId));
        }
        return modules.active(moduleId).orElseThrow(() -> Problems.unavailable(
                Text.of("模块 " + moduleId + " 正在更新，请稍后重试", "Module " + moduleId + " is being updated; retry shortly"),
                RETRY_AFTER_SECONDS));
    }

    private static RuntimeException noSuchTenant() {
        return Problems.notFound(Text.of("没有这个分公司", "No such tenant"));
    }
}

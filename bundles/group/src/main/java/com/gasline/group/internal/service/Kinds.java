package com.gasline.group.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.group.api.TemplateKind;
import com.gasline.group.api.rest.KindInfo;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

/**
 * The template kinds the running modules contribute. Tracked dynamically: a module's kind comes and goes with its
 * bundle, so hot-deploying a module neither restarts the group layer nor gives it a wire to the module's impl.
 */
@Component(service = Kinds.class)
public class Kinds {

    private final TenantRegistry tenants;
    private final Map<String, TemplateKind> kinds = new ConcurrentHashMap<>();

    @Activate
    public Kinds(@Reference TenantRegistry tenants) {
        this.tenants = tenants;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(TemplateKind kind) {
        kinds.put(kind.id(), kind);
    }

    void removeKind(TemplateKind kind) {
        kinds.remove(kind.id(), kind);
    }

    public List<KindInfo> list() {
        return kinds.values().stream().map(k -> new KindInfo(k.id(), k.name(), k.module())).sorted(Comparator.comparing(KindInfo::id)).toList();
    }

    /** The kind {@code id}; 404 when no running module contributes it. */
    public TemplateKind kind(String id) {
        TemplateKind kind = id == null ? null : kinds.get(id);
        if (kind == null) {
            throw Problems.notFound(Text.of("没有这种模板", "No such template kind"));
        }
        return kind;
    }

    /** The kind as offered to {@code branch}: 404 when the branch does not exist or has not enabled the kind's module. */
    public TemplateKind offered(String branch, String id) {
        TemplateKind kind = kind(id);
        if (!tenants.get(branch).modules().contains(kind.module())) {
            throw Problems.notFound(Text.of("该分公司未开通此模板所属的模块", "The branch does not have this template kind's module"));
        }
        return kind;
    }

    /** The branches that have the kind's module enabled, by code. */
    public List<String> branches(TemplateKind kind) {
        return tenants.list().stream().filter(t -> t.modules().contains(kind.module())).map(Tenant::code).sorted().toList();
    }
}

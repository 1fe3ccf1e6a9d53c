package com.gasline.platform.internal.tenant;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.tenant.TenantStatus;
import com.gasline.platform.internal.persistence.PlatformStore;

/** Counts over every branch at once, for readiness and the operator's gauges. */
@Component(service = TenantCensus.class)
public class TenantCensus {

    private final PlatformStore store;

    @Activate
    public TenantCensus(@Reference PlatformStore store) {
        this.store = store;
    }

    /** The modules at least one branch has enabled: each must be active before the node takes traffic. */
    public Set<String> modulesEnabledSomewhere() {
        return store.tx(em -> Set.copyOf(em.createQuery(
                "select distinct m.moduleId from TenantModuleEntity m where m.enabled = true", String.class).getResultList()));
    }

    /** Branches per status, every status present (0 when none). */
    public Map<TenantStatus, Long> tenantsByStatus() {
        Map<TenantStatus, Long> counts = new TreeMap<>();
        for (TenantStatus s : TenantStatus.values()) {
            counts.put(s, 0L);
        }
        store.tx(em -> em.createQuery("select t.status, count(t) from TenantEntity t group by t.status", Object[].class)
                .getResultList()).forEach(row -> counts.put((TenantStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}

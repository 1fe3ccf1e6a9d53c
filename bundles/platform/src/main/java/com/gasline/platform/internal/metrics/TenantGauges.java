package com.gasline.platform.internal.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.tenant.TenantStatus;
import com.gasline.platform.internal.tenant.ModuleWhiteboard;
import com.gasline.platform.internal.tenant.TenantCensus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;

/** {@code gasline_tenants{status=…}} (branches per status) and {@code gasline_modules_active} (module bundles serving on this node). */
@Component(service = TenantGauges.class, immediate = true)
public class TenantGauges {

    private final Metrics metrics;
    private final List<Meter> gauges = new ArrayList<>();

    @Activate
    public TenantGauges(@Reference Metrics metrics, @Reference TenantCensus census, @Reference ModuleWhiteboard modules) {
        this.metrics = metrics;
        Cached<Map<TenantStatus, Long>> counts = new Cached<>(census::tenantsByStatus, Map.of());
        for (TenantStatus status : TenantStatus.values()) {
            gauges.add(Gauge.builder("gasline.tenants", counts, c -> c.get().getOrDefault(status, 0L))
                    .description("Branches in this status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(metrics.registry()));
        }
        gauges.add(Gauge.builder("gasline.modules.active", modules, m -> m.activeModules().size())
                .description("Module bundles serving on this node")
                .register(metrics.registry()));
    }

    @Deactivate
    void stop() {
        gauges.forEach(metrics.registry()::remove);
    }
}

package com.gasline.platform.internal.time;

import java.time.Clock;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.time.BranchClock;
import com.gasline.platform.internal.tenant.TenantCache;

/** {@link BranchClock} from the container's {@link Clock} service and each branch's zone setting. */
@Component(service = BranchClock.class)
public class BranchClockImpl implements BranchClock {

    private final Clock clock;
    private final TenantCache tenants;

    @Activate
    public BranchClockImpl(@Reference Clock clock, @Reference TenantCache tenants) {
        this.clock = clock;
        this.tenants = tenants;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ZoneId zone(String tenant) {
        return tenants.zone(tenant);
    }
}

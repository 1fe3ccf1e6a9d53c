package com.gasline.platform.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.TenantStatus;

class BranchSweepTest {

    private final List<JobRequest> submitted = new ArrayList<>();
    private final List<String> swept = new ArrayList<>();

    private BranchSweep sweepOver(List<Tenant> branches) {
        TenantRegistry tenants = (TenantRegistry) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { TenantRegistry.class },
                (proxy, method, args) -> branches);
        Jobs jobs = (Jobs) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Jobs.class }, (proxy, method, args) -> {
            submitted.add((JobRequest) args[0]);
            return null;
        });
        return new BranchSweep("ticketing", "ticketing.escalations", ChronoUnit.MINUTES, "escalated", tenants, jobs,
                Clock.fixed(Instant.parse("2026-12-01T08:30:42Z"), ZoneOffset.UTC)) {
            @Override
            protected long sweep(String tenant) {
                if (tenant.equals("broken")) {
                    throw new IllegalStateException("schema missing");
                }
                swept.add(tenant);
                return tenant.length();
            }
        };
    }

    private static Tenant branch(String code, TenantStatus status, String... modules) {
        return new Tenant(code, code, "华东", status, "Asia/Shanghai", List.of(modules), null);
    }

    private static JobPart part(String payload) {
        return new JobPart("j", null, "ticketing.escalations", "system", Map.of(), 1, payload, 1, 1);
    }

    @Test
    void aThousandBranchesAreTwentyPartsOfFiftyUnderOneKeyPerMinute() {
        List<Tenant> branches = new ArrayList<>(IntStream.rangeClosed(1, 1000).mapToObj(i -> branch("b" + i, TenantStatus.ACTIVE, "ticketing")).toList());
        branches.add(branch("off", TenantStatus.SUSPENDED, "ticketing"));
        branches.add(branch("nott", TenantStatus.ACTIVE, "accounts"));
        sweepOver(branches).run();
        JobRequest sweep = submitted.get(0);
        assertEquals("ticketing.escalations@2026-12-01T08:30:00Z", sweep.key());
        assertEquals(20, sweep.parts().size());
        assertEquals(1000, sweep.parts().stream().mapToInt(JobRequest.PartPlan::size).sum());
        assertEquals(50, sweep.parts().get(19).payload().split(",").length);
        assertEquals("b1", sweep.parts().get(0).payload().split(",")[0]);
        assertEquals("b1000", sweep.parts().get(19).payload().split(",")[49]);
    }

    @Test
    void aPartSweepsEachOfItsBranchesAndCountsTheirWork() {
        assertEquals(Map.of("escalated", 13L), sweepOver(List.of()).run(part("east,west,north")));
        assertEquals(List.of("east", "west", "north"), swept);
    }

    @Test
    void aBranchThatFailsDoesNotKeepTheOthersFromTheirSweepButFailsThePart() {
        BranchSweep sweep = sweepOver(List.of());
        assertThrows(IllegalStateException.class, () -> sweep.run(part("east,broken,west")));
        assertEquals(List.of("east", "west"), swept);
    }
}

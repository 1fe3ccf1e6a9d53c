package com.gasline.platform.api.jobs;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.TenantStatus;

/**
 * A periodic sweep over the branches that run a module: the Karaf scheduler runs it on every node (register the
 * subclass as {@code Runnable} and {@code JobHandler} with {@code scheduler.period}); each node asks the jobs service for
 * the period's sweep under the same key, so one runs per period however many nodes there are, one part per branch.
 */
public abstract class BranchSweep implements Runnable, JobHandler {

    private static final System.Logger LOG = System.getLogger(BranchSweep.class.getName());

    private final String module;
    private final String type;
    private final ChronoUnit every;
    private final String counted;
    private final TenantRegistry tenants;
    private final Jobs jobs;
    private final Clock clock;

    /**
     * @param every   the period a sweep's key names (one sweep per minute, hour …)
     * @param counted the name of the figure {@link #sweep} returns, shown in the job's progress
     */
    protected BranchSweep(String module, String type, ChronoUnit every, String counted, TenantRegistry tenants, Jobs jobs, Clock clock) {
        this.module = module;
        this.type = type;
        this.every = every;
        this.counted = counted;
        this.tenants = tenants;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The work for one branch; returns how many things it did. */
    protected abstract long sweep(String tenant);

    @Override
    public void run() {
        try {
            List<PartPlan> branches = tenants.list().stream()
                    .filter(t -> t.status() == TenantStatus.ACTIVE && t.modules().contains(module))
                    .map(t -> new PartPlan(t.code(), 1)).toList();
            jobs.submit(new JobRequest(null, null, type, "system", Map.of(), type + "@" + clock.instant().truncatedTo(every), branches));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not queue " + type + "; the next period tries again", e);
        }
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Map<String, Long> run(JobPart part) {
        return Map.of(counted, sweep(part.payload()));
    }
}

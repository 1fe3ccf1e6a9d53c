package com.gasline.platform.api.jobs;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.TenantStatus;

/**
 * A periodic sweep over the branches that run a module: the Karaf scheduler runs it on every node (register the
 * subclass as {@code Runnable} and {@code JobHandler} with {@code scheduler.period}); each node asks the jobs service for
 * the period's sweep under the same key, so one runs per period however many nodes there are. A part holds up to
 * {@value #BRANCHES_PER_PART} branches: each part costs the jobs service a claim and a mark, so with a thousand branches
 * a minute's sweep is twenty parts instead of a thousand (measured: they were a third of the database's transactions
 * while a thousand branches were read under load).
 */
public abstract class BranchSweep implements Runnable, JobHandler {

    private static final System.Logger LOG = System.getLogger(BranchSweep.class.getName());
    static final int BRANCHES_PER_PART = 50;

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
            List<String> branches = tenants.list().stream()
                    .filter(t -> t.status() == TenantStatus.ACTIVE && t.modules().contains(module)).map(Tenant::code).toList();
            jobs.submit(new JobRequest(null, null, type, "system", Map.of(), type + "@" + clock.instant().truncatedTo(every), parts(branches)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not queue " + type + "; the next period tries again", e);
        }
    }

    /** The branches in parts of up to {@value #BRANCHES_PER_PART}, for a sweep that queues its own job. */
    public static List<PartPlan> parts(List<String> branches) {
        List<PartPlan> parts = new ArrayList<>();
        for (int from = 0; from < branches.size(); from += BRANCHES_PER_PART) {
            List<String> some = branches.subList(from, Math.min(branches.size(), from + BRANCHES_PER_PART));
            parts.add(new PartPlan(String.join(",", some), some.size()));
        }
        return parts;
    }

    /** The branches of a part made by {@link #parts} (branch codes never hold a comma); a part of one branch is its code. */
    public static List<String> branches(JobPart part) {
        return List.of(part.payload().split(","));
    }

    @Override
    public String type() {
        return type;
    }

    /**
     * Sweeps each branch of the part; one branch failing does not keep the others from
     * their sweep, and the part then fails so the jobs service runs it again (a sweep is idempotent).
     */
    @Override
    public Map<String, Long> run(JobPart part) {
        long done = 0;
        RuntimeException failed = null;
        for (String tenant : branches(part)) {
            try {
                done += sweep(tenant);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, type + " failed for branch " + tenant, e);
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return Map.of(counted, done);
    }
}

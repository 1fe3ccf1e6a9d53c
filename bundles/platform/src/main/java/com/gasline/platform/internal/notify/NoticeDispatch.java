package com.gasline.platform.internal.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.jobs.BranchSweep;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.notify.NoticeDelivery;
import com.gasline.platform.api.notify.DeliveryResult;
import com.gasline.platform.api.notify.NoticeChannel;
import com.gasline.platform.api.notify.NoticeChannel.RenderedNotice;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.TenantStatus;

/**
 * Sends due deliveries through the jobs service: right after notices are recorded, and every minute (the Karaf
 * scheduler) for what quiet hours or a retry's backoff held back, in parts of several branches. Each delivery row is claimed
 * QUEUED → SENDING by a conditional update, so two workers never send it twice; a failure is recorded with its
 * reason and, up to {@link #MAX_ATTEMPTS}, followed by a new QUEUED row after a doubling backoff.
 */
@Component(service = { NoticeDispatch.class, JobHandler.class, Runnable.class }, property = { "scheduler.name=gasline-notices",
        "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false" })
public class NoticeDispatch implements JobHandler, Runnable {

    static final String JOB_TYPE = "platform.notices";
    static final int MAX_ATTEMPTS = 5;
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);
    private static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(NoticeDispatch.class);

    private final NoticeStore store;
    private final ChannelRegistry channels;
    private final ContactBook contacts;
    private final Jobs jobs;
    private final TenantRegistry tenants;
    private final long periodSeconds;
    private final Duration firstBackoff;

    /**
     * Set in {@code etc/com.gasline.platform.internal.notify.NoticeDispatch.cfg}: how often the sweep runs and how long
     * the first retry waits (each later one waits twice as long as the one before).
     */
    public @interface Config {
        long scheduler_period() default 60;

        long retry_backoff_seconds() default 60;
    }

    @Activate
    public NoticeDispatch(@Reference NoticeStore store, @Reference ChannelRegistry channels, @Reference ContactBook contacts,
            @Reference Jobs jobs, @Reference TenantRegistry tenants, Config config) {
        this.periodSeconds = Math.max(1, config.scheduler_period());
        this.firstBackoff = Duration.ofSeconds(Math.max(1, config.retry_backoff_seconds()));
        this.store = store;
        this.channels = channels;
        this.contacts = contacts;
        this.jobs = jobs;
        this.tenants = tenants;
    }

    /** Queues a job that sends the tenant's due deliveries now; {@code batchId} keeps a repeated request from queuing twice. */
    void sendDue(String tenant, String batchId) {
        jobs.submit(new JobRequest(null, tenant, JOB_TYPE, "system", Map.of(), JOB_TYPE + ":" + tenant + ":" + batchId,
                List.of(new PartPlan(tenant, 1))));
    }

    /** The period's sweep over every active branch, once across the nodes (the key names the period). */
    @Override
    public void run() {
        try {
            List<String> branches = tenants.list().stream().filter(t -> t.status() == TenantStatus.ACTIVE).map(Tenant::code).toList();
            long now = store.clock().clock().instant().getEpochSecond();
            Instant period = Instant.ofEpochSecond(now - Math.floorMod(now, periodSeconds));
            if (!branches.isEmpty()) {
                jobs.submit(new JobRequest(null, null, JOB_TYPE, "system", Map.of(), JOB_TYPE + "@" + period, BranchSweep.parts(branches)));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not queue the notice sweep; the next period tries again", e);
        }
    }

    @Override
    public String type() {
        return JOB_TYPE;
    }

    /** The part's branches one after the other (the periodic sweep puts several in a part, {@link #sendDue} one). */
    @Override
    public Map<String, Long> run(JobPart part) {
        long[] counts = new long[2];
        for (String tenant : BranchSweep.branches(part)) {
            send(tenant, counts);
        }
        return Map.of("sent", counts[0], "failed", counts[1]);
    }

    /** Sends the branch's due deliveries; counts[0] += sent, counts[1] += failed. */
    private void send(String tenant, long[] counts) {
        // one transaction per branch and period when nothing is due, as most branches are most of the time
        List<String> due = store.in(tenant, em -> {
            requeueInterrupted(em, tenant);
            return due(em, tenant);
        });
        while (true) {
            for (String id : due) {
                Boolean ok = attempt(tenant, id);
                if (ok != null) {
                    counts[ok ? 0 : 1]++;
                }
            }
            if (due.size() < BATCH) {
                return;
            }
            due = store.in(tenant, em -> due(em, tenant));
        }
    }

    private List<String> due(EntityManager em, String tenant) {
        return em.createQuery("select d.id from DeliveryEntity d where d.status = :q and d.dueAt <= :now order by d.dueAt, d.id", String.class)
                .setParameter("q", NoticeDelivery.QUEUED).setParameter("now", store.now(tenant)).setMaxResults(BATCH).getResultList();
    }

    /**
     * A row left SENDING by a node that died mid-send is queued again after {@link #INTERRUPTED_AFTER}: the customer may get
     * the notice twice, never not at all.
     */
    private void requeueInterrupted(EntityManager em, String tenant) {
        em.createQuery("update DeliveryEntity d set d.status = :q where d.status = :s and d.recordedAt < :before")
                .setParameter("q", NoticeDelivery.QUEUED).setParameter("s", NoticeDelivery.SENDING)
                .setParameter("before", store.now(tenant).minus(INTERRUPTED_AFTER)).executeUpdate();
    }

    /** True when sent, false when failed, null when another worker had it already. */
    private Boolean attempt(String tenant, String deliveryId) {
        Claimed claimed = store.in(tenant, em -> {
            int won = em.createQuery("update DeliveryEntity d set d.status = :s, d.recordedAt = :now where d.id = :id and d.status = :q")
                    .setParameter("s", NoticeDelivery.SENDING).setParameter("now", store.now(tenant)).setParameter("id", deliveryId)
                    .setParameter("q", NoticeDelivery.QUEUED).executeUpdate();
            if (won == 0) {
                return null;
            }
            DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
            NoticeEntity n = em.find(NoticeEntity.class, d.noticeId);
            return new Claimed(d.channel, d.address, d.attempt, n.emergency, new RenderedNotice(tenant, n.id, n.kind, n.title, n.body));
        });
        if (claimed == null) {
            return null;
        }
        DeliveryResult result = deliver(claimed);
        QuietHoursRule quiet = QuietHoursRule.of(contacts.quietHours(tenant));
        store.in(tenant, em -> {
            OffsetDateTime now = store.now(tenant);
            DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
            d.status = result.status();
            d.reason = result.reason();
            d.recordedAt = now;
            if (NoticeDelivery.FAILED.equals(result.status()) && result.retry() && d.attempt < MAX_ATTEMPTS) {
                em.persist(retry(tenant, d, now, quiet, claimed.emergency()));
            } else if (NoticeDelivery.FAILED.equals(result.status())) {
                d.reason = truncate(result.reason() + (result.retry() ? " (第 " + d.attempt + " 次尝试，不再重试 / attempt " + d.attempt
                        + ", giving up)" : ""));
            }
            return d;
        });
        return !NoticeDelivery.FAILED.equals(result.status());
    }

    private DeliveryResult deliver(Claimed c) {
        NoticeChannel channel = channels.get(c.channel()).orElse(null);
        if (channel == null) {
            return DeliveryResult.failed("渠道 " + c.channel() + " 未安装 / channel " + c.channel() + " is not installed");
        }
        try {
            DeliveryResult r = channel.deliver(c.address(), c.notice());
            return r == null ? DeliveryResult.failed("channel " + c.channel() + " gave no answer") : r;
        } catch (RuntimeException e) {
            LOG.warn("Channel {} failed on notice {}", c.channel(), c.notice().noticeId(), e);
            return DeliveryResult.failed(truncate(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private DeliveryEntity retry(String tenant, DeliveryEntity failed, OffsetDateTime now, QuietHoursRule quiet, boolean emergency) {
        DeliveryEntity next = new DeliveryEntity();
        next.id = UUID.randomUUID().toString();
        next.noticeId = failed.noticeId;
        next.customerId = failed.customerId;
        next.channel = failed.channel;
        next.address = failed.address;
        next.status = NoticeDelivery.QUEUED;
        next.attempt = failed.attempt + 1;
        next.recordedAt = now;
        OffsetDateTime after = now.plus(backoff(firstBackoff, failed.attempt));
        next.dueAt = quiet.sendAt(after.atZoneSameInstant(store.clock().zone(tenant)), emergency)
                .toOffsetDateTime();
        return next;
    }

    /** 1, 2, 4, 8 … times the first wait after the attempt that failed. */
    static Duration backoff(Duration first, int attempt) {
        return first.multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private record Claimed(String channel, String address, int attempt, boolean emergency, RenderedNotice notice) {
    }
}

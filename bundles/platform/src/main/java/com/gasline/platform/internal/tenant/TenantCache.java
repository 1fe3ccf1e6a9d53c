package com.gasline.platform.internal.tenant;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.tenant.TenantStatus;
import com.gasline.platform.api.time.BranchClock;
import com.gasline.platform.internal.persistence.PlatformStore;

/**
 * What the tenant gate needs per request (status, zone, enabled modules), read once per tenant instead of
 * in every request. An entry is dropped when any node changes the tenant ({@link TenantChangeFeed}); the
 * time limit only bounds what a node could miss while its feed reconnects; it is drawn per entry (see {@link #expiry}).
 */
@Component(service = TenantCache.class)
public class TenantCache {

    static final long TTL_SECONDS = 60;

    record Entry(TenantStatus status, ZoneId zone, Set<String> enabledModules, long expiresAtNanos) {
    }

    private final PlatformStore store;
    private final TenantChangeFeed feed;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts invalidations: a load that overlapped one may have read the old state and is not kept. */
    private final AtomicLong invalidations = new AtomicLong();
    private final Consumer<String> changed = this::invalidate;

    @Activate
    public TenantCache(@Reference PlatformStore store, @Reference TenantChangeFeed feed) {
        this.store = store;
        this.feed = feed;
        feed.subscribe(changed);
    }

    @Deactivate
    void stop() {
        feed.unsubscribe(changed);
    }

    /** Empty when there is no such tenant. */
    Optional<Entry> get(String code) {
        Entry cached = entries.get(code);
        if (cached != null && System.nanoTime() - cached.expiresAtNanos() < 0) {
            return Optional.of(cached);
        }
        long seen = invalidations.get();
        Optional<Entry> loaded = load(code);
        // a code that names no tenant is not kept: nothing to go stale, no memory for made-up codes; nor is a load that
        // began before a change was announced (a module disabled meanwhile would stay enabled until the time limit)
        synchronized (entries) {
            if (loaded.isPresent() && invalidations.get() == seen) {
                entries.put(code, loaded.get());
            } else {
                entries.remove(code);
            }
        }
        return loaded;
    }

    /** The branch's zone; the default for group-level work and for a tenant that does not exist. */
    public ZoneId zone(String code) {
        return code == null ? BranchClock.DEFAULT_ZONE : get(code).map(Entry::zone).orElse(BranchClock.DEFAULT_ZONE);
    }

    /**
     * When an entry loaded now expires ({@link System#nanoTime} scale): between half and all of {@code ttlSeconds}, drawn
     * at random, so entries loaded in the same second expire spread out instead of being read again all at once.
     */
    public static long expiry(long ttlSeconds) {
        long ttl = TimeUnit.SECONDS.toNanos(ttlSeconds);
        return System.nanoTime() + ttl / 2 + ThreadLocalRandom.current().nextLong(ttl / 2 + 1);
    }

    void invalidate(String code) {
        synchronized (entries) {
            invalidations.incrementAndGet();
            drop(code);
        }
    }

    private void drop(String code) {
        if (TenantChangeFeed.ALL.equals(code)) {
            entries.clear();
        } else {
            entries.remove(code);
        }
    }

    private Optional<Entry> load(String code) {
        return store.tx(em -> {
            TenantEntity tenant = em.find(TenantEntity.class, code);
            if (tenant == null) {
                return Optional.empty();
            }
            Set<String> enabled = Set.copyOf(em.createQuery(
                    "select m.moduleId from TenantModuleEntity m where m.tenantId = :t and m.enabled = true", String.class)
                    .setParameter("t", code).getResultList());
            return Optional.of(new Entry(tenant.status(), tenant.zone(), enabled, expiry(TTL_SECONDS)));
        });
    }
}

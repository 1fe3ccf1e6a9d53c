package com.gasline.platform.internal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.internal.persistence.PlatformStore;
import com.gasline.platform.internal.tenant.TenantCache;
import com.gasline.platform.internal.tenant.TenantChangeFeed;

/**
 * Checked on every authenticated request, so read from the database once per user and kept: a change drops the
 * entries of the user's scope here at once and on the other nodes through {@link TenantChangeFeed}; the time limit
 * only bounds what a node could miss while its feed reconnects. Only users that exist are kept, so memory is
 * bounded by the user table. Each entry's limit is drawn between half and all of {@link #TTL_SECONDS}, so entries
 * loaded together (a thousand branches' users after a restart) are not all read again in the same second.
 */
@Component(service = { ActiveUsers.class, UserStates.class })
public class UserStates implements ActiveUsers {

    static final long TTL_SECONDS = 30;

    private record State(boolean disabled, long tokenVersion, long expiresAtNanos) {
    }

    private final PlatformStore store;
    private final TenantChangeFeed feed;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    /** Counts changes heard: a load that overlapped one may have read the old state and is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private final Consumer<String> changed = this::forget;

    @Activate
    public UserStates(@Reference PlatformStore store, @Reference TenantChangeFeed feed) {
        this.store = store;
        this.feed = feed;
        feed.subscribe(changed);
    }

    @Deactivate
    void stop() {
        feed.unsubscribe(changed);
    }

    @Override
    public boolean admits(String tenant, String username, long tokenVersion) {
        String scope = UserEntity.scopeOf(tenant);
        String key = scope + "/" + username;
        State state = states.get(key);
        if (state == null || System.nanoTime() - state.expiresAtNanos() >= 0) {
            long seen = changes.get();
            state = load(scope, username);
            synchronized (states) {
                if (state != null && changes.get() == seen) {
                    states.put(key, state);
                } else {
                    states.remove(key);
                }
            }
            if (state == null) {
                return false;
            }
        }
        return !state.disabled() && state.tokenVersion() == tokenVersion;
    }

    /** After a change to a user of {@code scope} committed: this node forgets now, the others when they hear it. */
    void changed(String scope) {
        forget(scope);
        feed.publish(scope);
    }

    private void forget(String scope) {
        synchronized (states) {
            changes.incrementAndGet();
            drop(scope);
        }
    }

    private void drop(String scope) {
        if (TenantChangeFeed.ALL.equals(scope)) {
            states.clear();
        } else {
            String prefix = scope + "/";
            states.keySet().removeIf(k -> k.startsWith(prefix));
        }
    }

    private State load(String scope, String username) {
        return store.tx(em -> em.createQuery("select u from UserEntity u where u.scope = :scope and u.username = :username",
                UserEntity.class).setParameter("scope", scope).setParameter("username", username).getResultList()
                .stream().findFirst().map(u -> new State(u.disabled(), u.tokenVersion(), TenantCache.expiry(TTL_SECONDS))).orElse(null));
    }
}

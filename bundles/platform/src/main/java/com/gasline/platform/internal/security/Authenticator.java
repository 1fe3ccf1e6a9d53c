package com.gasline.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.persistence.PlatformStore;

/**
 * Username and password to token. Every attempt costs one bcrypt check, whether or not the
 * user exists; after {@link #MAX_FAILURES} failures in {@link #WINDOW} the name is refused with 429.
 */
@Component(service = Authenticator.class)
public class Authenticator {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final PlatformStore store;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Activate
    public Authenticator(@Reference PlatformStore store, @Reference PasswordHasher hasher, @Reference TokenService tokens) {
        this(store, hasher, tokens, Clock.systemUTC());
    }

    Authenticator(PlatformStore store, PasswordHasher hasher, TokenService tokens, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    public record Issued(String accessToken, long expiresIn) {
    }

    public Issued login(String tenant, String username, String password) {
        String key = UserEntity.scopeOf(tenant) + "/" + username;
        Instant now = clock.instant();
        Failures f = failures.get(key);
        if (f != null && f.blocks(now)) {
            throw Problems.tooManyRequests(Text.of("登录失败次数过多，请稍后再试", "Too many failed logins; try again later"),
                    (int) Math.max(1, Duration.between(now, f.until()).toSeconds()));
        }
        List<UserEntity> found = store.tx(em -> em
                .createQuery("select u from UserEntity u where u.scope = :scope and u.username = :username", UserEntity.class)
                .setParameter("scope", UserEntity.scopeOf(tenant)).setParameter("username", username).getResultList());
        UserEntity user = found.isEmpty() ? null : found.get(0);
        if (!hasher.matches(password, user == null ? null : user.passwordHash())) {
            failures.compute(key, (k, old) -> (old == null || old.expired(now) ? new Failures(now, 0) : old).plusOne());
            throw Problems.unauthorized(Text.of("用户名或密码错误", "Wrong username or password"));
        }
        failures.remove(key);
        Caller caller = new Caller(user.tenant(), user.username(), new HashSet<>(user.roles()));
        return new Issued(tokens.issue(caller), tokens.ttlSeconds());
    }

    private record Failures(Instant since, int count) {
        Failures plusOne() {
            return new Failures(since, count + 1);
        }

        boolean expired(Instant now) {
            return now.isAfter(since.plus(WINDOW));
        }

        boolean blocks(Instant now) {
            return count >= MAX_FAILURES && !expired(now);
        }

        Instant until() {
            return since.plus(WINDOW);
        }
    }
}

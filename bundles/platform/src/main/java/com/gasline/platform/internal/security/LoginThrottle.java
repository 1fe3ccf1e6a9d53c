package com.gasline.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.persistence.PlatformStore;

/**
 * Failed logins counted in the database, so every node sees the same: per source address ({@link ThrottleRule#PER_ADDRESS})
 * and per address and username ({@link ThrottleRule#PER_USER}). Counting per address and user means someone else's
 * guesses never slow down the right password from another address.
 */
@Component(service = LoginThrottle.class)
public class LoginThrottle {

    static final int MAX_SUBJECT = 200;
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WINDOW = Stream.of(ThrottleRule.PER_USER, ThrottleRule.PER_ADDRESS)
            .map(ThrottleRule::window).max(Duration::compareTo).orElseThrow();

    private final PlatformStore store;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    @Activate
    public LoginThrottle(@Reference PlatformStore store, @Reference Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** 429 with Retry-After while the address, or the address for this user, has to wait. */
    public void check(String address, String scope, String username) {
        Instant now = clock.instant();
        String byAddress = addressSubject(address);
        String byUser = userSubject(address, scope, username);
        Map<String, ThrottleRule.Count> counts = store.tx(em -> em
                .createQuery("select f from LoginFailureEntity f where f.subject in :subjects", LoginFailureEntity.class)
                .setParameter("subjects", List.of(byAddress, byUser)).getResultList()
                .stream().collect(Collectors.toMap(LoginFailureEntity::subject, LoginFailureEntity::count)));
        Optional<Duration> wait = Stream.of(ThrottleRule.PER_ADDRESS.wait(counts.get(byAddress), now),
                ThrottleRule.PER_USER.wait(counts.get(byUser), now)).flatMap(Optional::stream).max(Duration::compareTo);
        if (wait.isPresent()) {
            int seconds = (int) Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw Problems.tooManyRequests(Text.of("登录失败次数过多，请 " + seconds + " 秒后再试",
                    "Too many failed logins; try again in " + seconds + " s"), seconds);
        }
    }

    public void failed(String address, String scope, String username) {
        Instant now = clock.instant();
        try {
            count(address, scope, username, now);
        } catch (ProblemException firstFailureOnTwoNodesAtOnce) {
            if (firstFailureOnTwoNodesAtOnce.status() != 409) {
                throw firstFailureOnTwoNodesAtOnce;
            }
            count(address, scope, username, now);
        }
        purgeNowAndThen(now);
    }

    /** The right password forgets this address's failures for the user, never those of the address. */
    public void succeeded(String address, String scope, String username) {
        String byUser = userSubject(address, scope, username);
        store.tx(em -> em.createQuery("delete from LoginFailureEntity f where f.subject = :s").setParameter("s", byUser).executeUpdate());
    }

    private void count(String address, String scope, String username, Instant now) {
        store.tx(em -> {
            add(em, addressSubject(address), ThrottleRule.PER_ADDRESS, now);
            add(em, userSubject(address, scope, username), ThrottleRule.PER_USER, now);
            return null;
        });
    }

    private static void add(EntityManager em, String subject, ThrottleRule rule, Instant now) {
        LoginFailureEntity row = em.find(LoginFailureEntity.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            em.persist(new LoginFailureEntity(subject, rule.afterFailure(null, now)));
            em.flush();
        } else {
            row.set(rule.afterFailure(row.count(), now));
        }
    }

    /** Keeps the table small: every row past the longest window is forgotten anyway. */
    private void purgeNowAndThen(Instant now) {
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        store.tx(em -> em.createQuery("delete from LoginFailureEntity f where f.lastAt < :before")
                .setParameter("before", now.minus(LONGEST_WINDOW).atOffset(ZoneOffset.UTC)).executeUpdate());
    }

    static String addressSubject(String address) {
        return bounded("a " + address);
    }

    static String userSubject(String address, String scope, String username) {
        return bounded("u " + address + " " + scope + "/" + username);
    }

    /** A made-up name may be longer than the column or hold bytes a database refuses: its digest stands for it. */
    private static String bounded(String subject) {
        if (subject.length() <= MAX_SUBJECT && subject.chars().noneMatch(Character::isISOControl)) {
            return subject;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "# " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

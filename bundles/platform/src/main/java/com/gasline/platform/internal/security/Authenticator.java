package com.gasline.platform.internal.security;

import java.util.HashSet;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.persistence.PlatformStore;
import com.gasline.platform.internal.tenant.TenantGate;

/**
 * Username and password to token. Every attempt costs one bcrypt check, whether or not the user exists, and
 * failures slow down further attempts from the same address ({@link LoginThrottle}). Only after the right
 * password does the caller learn that the account is disabled or the branch suspended (403).
 */
@Component(service = Authenticator.class)
public class Authenticator {

    private final PlatformStore store;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final TenantGate gate;
    private final UserStates states;

    @Activate
    public Authenticator(@Reference PlatformStore store, @Reference PasswordHasher hasher, @Reference TokenService tokens,
            @Reference LoginThrottle throttle, @Reference TenantGate gate, @Reference UserStates states) {
        this.store = store;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.gate = gate;
        this.states = states;
    }

    public record Issued(String accessToken, long expiresIn) {
    }

    /** {@code address} is where the request came from. */
    public Issued login(String tenant, String username, String password, String address) {
        String scope = UserEntity.scopeOf(tenant);
        throttle.check(address, scope, username);
        UserEntity user = find(scope, username);
        if (!hasher.matches(password, user == null ? null : user.passwordHash())) {
            throttle.failed(address, scope, username);
            throw Problems.unauthorized(Text.of("用户名或密码错误", "Wrong username or password"));
        }
        throttle.succeeded(address, scope, username);
        if (user.disabled()) {
            throw Problems.forbidden(Text.of("账号已停用，请联系管理员", "This account is disabled; contact your admin"));
        }
        Caller caller = caller(user);
        if (tenant != null) {
            gate.enterTenant(caller, tenant);
        }
        return new Issued(tokens.issue(caller, user.tokenVersion()), tokens.ttlSeconds());
    }

    /**
     * The caller's own password. The current one is checked and throttled as a login is, so a stolen token cannot
     * guess it quickly; not while the branch is suspended (403). Afterwards every older token of the user stops
     * working, and the caller gets a new one.
     */
    public Issued changePassword(Caller caller, String current, String next, String address) {
        String scope = UserEntity.scopeOf(caller.tenant());
        throttle.check(address, scope, caller.username());
        UserEntity user = find(scope, caller.username());
        if (!hasher.matches(current, user == null ? null : user.passwordHash())) {
            throttle.failed(address, scope, caller.username());
            Text wrong = Text.of("当前密码不正确", "The current password is wrong");
            throw Problems.ruleViolated(wrong, List.of(new FieldError("currentPassword", wrong)));
        }
        if (caller.tenant() != null) {
            gate.enterTenant(caller, caller.tenant());
        }
        String hash = hasher.hash(next);
        UserEntity changed = store.tx(em -> {
            UserEntity u = em.find(UserEntity.class, user.id());
            u.changePassword(hash);
            return u;
        });
        states.changed(scope);
        return new Issued(tokens.issue(caller(changed), changed.tokenVersion()), tokens.ttlSeconds());
    }

    /** A name that cannot exist is not looked up: it may hold bytes the database refuses. */
    private UserEntity find(String scope, String username) {
        boolean plausible = scope.length() <= 32 && username.length() <= 64
                && (scope + username).chars().noneMatch(Character::isISOControl);
        if (!plausible) {
            return null;
        }
        List<UserEntity> found = store.tx(em -> em
                .createQuery("select u from UserEntity u where u.scope = :scope and u.username = :username", UserEntity.class)
                .setParameter("scope", scope).setParameter("username", username).getResultList());
        return found.isEmpty() ? null : found.get(0);
    }

    private static Caller caller(UserEntity user) {
        return new Caller(user.tenant(), user.username(), new HashSet<>(user.roles()));
    }
}

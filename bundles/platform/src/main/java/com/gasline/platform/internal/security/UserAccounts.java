package com.gasline.platform.internal.security;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.NewPassword;
import com.gasline.platform.api.tenant.UserAdmin;
import com.gasline.platform.api.tenant.UserInfo;
import com.gasline.platform.internal.persistence.PlatformStore;
import com.gasline.platform.internal.tenant.TenantEntity;

/** Disables, enables and resets branch users; each change reaches the token check of every node at once. */
@Component(service = { UserAdmin.class, UserAccounts.class })
public class UserAccounts implements UserAdmin {

    public static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;

    private final PlatformStore store;
    private final PasswordHasher hasher;
    private final RequestContext requests;
    private final UserStates states;

    @Activate
    public UserAccounts(@Reference PlatformStore store, @Reference PasswordHasher hasher, @Reference RequestContext requests,
            @Reference UserStates states) {
        this.store = store;
        this.hasher = hasher;
        this.requests = requests;
        this.states = states;
    }

    /** The password rule of every place that sets one. */
    public static Validation checkPassword(Validation v, String field, String password) {
        return v.check(password != null && password.length() >= MIN_PASSWORD, field,
                "至少 " + MIN_PASSWORD + " 个字符", "must have at least " + MIN_PASSWORD + " characters")
                .maxLength(field, password, MAX_PASSWORD);
    }

    @Override
    public UserInfo user(String tenant, String username) {
        return store.tx(em -> find(em, tenant, username).toInfo());
    }

    @Override
    public UserInfo disable(String tenant, String username) {
        boolean self = requests.caller().map(c -> Objects.equals(c.tenant(), tenant) && c.username().equals(username)).orElse(false);
        if (self) {
            throw Problems.ruleViolated(Text.of("不能停用自己的账号", "You cannot disable your own account"));
        }
        return change(tenant, username, UserEntity::disable);
    }

    @Override
    public UserInfo enable(String tenant, String username) {
        return change(tenant, username, UserEntity::enable);
    }

    @Override
    public void resetPassword(String tenant, String username, NewPassword password) {
        Validation.requireBody(password);
        checkPassword(new Validation(), "password", password.password()).throwIfInvalid();
        String hash = hasher.hash(password.password());
        change(tenant, username, u -> u.changePassword(hash));
    }

    private UserInfo change(String tenant, String username, Consumer<UserEntity> how) {
        UserInfo changed = store.tx(em -> {
            UserEntity user = find(em, tenant, username);
            how.accept(user);
            return user.toInfo();
        });
        states.changed(UserEntity.scopeOf(tenant));
        return changed;
    }

    private static UserEntity find(EntityManager em, String tenant, String username) {
        // tenant null: a group user
        if (tenant != null && em.find(TenantEntity.class, tenant) == null) {
            throw Problems.notFound(Text.of("没有这个分公司：" + tenant, "No such tenant: " + tenant));
        }
        List<UserEntity> found = em.createQuery("select u from UserEntity u where u.scope = :scope and u.username = :username",
                UserEntity.class).setParameter("scope", UserEntity.scopeOf(tenant)).setParameter("username", username).getResultList();
        if (found.isEmpty()) {
            throw Problems.notFound(Text.of("没有这个用户：" + username, "No such user: " + username));
        }
        return found.get(0);
    }
}

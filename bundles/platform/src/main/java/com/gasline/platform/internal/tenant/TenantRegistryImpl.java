package com.gasline.platform.internal.tenant;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.platform.api.Module;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.ModuleInfo;
import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantChange;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.UserInfo;
import com.gasline.platform.internal.persistence.FlywayMigrations;
import com.gasline.platform.internal.persistence.PlatformStore;
import com.gasline.platform.internal.security.PasswordHasher;
import com.gasline.platform.internal.security.UserAccounts;
import com.gasline.platform.internal.security.UserEntity;
import com.gasline.platform.internal.time.ZoneIds;

@Component(service = TenantRegistry.class)
public class TenantRegistryImpl implements TenantRegistry {

    static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}");
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    static final int MIN_PASSWORD = UserAccounts.MIN_PASSWORD;
    /** Who changes tenants from the Karaf shell, where there is no token. */
    static final String OPERATOR = "karaf-console";

    private final PlatformStore store;
    /**
     * Optional and dynamic: the whiteboard's own activation binds the modules, whose components may need this
     * registry, so SCR binds the whiteboard here a moment later instead of failing on the cycle.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModuleWhiteboard whiteboard;
    private final PasswordHasher hasher;
    private final RequestContext requests;
    private final TenantCache cache;
    private final FlywayMigrations migrations;
    private final TenantChangeFeed changes;

    @Activate
    public TenantRegistryImpl(@Reference PlatformStore store, @Reference PasswordHasher hasher, @Reference RequestContext requests,
            @Reference TenantCache cache, @Reference FlywayMigrations migrations, @Reference TenantChangeFeed changes) {
        this.migrations = migrations;
        this.changes = changes;
        this.store = store;
        this.cache = cache;
        this.hasher = hasher;
        this.requests = requests;
    }

    @Override
    public List<ModuleInfo> modules() {
        List<CatalogEntryEntity> entries = store.tx(em ->
                em.createQuery("select m from CatalogEntryEntity m order by m.id", CatalogEntryEntity.class).getResultList());
        ModuleWhiteboard modules = whiteboard;
        Map<String, Module> active = (modules == null ? List.<Module>of() : modules.activeModules()).stream().collect(Collectors.toMap(Module::id, Function.identity()));
        Map<String, String> failed = new HashMap<>(migrations.failures());
        List<ModuleInfo> catalog = new ArrayList<>();
        for (CatalogEntryEntity e : entries) {
            Module m = active.remove(e.id());
            String problem = failed.remove(e.id());
            catalog.add(m == null ? new ModuleInfo(e.id(), e.name(), e.version(), e.requires(), false, problem) : info(m));
        }
        active.values().forEach(m -> catalog.add(info(m)));
        // a module whose very first start failed has no catalog entry yet
        failed.forEach((id, problem) -> catalog.add(new ModuleInfo(id, id, null, List.of(), false, problem)));
        return catalog;
    }

    private static ModuleInfo info(Module m) {
        return new ModuleInfo(m.id(), m.name(), m.version(), m.requires().stream().sorted().toList(), true, null);
    }

    @Override
    public Tenant create(NewTenant t) {
        new Validation()
                .check(t != null, "body", "缺少请求体", "body is required").throwIfInvalid();
        new Validation()
                .matches("code", t.code(), CODE, "小写字母、数字或连字符，2 到 32 位", "2 to 32 of a-z, 0-9 and -")
                .required("name", t.name())
                .maxLength("name", t.name(), 200)
                .maxLength("region", t.region(), 100)
                .throwIfInvalid();
        return store.tx(em -> {
            if (em.find(TenantEntity.class, t.code()) != null) {
                throw Problems.conflict(Text.of("分公司代码已被使用：" + t.code(), "Tenant code already in use: " + t.code()));
            }
            TenantEntity e = new TenantEntity(t.code(), t.name().trim(), t.region(), now());
            em.persist(e);
            return view(e, List.of());
        });
    }

    @Override
    public List<Tenant> list() {
        return store.tx(em -> em.createQuery("select t from TenantEntity t order by t.code", TenantEntity.class)
                .getResultList().stream().map(t -> view(t, enabledModules(em, t.code()))).toList());
    }

    @Override
    public Page<Tenant> list(PageRequest page) {
        return store.tx(em -> page.read(em.createQuery("select count(t) from TenantEntity t", Long.class),
                em.createQuery("select t from TenantEntity t order by t.code", TenantEntity.class),
                t -> view(t, enabledModules(em, t.code()))));
    }

    @Override
    public Tenant get(String code) {
        return store.tx(em -> {
            TenantEntity t = find(em, code);
            return view(t, enabledModules(em, code));
        });
    }

    @Override
    public boolean hasModule(String code, String moduleId) {
        return cache.get(code).map(e -> e.enabledModules().contains(moduleId)).orElse(false);
    }

    @Override
    public Tenant change(String code, TenantChange change) {
        Validation.requireBody(change);
        new Validation()
                .check(change.name() == null || !change.name().isBlank(), "name", "不能为空", "must not be blank")
                .maxLength("name", change.name(), 200)
                .maxLength("region", change.region(), 100)
                .check(change.zone() == null || ZoneIds.valid(change.zone()), "zone", "不是有效的时区（如 Asia/Shanghai）",
                        "is not a time zone (such as Asia/Shanghai)")
                .throwIfInvalid();
        Tenant changed = store.tx(em -> {
            TenantEntity t = find(em, code);
            if (change.name() != null) {
                t.rename(change.name().trim());
            }
            if (change.region() != null) {
                t.moveTo(change.region());
            }
            if (change.status() != null) {
                t.setStatus(change.status());
            }
            if (change.zone() != null) {
                t.setZone(ZoneId.of(change.zone()));
            }
            return view(t, enabledModules(em, code));
        });
        cache.invalidate(code);
        changes.publish(code);
        return changed;
    }

    @Override
    public Tenant enableModule(String code, String moduleId) {
        List<ModuleInfo> catalog = modules();
        ModuleInfo module = catalog.stream().filter(m -> m.id().equals(moduleId)).findFirst()
                .orElseThrow(() -> Problems.notFound(Text.of("没有这个模块：" + moduleId, "No such module: " + moduleId)));
        Tenant changed = store.tx(em -> {
            find(em, code);
            Set<String> enabled = new HashSet<>(enabledModules(em, code));
            List<String> missing = module.requires().stream().filter(r -> !enabled.contains(r)).toList();
            if (!missing.isEmpty()) {
                throw Problems.ruleViolated(Text.of("请先启用所依赖的模块：" + String.join("、", missing),
                        "Enable the modules it requires first: " + String.join(", ", missing)));
            }
            switchModule(em, code, moduleId, true);
            return view(find(em, code), enabledModules(em, code));
        });
        cache.invalidate(code);
        changes.publish(code);
        return changed;
    }

    @Override
    public Tenant disableModule(String code, String moduleId) {
        List<ModuleInfo> catalog = modules();
        Tenant changed = store.tx(em -> {
            find(em, code);
            List<String> enabled = enabledModules(em, code);
            if (!enabled.contains(moduleId)) {
                throw Problems.notFound(Text.of("该分公司未启用模块：" + moduleId, "Module not enabled for this tenant: " + moduleId));
            }
            List<String> dependents = catalog.stream()
                    .filter(m -> enabled.contains(m.id()) && m.requires().contains(moduleId)).map(ModuleInfo::id).toList();
            if (!dependents.isEmpty()) {
                throw Problems.ruleViolated(Text.of("以下已启用的模块依赖它，请先停用：" + String.join("、", dependents),
                        "These enabled modules require it; disable them first: " + String.join(", ", dependents)));
            }
            switchModule(em, code, moduleId, false);
            return view(find(em, code), enabledModules(em, code));
        });
        cache.invalidate(code);
        changes.publish(code);
        return changed;
    }

    @Override
    public UserInfo createUser(String tenant, NewUser user) {
        Validation.requireBody(user);
        List<String> roles = user.roles() == null ? List.of() : user.roles();
        Validation v = new Validation()
                .matches("username", user.username(), USERNAME, "字母、数字或 ._-，2 到 64 位", "2 to 64 of letters, digits and ._-")
                .check(user.password() != null && user.password().length() >= MIN_PASSWORD, "password",
                        "至少 " + MIN_PASSWORD + " 个字符", "must have at least " + MIN_PASSWORD + " characters")
                .maxLength("displayName", user.displayName(), 200)
                .check(!roles.isEmpty(), "roles", "至少需要一个角色", "needs at least one role");
        // a group user (tenant null: the group admin's auditors and fellow admins) holds group roles only
        Set<String> allowed = tenant == null ? Set.of(Roles.GROUP_ADMIN, Roles.GROUP_AUDITOR) : Roles.BRANCH_ROLES;
        for (int i = 0; i < roles.size(); i++) {
            v.check(Validation.oneOf(roles.get(i), allowed), "roles[" + i + "]",
                    "未知的角色：" + roles.get(i), "unknown role here: " + roles.get(i));
        }
        v.throwIfInvalid();
        String hash = hasher.hash(user.password());
        return store.tx(em -> {
            if (tenant != null) {
                find(em, tenant);
            }
            boolean taken = !em.createQuery("select u.id from UserEntity u where u.scope = :scope and u.username = :username", String.class)
                    .setParameter("scope", UserEntity.scopeOf(tenant)).setParameter("username", user.username()).getResultList().isEmpty();
            if (taken) {
                throw Problems.conflict(Text.of("用户名已存在：" + user.username(), "Username already exists: " + user.username()));
            }
            UserEntity e = new UserEntity(UUID.randomUUID().toString(), tenant, user.username(), hash, user.displayName(),
                    roles.stream().distinct().toList(), now());
            em.persist(e);
            return e.toInfo();
        });
    }

    @Override
    public Page<UserInfo> users(String tenant, PageRequest page) {
        return store.tx(em -> {
            find(em, tenant);
            return page.read(em.createQuery("select count(u) from UserEntity u where u.scope = :scope", Long.class).setParameter("scope", tenant),
                    em.createQuery("select u from UserEntity u where u.scope = :scope order by u.username", UserEntity.class)
                            .setParameter("scope", tenant), UserEntity::toInfo);
        });
    }

    @Override
    public boolean hasUser(String tenant, String username) {
        return store.tx(em -> em.createQuery("select count(u) from UserEntity u where u.scope = :scope and u.username = :u", Long.class)
                .setParameter("scope", tenant).setParameter("u", username).getSingleResult() > 0);
    }

    private void switchModule(EntityManager em, String code, String moduleId, boolean enabled) {
        TenantModuleEntity row = em.find(TenantModuleEntity.class, new TenantModuleEntity.Key(code, moduleId));
        if (row == null) {
            row = new TenantModuleEntity(code, moduleId);
            em.persist(row);
        }
        String by = requests.caller().map(c -> c.username()).orElse(OPERATOR);
        row.switchTo(enabled, by, now());
    }

    private static TenantEntity find(EntityManager em, String code) {
        TenantEntity t = code == null ? null : em.find(TenantEntity.class, code);
        if (t == null) {
            throw Problems.notFound(Text.of("没有这个分公司：" + code, "No such tenant: " + code));
        }
        return t;
    }

    private static List<String> enabledModules(EntityManager em, String code) {
        return em.createQuery("select m from TenantModuleEntity m where m.tenantId = :code and m.enabled = true order by m.moduleId",
                TenantModuleEntity.class).setParameter("code", code).getResultList().stream().map(TenantModuleEntity::moduleId).toList();
    }

    private static Tenant view(TenantEntity t, List<String> modules) {
        return new Tenant(t.code(), t.name(), t.region(), t.status(), t.zone().getId(), modules, t.createdAt());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

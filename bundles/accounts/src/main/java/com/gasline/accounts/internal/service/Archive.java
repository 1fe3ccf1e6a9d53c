package com.gasline.accounts.internal.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.accounts.api.AccountChange;
import com.gasline.accounts.api.AccountClosing;
import com.gasline.accounts.api.AccountListener;
import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.internal.rules.ArchiveRow;
import com.gasline.accounts.internal.rules.Lifecycle;
import com.gasline.accounts.internal.rules.Phones;
import com.gasline.accounts.internal.rules.Registration;
import com.gasline.accounts.internal.store.AccountEntity;
import com.gasline.accounts.internal.store.AccountHistoryEntity;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.accounts.internal.store.CustomerEntity;
import com.gasline.accounts.internal.store.PremisesEntity;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * The customer archive's writes: registration, numbering, the account life cycle with its history,
 * and telling the other modules. Every method names its tenant, so requests and background jobs
 * share it.
 */
@Component(service = Archive.class)
public class Archive {

    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);

    private final AccountStore store;
    private final Numbering numbering;
    // held as service objects and fetched at use: metering's listener itself needs accounts' directory
    private final List<ComponentServiceObjects<AccountListener>> listeners = new CopyOnWriteArrayList<>();
    private final List<ComponentServiceObjects<AccountClosing>> closings = new CopyOnWriteArrayList<>();

    @Activate
    public Archive(@Reference AccountStore store, @Reference Numbering numbering) {
        this.store = store;
        this.numbering = numbering;
    }

    @Reference(service = AccountListener.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ComponentServiceObjects<AccountListener> listener) {
        listeners.add(listener);
    }

    void removeListener(ComponentServiceObjects<AccountListener> listener) {
        listeners.remove(listener);
    }

    @Reference(service = AccountClosing.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addClosing(ComponentServiceObjects<AccountClosing> closing) {
        closings.add(closing);
    }

    void removeClosing(ComponentServiceObjects<AccountClosing> closing) {
        closings.remove(closing);
    }

    public CustomerEntity createCustomer(String tenant, NewCustomer c) {
        Registration.check(c);
        return store.in(tenant, em -> persistCustomer(em, c, now(tenant)));
    }

    public PremisesEntity createPremises(String tenant, NewPremises p) {
        Registration.check(p);
        return store.in(tenant, em -> persistPremises(em, p, now(tenant)));
    }

    /** 报装: numbered by the branch's rule, state APPLIED. */
    public AccountEntity createAccount(String tenant, String actor, NewAccount request) {
        new Validation().check(request != null, "body", "缺少请求体", "body is required")
                .throwIfInvalid();
        new Validation().required("customerId", request.customerId())
                .required("premisesId", request.premisesId()).throwIfInvalid();
        OffsetDateTime now = now(tenant);
        String prefix = numbering.prefixFor(tenant, now.toLocalDate());
        AccountEntity created = store.in(tenant, em -> {
            CustomerEntity customer = em.find(CustomerEntity.class, request.customerId());
            PremisesEntity premises = em.find(PremisesEntity.class, request.premisesId());
            if (customer == null || premises == null) {
                throw Problems.ruleViolated(Text.of("客户或用气地址不存在", "Unknown customer or premises"),
                        customer == null ? List.of(new FieldError("customerId", Text.of("没有这个客户", "no such customer")))
                                : List.of(new FieldError("premisesId", Text.of("没有这个用气地址", "no such premises"))));
            }
            String number = Numbering.nextNumber(em, tenant, prefix);
            CustomerCategory category = request.category() != null ? request.category() : CustomerCategory.valueOf(customer.category);
            AccountEntity a = newAccount(number, customer, premises, category, AccountState.APPLIED, now);
            em.persist(a);
            record(em, a, actor, now, "APPLY", "state", null, AccountState.APPLIED.name(), null);
            return a;
        });
        publish(tenant, created.accountNo, AccountChange.Kind.OPENED, null, AccountState.APPLIED, actor);
        return created;
    }

    /** One archive row in one transaction: all of customer, premises and account, or nothing. */
    /** One archive row in one transaction, with {@code alsoInTransaction} (the import's row mark) committed or rolled back with it. */
    public AccountEntity importRow(String tenant, String actor, ArchiveRow row, Consumer<EntityManager> alsoInTransaction) {
        OffsetDateTime now = now(tenant);
        String prefix = row.accountNo() == null ? numbering.prefixFor(tenant, now.toLocalDate()) : null;
        AccountEntity created = store.in(tenant, em -> {
            if (row.accountNo() != null && em.find(AccountEntity.class, row.accountNo()) != null) {
                throw Problems.validation(List.of(new FieldError("accountNo", Text.of("户号已存在", "account number already exists"))));
            }
            CustomerEntity customer = persistCustomer(em, row.customer(), now);
            PremisesEntity premises = persistPremises(em, row.premises(), now);
            // no mapped relationships tell EclipseLink the insert order the foreign keys need
            em.flush();
            String number = row.accountNo() != null ? row.accountNo() : Numbering.nextNumber(em, tenant, prefix);
            AccountEntity a = newAccount(number, customer, premises, row.customer().category(), row.state(), now);
            em.persist(a);
            record(em, a, actor, now, "IMPORT", "state", null, row.state().name(), "建档导入 archive import");
            alsoInTransaction.accept(em);
            return a;
        });
        publish(tenant, created.accountNo, AccountChange.Kind.OPENED, null, created.state(), actor);
        return created;
    }

    /**
     * Applies {@code move} to the account, runs {@code change} on it (which records its own history
     * fields) and records the state change; 409 for an illegal move or a stale {@code version}.
     */
    public AccountEntity move(String tenant, String actor, String accountNo, Lifecycle move, Long version, String reason,
            Consumer<Changes> change) {
        OffsetDateTime now = now(tenant);
        AccountState[] before = new AccountState[1];
        AccountEntity changed = store.in(tenant, em -> {
            AccountEntity a = find(em, accountNo);
            requireVersion(a, version);
            before[0] = a.state();
            AccountState after = move.apply(before[0]);
            change.accept(new Changes(em, a, actor, now, move.name(), reason));
            if (after != before[0]) {
                a.state = after.name();
                record(em, a, actor, now, move.name(), "state", before[0].name(), after.name(), reason);
            }
            return a;
        });
        AccountChange.Kind kind = switch (move) {
            case TRANSFER -> AccountChange.Kind.TRANSFERRED;
            case RENAME -> AccountChange.Kind.RENAMED;
            case CLOSE -> AccountChange.Kind.CLOSED;
            default -> AccountChange.Kind.STATE_CHANGED;
        };
        publish(tenant, accountNo, kind, before[0], changed.state(), actor);
        return changed;
    }

    /**
     * 销户: the legal-move and version checks first (metering's final bill and refund cannot be taken back),
     * then metering's final reading, bill and refund, then the close itself.
     */
    public AccountEntity close(String tenant, String actor, String accountNo, BigDecimal finalReading, boolean keepCredit, Long version,
            String reason) {
        AccountEntity current = store.in(tenant, em -> find(em, accountNo));
        Lifecycle.CLOSE.apply(current.state());
        requireVersion(current, version);
        for (ComponentServiceObjects<AccountClosing> objects : closings) {
            AccountClosing closing = objects.getService();
            if (closing == null) {
                // a module that settles closings (metering's final bill) is restarting: closing now would skip it
                throw Problems.unavailable(Text.of("相关模块正在重启，请稍后再销户", "A module that settles closings is restarting; retry shortly"), 5);
            }
            try {
                closing.beforeClose(tenant, accountNo, actor, finalReading, keepCredit);
            } finally {
                objects.ungetService(closing);
            }
        }
        return move(tenant, actor, accountNo, Lifecycle.CLOSE, version, reason, c -> c.set("closedAt", c.account().closedAt,
                c.now(), v -> c.account().closedAt = v));
    }

    private static void requireVersion(AccountEntity a, Long version) {
        if (version != null && version != a.version) {
            throw Problems.conflict(Text.of("户号已被他人修改，请刷新后重试", "The account was changed by someone else; reload and retry"));
        }
    }

    public static AccountEntity find(EntityManager em, String accountNo) {
        AccountEntity a = accountNo == null ? null : em.find(AccountEntity.class, accountNo);
        if (a == null) {
            throw Problems.notFound(Text.of("没有这个户号", "No such account"));
        }
        return a;
    }

    private OffsetDateTime now(String tenant) {
        return store.now(tenant);
    }

    /** A change inside {@link #move}: each field set through it is kept in the history. */
    public record Changes(EntityManager em, AccountEntity account, String actor, OffsetDateTime now, String action, String reason) {

        public <T> void set(String field, T old, T value, Consumer<T> setter) {
            if (!Objects.equals(old, value)) {
                setter.accept(value);
                record(em, account, actor, now, action, field, old == null ? null : old.toString(),
                        value == null ? null : value.toString(), reason);
            }
        }
    }

    private static void record(EntityManager em, AccountEntity a, String actor, OffsetDateTime at, String action, String field,
            String oldValue, String newValue, String reason) {
        AccountHistoryEntity h = new AccountHistoryEntity();
        h.id = UUID.randomUUID().toString();
        h.accountNo = a.accountNo;
        h.seq = ++a.historyCount;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.field = field;
        h.oldValue = oldValue;
        h.newValue = newValue;
        h.reason = reason;
        em.persist(h);
    }

    private static CustomerEntity persistCustomer(EntityManager em, NewCustomer c, OffsetDateTime now) {
        CustomerEntity e = new CustomerEntity();
        e.id = UUID.randomUUID().toString();
        e.kind = c.kind().name();
        e.name = c.name().trim();
        e.idType = c.idType();
        e.idNumber = c.idNumber();
        e.phones = Phones.join(c.phones());
        e.phoneTail = Phones.tail(c.phones());
        e.category = c.category().name();
        e.householdSize = c.householdSize() == null ? 1 : c.householdSize();
        e.createdAt = now;
        em.persist(e);
        return e;
    }

    private static PremisesEntity persistPremises(EntityManager em, NewPremises p, OffsetDateTime now) {
        PremisesEntity e = new PremisesEntity();
        e.id = UUID.randomUUID().toString();
        e.district = p.district().trim();
        e.community = trim(p.community());
        e.building = trim(p.building());
        e.unit = trim(p.unit());
        e.room = trim(p.room());
        e.area = Registration.areaPath(p);
        e.address = p.address().trim();
        e.createdAt = now;
        em.persist(e);
        return e;
    }

    private static AccountEntity newAccount(String number, CustomerEntity customer, PremisesEntity premises,
            CustomerCategory category, AccountState state, OffsetDateTime now) {
        AccountEntity a = new AccountEntity();
        a.accountNo = number;
        a.customerId = customer.id;
        a.holderName = customer.name;
        a.phones = customer.phones;
        a.phoneTail = customer.phoneTail;
        a.premisesId = premises.id;
        a.area = premises.area;
        a.address = premises.address;
        a.category = category.name();
        a.householdSize = customer.householdSize;
        a.state = state.name();
        a.appliedAt = now;
        return a;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void publish(String tenant, String accountNo, AccountChange.Kind kind, AccountState from, AccountState to, String actor) {
        AccountChange change = new AccountChange(tenant, accountNo, kind, from, to, actor, now(tenant));
        for (ComponentServiceObjects<AccountListener> objects : listeners) {
            AccountListener l = objects.getService();
            if (l == null) {
                // its bundle is leaving or not started yet (an import right after startup met this): ungetService(null) throws
                continue;
            }
            try {
                l.accountChanged(change);
            } catch (RuntimeException e) {
                // the change is committed; one failing listener must not hide it from the others
                LOG.warn("Account listener {} failed on {}", l, change, e);
            } finally {
                objects.ungetService(l);
            }
        }
    }
}

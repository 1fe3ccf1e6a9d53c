package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.SlaRule;
import com.gasline.ticketing.internal.rules.SlaClocks;
import com.gasline.ticketing.internal.rules.TicketFlow;
import com.gasline.ticketing.internal.store.ClockEntity;
import com.gasline.ticketing.internal.store.EventEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** Taking tickets and moving them through their steps, each step an event, each deadline a clock. */
@Component(service = Desk.class)
public class Desk {

    static final Set<String> CHANNELS = Set.of("HOTLINE", "COUNTER", "ONLINE", "WECHAT", "WALK_IN", "PATROL");
    static final Set<String> GRADES = Set.of("MINOR", "IMPORTANT", "MAJOR");
    static final Set<String> SERVICES = Set.of("TURN_ON", "RELOCATION", "MODIFICATION", "INSPECTION", "INSTALLATION");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final TicketStore store;
    private final Policies policies;
    private final Sequences sequences;
    private final TenantRegistry tenants;
    private volatile AccountDirectory accounts;

    @Activate
    public Desk(@Reference TicketStore store, @Reference Policies policies, @Reference Sequences sequences, @Reference TenantRegistry tenants) {
        this.store = store;
        this.policies = policies;
        this.sequences = sequences;
        this.tenants = tenants;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAccounts(AccountDirectory directory) {
        this.accounts = directory;
    }

    void unbindAccounts(AccountDirectory directory) {
        if (this.accounts == directory) {
            this.accounts = null;
        }
    }

    /** The archive, when the accounts module runs and this branch enabled it. */
    AccountDirectory accounts(String tenant) {
        AccountDirectory directory = accounts;
        return directory != null && tenants.get(tenant).modules().contains("accounts") ? directory : null;
    }

    public TicketEntity create(String tenant, Caller caller, NewTicket t) {
        Validation.requireBody(t);
        new Validation()
                .check(SlaClocks.TYPES.contains(t.type()), "type", "工单类型须为 CONSULTATION、REPAIR、COMPLAINT、EMERGENCY、SUGGESTION、HELP 或 APPOINTMENT",
                        "must be CONSULTATION, REPAIR, COMPLAINT, EMERGENCY, SUGGESTION, HELP or APPOINTMENT")
                .check(!"COMPLAINT".equals(t.type()) || GRADES.contains(t.grade()), "grade", "投诉须分级：MINOR、IMPORTANT 或 MAJOR",
                        "complaints need a grade: MINOR, IMPORTANT or MAJOR")
                .check(!"APPOINTMENT".equals(t.type()) || SERVICES.contains(t.service()), "service",
                        "预约服务须注明：TURN_ON、RELOCATION、MODIFICATION、INSPECTION 或 INSTALLATION",
                        "appointments need a service: TURN_ON, RELOCATION, MODIFICATION, INSPECTION or INSTALLATION")
                .check(t.channel() == null || CHANNELS.contains(t.channel()), "channel", "未知的受理渠道", "unknown channel")
                .check(t.priority() == null || Set.of("NORMAL", "URGENT").contains(t.priority()), "priority", "只能是 NORMAL 或 URGENT",
                        "must be NORMAL or URGENT")
                .required("description", t.description()).maxLength("description", t.description(), 2000)
                .maxLength("callerName", t.callerName(), 100).maxLength("callerPhone", t.callerPhone(), 30)
                .maxLength("address", t.address(), 300)
                .check(t.receivedAt() == null || !t.receivedAt().isAfter(store.now(tenant).plusMinutes(5)), "receivedAt", "不能晚于现在",
                        "must not be in the future")
                .check(t.receivedAt() == null || t.receivedAt().isAfter(store.now(tenant).minusDays(7)), "receivedAt", "最多补录 7 天内的来电",
                        "at most 7 days back")
                .throwIfInvalid();
        String address = t.address();
        String callerName = t.callerName();
        AccountDirectory directory = t.accountNo() == null ? null : accounts(tenant);
        if (directory != null) {
            AccountSummary a = directory.find(tenant, t.accountNo()).orElseThrow(() -> Problems.ruleViolated(
                    Text.of("户号不存在", "No such account"), List.of(new FieldError("accountNo", Text.of("户号不存在", "no such account")))));
            address = address == null || address.isBlank() ? a.address() : address;
            callerName = callerName == null || callerName.isBlank() ? a.customerName() : callerName;
        }
        new Validation().required("address", address).throwIfInvalid();
        OffsetDateTime now = t.receivedAt() == null ? store.now(tenant) : t.receivedAt().atZoneSameInstant(store.zone(tenant)).toOffsetDateTime();
        String ticketNo = "GD" + now.format(DAY) + String.format("%04d", sequences.next(tenant, "ticketing.ticket-" + now.format(DAY)));
        String finalAddress = address;
        String finalCaller = callerName;
        return store.in(tenant, em -> {
            TicketEntity e = new TicketEntity();
            e.ticketNo = ticketNo;
            e.type = t.type();
            e.grade = "COMPLAINT".equals(t.type()) ? t.grade() : null;
            e.service = "APPOINTMENT".equals(t.type()) ? t.service() : null;
            e.channel = t.channel() == null ? "HOTLINE" : t.channel();
            e.priority = t.priority() != null ? t.priority() : "EMERGENCY".equals(t.type()) ? "URGENT" : "NORMAL";
            e.status = "RECEIVED";
            e.callerName = finalCaller;
            e.callerPhone = t.callerPhone();
            e.accountNo = t.accountNo();
            e.address = finalAddress.trim();
            e.description = t.description();
            e.agent = caller.username();
            e.receivedAt = now;
            em.persist(e);
            record(em, e, caller.username(), now, "RECEIVE", null, "RECEIVED", null);
            startClocks(em, e, now, store.zone(tenant), false, 0);
            return e;
        });
    }

    /**
     * One step of the flow: checks who may take it, the status and the version the user saw; records the
     * event and which clocks it meets.
     */
    public TicketEntity step(String tenant, Caller caller, String ticketNo, TicketFlow step, Long version, String note,
            Consumer<TicketEntity> change) {
        new Validation().maxLength("note", note, 2000).throwIfInvalid();
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            TicketEntity t = visible(em, caller, ticketNo);
            if (version != null && version != t.version) {
                throw Problems.conflict(Text.of("工单已被他人处理，请刷新后重试", "The ticket was changed by someone else; reload and retry"));
            }
            String from = t.status;
            String to = step.apply(from, t.type);
            change.accept(t);
            t.status = to;
            record(em, t, caller.username(), now, step.name(), from, to, note);
            switch (step) {
                case START -> meet(em, t, now, SlaClocks.ARRIVAL);
                case REPLY -> meet(em, t, now, SlaClocks.REPLY);
                case DISPATCH -> {
                    if (t.department != null) {
                        meet(em, t, now, SlaClocks.ESCALATION);
                    }
                }
                case RESOLVE -> {
                    t.resolvedAt = now;
                    t.resolvedBy = caller.username();
                    meet(em, t, now, SlaClocks.ARRIVAL, SlaClocks.REPLY, SlaClocks.ESCALATION, SlaClocks.RESOLUTION);
                    startClocks(em, t, now, store.zone(tenant), true, t.reopened);
                }
                case CALLBACK -> {
                    t.calledBackAt = now;
                    meet(em, t, now, SlaClocks.CALLBACK);
                }
                case REOPEN -> {
                    t.reopened++;
                    t.resolvedAt = null;
                    startClocks(em, t, now, store.zone(tenant), false, t.reopened);
                }
                case CLOSE -> t.closedAt = now;
                default -> {
                }
            }
            return t;
        });
    }

    /** Technicians see only what was dispatched to them; a ticket of another branch does not exist. */
    public static TicketEntity visible(EntityManager em, Caller caller, String ticketNo) {
        TicketEntity t = ticketNo == null ? null : em.find(TicketEntity.class, ticketNo);
        if (t == null || (onlyTechnician(caller) && !caller.username().equals(t.assignee))) {
            throw Problems.notFound(Text.of("没有这张工单", "No such ticket"));
        }
        return t;
    }

    public static boolean onlyTechnician(Caller caller) {
        return caller.hasRole(Roles.TECHNICIAN) && !caller.hasAnyRole(Set.of(Roles.SUPERVISOR, Roles.AGENT, Roles.SHIFT_LEAD,
                Roles.DISPATCHER, Roles.BRANCH_ADMIN));
    }

    public static void record(EntityManager em, TicketEntity t, String actor, OffsetDateTime at, String action, String from, String to, String note) {
        EventEntity e = new EventEntity();
        e.id = UUID.randomUUID().toString();
        e.ticketNo = t.ticketNo;
        e.seq = ++t.eventCount;
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.note = note;
        em.persist(e);
    }

    private void startClocks(EntityManager em, TicketEntity t, OffsetDateTime start, ZoneId zone, boolean callback, int round) {
        List<SlaRule> rules = policies.policy(em).rules();
        Map<String, SlaRule> applicable = SlaClocks.applicable(rules, t.type, t.grade != null ? t.grade : t.service, callback);
        if (round > 0 && !callback) {
            // a reopened ticket gets a new resolution deadline; the first answers and escalations stay as they were
            applicable.keySet().retainAll(Set.of(SlaClocks.RESOLUTION));
        }
        var calendar = policies.calendar(em);
        for (SlaRule rule : applicable.values()) {
            ClockEntity c = new ClockEntity();
            c.id = UUID.randomUUID().toString();
            c.ticketNo = t.ticketNo;
            c.clock = rule.clock();
            c.round = round;
            ZonedDateTime due = SlaClocks.due(rule, start.atZoneSameInstant(zone), zone, calendar);
            c.dueAt = due.toOffsetDateTime();
            em.persist(c);
        }
    }

    private static void meet(EntityManager em, TicketEntity t, OffsetDateTime now, String... clocks) {
        for (ClockEntity c : em.createQuery("select c from ClockEntity c where c.ticketNo = :t and c.metAt is null and c.clock in :k", ClockEntity.class)
                .setParameter("t", t.ticketNo).setParameter("k", List.of(clocks)).getResultList()) {
            c.metAt = now;
        }
    }
}

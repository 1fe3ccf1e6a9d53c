package com.gasline.ticketing.internal.service;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.internal.rules.SlaClocks;
import com.gasline.ticketing.internal.store.EventEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** 受理: taking tickets, filled in from the archive when the branch uses accounts; each step of a ticket is an event. */
@Component(service = Desk.class)
public class Desk {

    static final Set<String> CHANNELS = Set.of("HOTLINE", "COUNTER", "ONLINE", "WECHAT", "WALK_IN", "PATROL");
    static final Set<String> GRADES = Set.of("MINOR", "IMPORTANT", "MAJOR");
    static final Set<String> SERVICES = Set.of("TURN_ON", "RELOCATION", "MODIFICATION", "INSPECTION", "INSTALLATION");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final TicketStore store;
    private final Deadlines deadlines;
    private final Sequences sequences;
    private final TenantRegistry tenants;
    private volatile AccountDirectory accounts;

    @Activate
    public Desk(@Reference TicketStore store, @Reference Deadlines deadlines, @Reference Sequences sequences, @Reference TenantRegistry tenants) {
        this.store = store;
        this.deadlines = deadlines;
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
        return directory != null && tenants.hasModule(tenant, "accounts") ? directory : null;
    }

    public Ticket create(String tenant, Caller caller, NewTicket t) {
        Validation.requireBody(t);
        new Validation()
                .check(Validation.oneOf(t.type(), SlaClocks.TYPES), "type", "工单类型须为 CONSULTATION、REPAIR、COMPLAINT、EMERGENCY、SUGGESTION、HELP 或 APPOINTMENT",
                        "must be CONSULTATION, REPAIR, COMPLAINT, EMERGENCY, SUGGESTION, HELP or APPOINTMENT")
                .check(!"COMPLAINT".equals(t.type()) || Validation.oneOf(t.grade(), GRADES), "grade", "投诉须分级：MINOR、IMPORTANT 或 MAJOR",
                        "complaints need a grade: MINOR, IMPORTANT or MAJOR")
                .check(!"APPOINTMENT".equals(t.type()) || Validation.oneOf(t.service(), SERVICES), "service",
                        "预约服务须注明：TURN_ON、RELOCATION、MODIFICATION、INSPECTION 或 INSTALLATION",
                        "appointments need a service: TURN_ON, RELOCATION, MODIFICATION, INSPECTION or INSTALLATION")
                .check(t.channel() == null || CHANNELS.contains(t.channel()), "channel", "未知的受理渠道", "unknown channel")
                .check(t.priority() == null || Set.of("NORMAL", "URGENT").contains(t.priority()), "priority", "只能是 NORMAL 或 URGENT",
                        "must be NORMAL or URGENT")
                .required("description", t.description()).maxLength("description", t.description(), 2000)
                .maxLength("callerName", t.callerName(), 100).maxLength("callerPhone", t.callerPhone(), 30)
                .maxLength("address", t.address(), 300).maxLength("accountNo", t.accountNo(), 40)
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
            deadlines.start(em, e, now, store.zone(tenant), false, 0);
            // written now, so the answer shows the version and clocks as stored without a second transaction
            em.flush();
            return Views.ticket(em, e, store.now(tenant));
        });
    }

    /** Every step of a ticket is an event, numbered in the ticket's own sequence. */
    static void record(EntityManager em, TicketEntity t, String actor, OffsetDateTime at, String action, String from, String to, String note) {
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
}

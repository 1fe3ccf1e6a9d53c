package com.gasline.ticketing.internal.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.NewOutageNotice;
import com.gasline.ticketing.api.rest.OutageNotice;
import com.gasline.ticketing.internal.store.OutageAccountEntity;
import com.gasline.ticketing.internal.store.OutageEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** 停气通知: published far enough ahead (the branch's minimum notice), told to every account's customer in the area. */
@Component(service = Outages.class)
public class Outages {

    private static final int PAGE = 1000;

    private final TicketStore store;
    private final Policies policies;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Desk desk;
    private final Notifications notifications;

    @Activate
    public Outages(@Reference TicketStore store, @Reference Policies policies, @Reference Desk desk, @Reference Notifications notifications) {
        this.store = store;
        this.policies = policies;
        this.desk = desk;
        this.notifications = notifications;
    }

    public OutageNotice publish(String tenant, String actor, NewOutageNotice n) {
        Validation.requireBody(n);
        new Validation().required("area", n.area()).maxLength("area", n.area(), 200).required("startsAt", n.startsAt())
                .required("endsAt", n.endsAt()).required("reason", n.reason()).maxLength("reason", n.reason(), 500)
                .check(n.startsAt() == null || n.endsAt() == null || n.endsAt().isAfter(n.startsAt()), "endsAt", "结束时间须晚于开始时间",
                        "must be after startsAt")
                .throwIfInvalid();
        OffsetDateTime now = store.now(tenant);
        int hours = policies.policy(tenant).outageNoticeHours();
        boolean emergency = Boolean.TRUE.equals(n.emergency());
        if (!emergency && Duration.between(now, n.startsAt()).compareTo(Duration.ofHours(hours)) < 0) {
            throw Problems.ruleViolated(Text.of("计划停气须至少提前 " + hours + " 小时发布通知（紧急停气请标明 emergency）",
                    "A planned outage must be announced at least " + hours + " hours ahead (mark emergency outages as such)"),
                    List.of(new FieldError("startsAt", Text.of("距现在不足 " + hours + " 小时", "less than " + hours + " hours from now"))));
        }
        List<AccountSummary> reached = affected(tenant, n.area().trim());
        List<String> affected = reached.stream().map(AccountSummary::accountNo).toList();
        OutageNotice published = store.in(tenant, em -> {
            OutageEntity o = new OutageEntity();
            o.id = UUID.randomUUID().toString();
            o.area = n.area().trim();
            o.startsAt = n.startsAt();
            o.endsAt = n.endsAt();
            o.reason = n.reason();
            o.emergency = emergency;
            o.publishedAt = now;
            o.publishedBy = actor;
            em.persist(o);
            for (String accountNo : affected) {
                OutageAccountEntity a = new OutageAccountEntity();
                a.id = o.id + "/" + accountNo;
                a.outageId = o.id;
                a.accountNo = accountNo;
                em.persist(a);
            }
            return view(o, affected);
        });
        tell(tenant, published, reached);
        return published;
    }

    /** Every affected account's customer gets the 停气通知 through their channel; the delivery log is under outage:<id>. */
    private void tell(String tenant, OutageNotice o, List<AccountSummary> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        ZoneId zone = store.zone(tenant);
        Map<String, String> params = Map.of("area", o.area(), "reason", o.reason(), "startsAt", WHEN.format(o.startsAt().atZoneSameInstant(zone)),
                "endsAt", WHEN.format(o.endsAt().atZoneSameInstant(zone)));
        notifications.sendAll(tenant, accounts.stream().map(a -> new NoticeRequest(NoticeKinds.OUTAGE,
                new NoticeRequest.Recipient(a.customerId(), a.accountNo(), a.customerName()), Map.of(), params, o.emergency(),
                "outage:" + o.id())).toList());
    }

    public Page<OutageNotice> list(String tenant, PageRequest page) {
        return store.in(tenant, em -> page.read(em.createQuery("select count(o) from OutageEntity o", Long.class),
                em.createQuery("select o from OutageEntity o order by o.startsAt desc, o.id", OutageEntity.class), o -> view(o, accounts(em, o.id))));
    }

    public OutageNotice notice(String tenant, String id) {
        return store.in(tenant, em -> {
            OutageEntity o = id == null ? null : em.find(OutageEntity.class, id);
            if (o == null) {
                throw Problems.notFound(Text.of("没有这条停气通知", "No such outage notice"));
            }
            return view(o, accounts(em, o.id));
        });
    }

    private List<AccountSummary> affected(String tenant, String area) {
        AccountDirectory directory = desk.accounts(tenant);
        List<AccountSummary> numbers = new ArrayList<>();
        if (directory == null) {
            return numbers;
        }
        for (int offset = 0;; offset += PAGE) {
            List<AccountSummary> page = directory.inArea(tenant, area, offset, PAGE);
            page.stream().filter(a -> a.state() != AccountState.CLOSED).forEach(numbers::add);
            if (page.size() < PAGE) {
                return numbers;
            }
        }
    }

    private static List<String> accounts(EntityManager em, String outageId) {
        return em.createQuery("select a.accountNo from OutageAccountEntity a where a.outageId = :o order by a.accountNo", String.class)
                .setParameter("o", outageId).getResultList();
    }

    private static OutageNotice view(OutageEntity o, List<String> accounts) {
        return new OutageNotice(o.id, o.area, o.startsAt, o.endsAt, o.reason, o.emergency, o.publishedAt, o.publishedBy, accounts);
    }
}

package com.gasline.ticketing.internal.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.CalendarDay;
import com.gasline.ticketing.api.rest.SlaPolicy;
import com.gasline.ticketing.api.rest.SlaRule;
import com.gasline.ticketing.internal.rules.BusinessCalendar;
import com.gasline.ticketing.internal.rules.CalendarCsv;
import com.gasline.ticketing.internal.rules.SlaClocks;
import com.gasline.ticketing.internal.store.CalendarDayEntity;
import com.gasline.ticketing.internal.store.PolicyEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** The branch's SLA policy (defaults until it changes them) and its business calendar. */
@Component(service = Policies.class)
public class Policies {

    static final String ID = "sla";
    static final int DEFAULT_OUTAGE_NOTICE_HOURS = 48;

    private final TicketStore store;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public Policies(@Reference TicketStore store) {
        this.store = store;
    }

    public SlaPolicy policy(String tenant) {
        return store.in(tenant, this::policy);
    }

    SlaPolicy policy(EntityManager em) {
        PolicyEntity p = em.find(PolicyEntity.class, ID);
        if (p == null) {
            return new SlaPolicy(SlaClocks.DEFAULTS, DEFAULT_OUTAGE_NOTICE_HOURS, null);
        }
        try {
            return new SlaPolicy(json.readValue(p.rules, new TypeReference<List<SlaRule>>() { }), p.outageNoticeHours, p.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable SLA policy", e);
        }
    }

    /** What a branch may store as its policy; the group's SLA template is checked by the same rule. */
    public static void check(SlaPolicy policy) {
        Validation.requireBody(policy);
        SlaClocks.check(policy.rules());
        new Validation().check(policy.outageNoticeHours() == null || (policy.outageNoticeHours() >= 1 && policy.outageNoticeHours() <= 720),
                "outageNoticeHours", "须在 1 到 720 小时之间", "must be 1 to 720 hours").throwIfInvalid();
    }

    public SlaPolicy change(String tenant, SlaPolicy policy) {
        check(policy);
        String rules;
        try {
            rules = json.writeValueAsString(policy.rules());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return store.in(tenant, em -> {
            PolicyEntity p = em.find(PolicyEntity.class, ID);
            if (p == null) {
                p = new PolicyEntity();
                p.id = ID;
                em.persist(p);
            } else if (policy.version() != null && policy.version() != p.version) {
                throw Problems.conflict(Text.of("服务时限已被他人修改，请刷新后重试", "The policy was changed by someone else; reload and retry"));
            }
            p.rules = rules;
            p.outageNoticeHours = policy.outageNoticeHours() == null ? DEFAULT_OUTAGE_NOTICE_HOURS : policy.outageNoticeHours();
            em.flush();
            return policy(em);
        });
    }

    BusinessCalendar calendar(EntityManager em) {
        Map<LocalDate, String> days = new HashMap<>();
        em.createQuery("select d from CalendarDayEntity d", CalendarDayEntity.class).getResultList().forEach(d -> days.put(d.day, d.kind));
        return new BusinessCalendar(days);
    }

    public Page<CalendarDay> days(String tenant, Integer year, PageRequest page) {
        String where = year == null ? "" : " where d.day >= :from and d.day < :to";
        return store.in(tenant, em -> {
            var count = em.createQuery("select count(d) from CalendarDayEntity d" + where, Long.class);
            var days = em.createQuery("select d from CalendarDayEntity d" + where + " order by d.day", CalendarDayEntity.class);
            if (year != null) {
                LocalDate from = LocalDate.of(year, 1, 1);
                count.setParameter("from", from).setParameter("to", from.plusYears(1));
                days.setParameter("from", from).setParameter("to", from.plusYears(1));
            }
            return page.read(count, days, d -> new CalendarDay(d.day, d.kind, d.name));
        });
    }

    public CalendarDay set(String tenant, String date, CalendarDay day) {
        LocalDate d = Validation.date(date, "date");
        Validation.requireBody(day);
        kind(day.kind(), "kind");
        new Validation().maxLength("name", day.name(), 100).throwIfInvalid();
        return store.in(tenant, em -> put(em, new CalendarDay(d, day.kind(), day.name())));
    }

    public void clear(String tenant, String date) {
        LocalDate d = Validation.date(date, "date");
        store.in(tenant, em -> {
            CalendarDayEntity e = em.find(CalendarDayEntity.class, d);
            if (e == null) {
                throw Problems.notFound(Text.of("该日不是节假日或调休日", "That day is neither a holiday nor a make-up day"));
            }
            em.remove(e);
            return null;
        });
    }

    /** Lines {@code date,kind,name}; every line is checked before any is stored. */
    public List<CalendarDay> importDays(String tenant, String csv) {
        List<CalendarDay> days = CalendarCsv.parse(csv);
        return store.in(tenant, em -> days.stream().map(d -> put(em, d)).toList());
    }

    /** Marks each day as given (the group's calendar template); the branch's other days stay as they are. */
    public List<CalendarDay> putDays(String tenant, List<CalendarDay> days) {
        return store.in(tenant, em -> days.stream().map(d -> put(em, d)).toList());
    }

    private static CalendarDay put(EntityManager em, CalendarDay day) {
        CalendarDayEntity e = em.find(CalendarDayEntity.class, day.dayOn());
        if (e == null) {
            e = new CalendarDayEntity();
            e.day = day.dayOn();
            em.persist(e);
        }
        e.kind = day.kind();
        e.name = day.name();
        return new CalendarDay(e.day, e.kind, e.name);
    }

    private static void kind(String kind, String field) {
        new Validation().check(BusinessCalendar.HOLIDAY.equals(kind) || BusinessCalendar.WORKDAY.equals(kind), field,
                "只能是 HOLIDAY（节假日）或 WORKDAY（调休上班）", "must be HOLIDAY or WORKDAY").throwIfInvalid();
    }

}

package com.gasline.duties.internal.service;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.duties.api.rest.Assessment;
import com.gasline.duties.api.rest.AssessmentItem;
import com.gasline.duties.api.rest.AssessmentScheme;
import com.gasline.duties.internal.rules.Scoring;
import com.gasline.duties.internal.store.AssessmentItemEntity;
import com.gasline.duties.internal.store.AssessmentSchemeEntity;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.duties.internal.store.StaffEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.TicketQueries;

/** Monthly assessment (考核): manual items, tickets from ticketing when the branch has it, ranked within each position. */
@Component(service = Assessments.class)
public class Assessments {

    private final DutyStore store;
    private final LinkedModules linked;

    @Activate
    public Assessments(@Reference DutyStore store, @Reference LinkedModules linked) {
        this.store = store;
        this.linked = linked;
    }

    public AssessmentItem addItem(String tenant, Caller caller, AssessmentItem item) {
        Validation.requireBody(item);
        new Validation().required("username", item.username()).required("points", item.points())
                .check(item.points() == null || Math.abs(item.points()) <= 50, "points", "单项加减分不超过 50", "at most 50 points either way")
                .required("reason", item.reason()).maxLength("reason", item.reason(), 300).throwIfInvalid();
        YearMonth month = month(item.month());
        return store.in(tenant, em -> {
            Personnel.staffMember(em, item.username());
            AssessmentItemEntity e = new AssessmentItemEntity();
            e.id = UUID.randomUUID().toString();
            e.username = item.username();
            e.month = month.toString();
            e.points = item.points();
            e.reason = item.reason();
            e.byUser = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return view(e);
        });
    }

    public AssessmentItem item(String tenant, String id) {
        return store.in(tenant, em -> {
            AssessmentItemEntity e = id == null ? null : em.find(AssessmentItemEntity.class, id);
            if (e == null) {
                throw Problems.notFound(Text.of("没有这条考核记录", "No such assessment item"));
            }
            return view(e);
        });
    }

    /** The branch's scheme, the module's default until the branch sets one. */
    public AssessmentScheme scheme(String tenant) {
        return store.in(tenant, Assessments::scheme);
    }

    private static AssessmentScheme scheme(EntityManager em) {
        AssessmentSchemeEntity e = em.find(AssessmentSchemeEntity.class, AssessmentSchemeEntity.ID);
        return e == null ? Scoring.DEFAULT : new AssessmentScheme(e.base, e.onTimePoints, e.satisfactionPoints, e.bandPercent, e.minForBands);
    }

    /** Sets the branch's scheme (checked by {@link Scoring#check}); the scores of every month are counted by it from then on. */
    public AssessmentScheme changeScheme(String tenant, AssessmentScheme scheme) {
        Scoring.check(scheme);
        return store.in(tenant, em -> {
            AssessmentSchemeEntity e = em.find(AssessmentSchemeEntity.class, AssessmentSchemeEntity.ID);
            boolean created = e == null;
            if (created) {
                e = new AssessmentSchemeEntity();
                e.id = AssessmentSchemeEntity.ID;
            }
            e.base = scheme.base();
            e.onTimePoints = scheme.onTimePoints();
            e.satisfactionPoints = scheme.satisfactionPoints();
            e.bandPercent = scheme.bandPercent();
            e.minForBands = scheme.minForBands();
            if (created) {
                em.persist(e);
            }
            return scheme(em);
        });
    }

    private static AssessmentItem view(AssessmentItemEntity e) {
        return new AssessmentItem(e.id, e.username, e.month, e.points, e.reason);
    }

    /** The month's scores, ranked within each position by the sum of this and the two months before. */
    public List<Assessment> assessments(String tenant, String monthText) {
        YearMonth month = month(monthText);
        List<YearMonth> window = List.of(month.minusMonths(2), month.minusMonths(1), month);
        Map<YearMonth, Map<String, TicketQueries.HandlerStats>> ticketStats = ticketStats(tenant, window);
        return store.in(tenant, em -> {
            AssessmentScheme scheme = scheme(em);
            List<StaffEntity> staff = em.createQuery("select s from StaffEntity s", StaffEntity.class).getResultList();
            Map<String, Map<String, Double>> partsNow = new HashMap<>();
            Map<String, Map<String, Double>> windowByPosition = new HashMap<>();
            for (StaffEntity s : staff) {
                double sum = 0;
                for (YearMonth m : window) {
                    int manual = em.createQuery("select i from AssessmentItemEntity i where i.username = :u and i.month = :m", AssessmentItemEntity.class)
                            .setParameter("u", s.username).setParameter("m", m.toString()).getResultList().stream().mapToInt(i -> i.points).sum();
                    TicketQueries.HandlerStats t = ticketStats.getOrDefault(m, Map.of()).get(s.username);
                    Map<String, Double> parts = Scoring.parts(scheme, t == null ? null : t.resolved(), t == null ? null : t.resolvedOnTime(),
                            t == null ? null : t.meanSatisfaction(), manual);
                    sum += Scoring.total(parts);
                    if (m.equals(month)) {
                        partsNow.put(s.username, parts);
                    }
                }
                windowByPosition.computeIfAbsent(s.position, p -> new HashMap<>()).put(s.username, sum);
            }
            List<Assessment> out = new ArrayList<>();
            for (var position : new TreeMap<>(windowByPosition).entrySet()) {
                List<Scoring.Ranked> ranked = Scoring.rank(position.getValue(), scheme);
                for (Scoring.Ranked r : ranked) {
                    StaffEntity s = staff.stream().filter(x -> x.username.equals(r.username())).findFirst().orElseThrow();
                    Map<String, Double> parts = partsNow.get(r.username());
                    out.add(new Assessment(s.username, s.name, s.position, month.toString(), Scoring.total(parts), parts, r.score(), r.rank(), ranked.size(),
                            r.band()));
                }
            }
            return out;
        });
    }

    /**
     * Every staff member's score in each of {@code months}, as {@link #assessments} counts it, for the group's roll-ups: one
     * query for the staff and one for all their manual items, not a query per person.
     */
    public Map<YearMonth, Map<String, Double>> scores(String tenant, List<YearMonth> months) {
        Map<YearMonth, Map<String, TicketQueries.HandlerStats>> ticketStats = ticketStats(tenant, months);
        return store.in(tenant, em -> {
            AssessmentScheme scheme = scheme(em);
            List<String> staff = em.createQuery("select s.username from StaffEntity s", String.class).getResultList();
            Map<String, Integer> manual = new HashMap<>();
            em.createQuery("select i.username, i.month, sum(i.points) from AssessmentItemEntity i where i.month in :m group by i.username, i.month",
                    Object[].class).setParameter("m", months.stream().map(YearMonth::toString).toList()).getResultList()
                    .forEach(r -> manual.put(r[0] + "/" + r[1], ((Number) r[2]).intValue()));
            Map<YearMonth, Map<String, Double>> scores = new HashMap<>();
            for (YearMonth m : months) {
                Map<String, Double> byUser = new HashMap<>();
                for (String u : staff) {
                    TicketQueries.HandlerStats t = ticketStats.getOrDefault(m, Map.of()).get(u);
                    byUser.put(u, Scoring.total(Scoring.parts(scheme, t == null ? null : t.resolved(), t == null ? null : t.resolvedOnTime(),
                            t == null ? null : t.meanSatisfaction(), manual.getOrDefault(u + "/" + m, 0))));
                }
                scores.put(m, byUser);
            }
            return scores;
        });
    }

    /** Ticketing's figures per handler for each month; none when the branch does not run ticketing. */
    private Map<YearMonth, Map<String, TicketQueries.HandlerStats>> ticketStats(String tenant, List<YearMonth> months) {
        Map<YearMonth, Map<String, TicketQueries.HandlerStats>> ticketStats = new HashMap<>();
        TicketQueries tickets = linked.tickets(tenant);
        if (tickets != null) {
            for (YearMonth m : months) {
                Map<String, TicketQueries.HandlerStats> byUser = new HashMap<>();
                tickets.handlerStats(tenant, m).forEach(s -> byUser.put(s.username(), s));
                ticketStats.put(m, byUser);
            }
        }
        return ticketStats;
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("month", Text.of("格式为 YYYY-MM", "format YYYY-MM"))));
        }
    }
}

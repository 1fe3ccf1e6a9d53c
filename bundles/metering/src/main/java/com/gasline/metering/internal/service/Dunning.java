package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.metering.api.rest.Arrears;
import com.gasline.metering.api.rest.ArrearsReport;
import com.gasline.metering.api.rest.DunningStep;
import com.gasline.metering.internal.rules.DunningLadder;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.DunningEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** 欠费 and 催缴: the accounts behind on their bills, and the dunning steps taken with each, in order; reminders reach the customer. */
@Component(service = Dunning.class)
public class Dunning {

    /** The steps the customer is told about (a home visit and legal action reach them otherwise). */
    private static final Map<String, String> TOLD = Map.of("REMINDER", "催缴提醒", "DEMAND_LETTER", "催缴函");

    private final MeteringStore store;
    private final AccountDirectory accounts;
    private final Notifications notifications;

    @Activate
    public Dunning(@Reference MeteringStore store, @Reference AccountDirectory accounts, @Reference Notifications notifications) {
        this.store = store;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    /** 欠费: accounts with bills past due on {@code asOf} (today when not given), aged by their oldest overdue bill. */
    public ArrearsReport arrears(String tenant, String asOf) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? store.today(tenant) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("asOf", Text.of("日期格式为 YYYY-MM-DD", "format YYYY-MM-DD"))));
        }
        return store.in(tenant, em -> {
            List<BillEntity> overdue = em.createQuery("select b from BillEntity b where b.status = 'OPEN' and b.dueOn < :d order by b.accountNo, b.dueOn",
                    BillEntity.class).setParameter("d", day).getResultList();
            Map<String, List<BillEntity>> byAccount = new LinkedHashMap<>();
            overdue.forEach(b -> byAccount.computeIfAbsent(b.accountNo, a -> new ArrayList<>()).add(b));
            Map<String, Long> owed = new LinkedHashMap<>(Map.of("0-30", 0L, "31-90", 0L, "90+", 0L));
            Map<String, Integer> count = new LinkedHashMap<>(Map.of("0-30", 0, "31-90", 0, "90+", 0));
            List<Arrears> list = new ArrayList<>();
            for (var e : byAccount.entrySet()) {
                long due = e.getValue().stream().mapToLong(b -> b.amountFen - b.paidFen).sum();
                LocalDate oldest = e.getValue().get(0).dueOn;
                int days = (int) ChronoUnit.DAYS.between(oldest, day);
                String bucket = days <= 30 ? "0-30" : days <= 90 ? "31-90" : "90+";
                owed.merge(bucket, due, Long::sum);
                count.merge(bucket, 1, Integer::sum);
                MeteredAccountEntity a = em.find(MeteredAccountEntity.class, e.getKey());
                List<String> steps = steps(em, e.getKey());
                list.add(new Arrears(e.getKey(), a == null ? null : a.holderName, a == null ? null : a.address, due, e.getValue().size(),
                        oldest, days, bucket, dunOn(em, e.getKey(), day), steps.isEmpty() ? null : steps.get(steps.size() - 1)));
            }
            return new ArrearsReport(day, owed, count, list);
        });
    }

    /** Records the next 催缴 step, checked against the debt today and the steps already taken. */
    public DunningStep dun(String tenant, String actor, String accountNo, DunningStep step) {
        Validation.requireBody(step);
        new Validation().required("step", step.step()).maxLength("note", step.note(), 500).throwIfInvalid();
        LocalDate today = store.today(tenant);
        DunningStep done = store.in(tenant, em -> {
            List<BillEntity> overdue = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.status = 'OPEN' and b.dueOn < :d"
                    + " order by b.dueOn", BillEntity.class).setParameter("a", accountNo).setParameter("d", today).getResultList();
            long owed = overdue.stream().mapToLong(b -> b.amountFen - b.paidFen).sum();
            int days = overdue.isEmpty() ? 0 : (int) ChronoUnit.DAYS.between(overdue.get(0).dueOn, today);
            DunningLadder.check(steps(em, accountNo), step.step(), owed, days);
            DunningEntity e = new DunningEntity();
            e.id = UUID.randomUUID().toString();
            e.accountNo = accountNo;
            e.step = step.step();
            e.note = step.note();
            e.owedFen = owed;
            e.daysOverdue = days;
            e.byUser = actor;
            e.at = store.now(tenant);
            em.persist(e);
            return view(e);
        });
        tell(tenant, accountNo, done, today);
        return done;
    }

    /** A reminder or demand letter is also sent to the customer as a 催缴 notice, logged under dunning:<step id>. */
    private void tell(String tenant, String accountNo, DunningStep step, LocalDate today) {
        String what = TOLD.get(step.step());
        Optional<AccountSummary> account = what == null ? Optional.empty() : accounts.find(tenant, accountNo);
        account.ifPresent(a -> notifications.send(tenant, new NoticeRequest(NoticeKinds.DUNNING,
                new NoticeRequest.Recipient(a.customerId(), accountNo, a.customerName()), Map.of(),
                Map.of("asOf", today.toString(), "amount", String.format(Locale.ROOT, "%d.%02d", step.owedFen() / 100, step.owedFen() % 100),
                        "daysOverdue", String.valueOf(step.daysOverdue()), "step", what), false, "dunning:" + step.id())));
    }

    public Page<DunningStep> dunning(String tenant, String accountNo, PageRequest page) {
        return store.in(tenant, em -> page.read(
                em.createQuery("select count(d) from DunningEntity d where d.accountNo = :a", Long.class).setParameter("a", accountNo),
                em.createQuery("select d from DunningEntity d where d.accountNo = :a order by d.at, d.id", DunningEntity.class)
                        .setParameter("a", accountNo), Dunning::view));
    }

    public DunningStep step(String tenant, String accountNo, String id) {
        return store.in(tenant, em -> {
            DunningEntity d = id == null ? null : em.find(DunningEntity.class, id);
            if (d == null || !d.accountNo.equals(accountNo)) {
                throw Problems.notFound(Text.of("没有这条催缴记录", "No such dunning step"));
            }
            return view(d);
        });
    }

    private static List<String> steps(EntityManager em, String accountNo) {
        return em.createQuery("select d.step from DunningEntity d where d.accountNo = :a order by d.at", String.class).setParameter("a", accountNo)
                .getResultList();
    }

    private static DunningStep view(DunningEntity e) {
        return new DunningStep(e.id, e.step, e.note, e.owedFen, e.daysOverdue, e.byUser, e.at);
    }

    /** 催缴 at the next reading: the next reading day of the account's book after {@code asOf}. */
    private static LocalDate dunOn(EntityManager em, String accountNo, LocalDate asOf) {
        List<String> routes = em.createQuery("select m.routeId from MeterEntity m where m.accountNo = :a and m.status = 'ACTIVE' and m.routeId is not null",
                String.class).setParameter("a", accountNo).setMaxResults(1).getResultList();
        if (routes.isEmpty()) {
            return null;
        }
        RouteEntity route = em.find(RouteEntity.class, routes.get(0));
        LocalDate day = asOf.withDayOfMonth(route.readingDay);
        return day.isAfter(asOf) ? day : day.plusMonths(1);
    }
}

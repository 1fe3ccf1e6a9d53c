package com.gasline.cylinders.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.rest.StockCount;
import com.gasline.cylinders.internal.rules.Issuing;
import com.gasline.cylinders.internal.rules.StockMoves;
import com.gasline.cylinders.internal.store.CylinderStore;
import com.gasline.cylinders.internal.store.StockCountEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** 盘点: what a point counted by spec and status against the book; one count per point and day, differences kept. */
@Component(service = StockCounts.class)
public class StockCounts {

    private final CylinderStore store;

    @Activate
    public StockCounts(@Reference CylinderStore store) {
        this.store = store;
    }

    public StockCount count(String tenant, Caller caller, String point, StockCount count) {
        new Validation().check(count != null && count.lines() != null && !count.lines().isEmpty(), "lines", "缺少盘点明细",
                "the counted lines are required").throwIfInvalid();
        LocalDate today = store.today(tenant);
        Validation v = new Validation().check(count.countedOn() == null || !count.countedOn().isAfter(today), "countedOn", "不能是将来的日期",
                "must not be in the future");
        for (int i = 0; i < count.lines().size(); i++) {
            StockCount.Line l = count.lines().get(i);
            v.check(l != null && l.spec() != null && Cylinders.SPEC.matcher(l.spec()).matches(), "lines[" + i + "].spec", "如 YSP-15", "e.g. YSP-15")
                    .check(l != null && Validation.oneOf(l.status(), Set.of(Issuing.FULL, Issuing.EMPTY, Issuing.REJECTED, Issuing.AWAITING_INSPECTION)),
                            "lines[" + i + "].status", "只能是 FULL、EMPTY、REJECTED 或 AWAITING_INSPECTION", "must be FULL, EMPTY, REJECTED or AWAITING_INSPECTION")
                    .check(l != null && l.counted() != null && l.counted() >= 0, "lines[" + i + "].counted", "不能为负数", "must not be negative");
        }
        v.throwIfInvalid();
        LocalDate day = count.countedOn() == null ? today : count.countedOn();
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.PESSIMISTIC_WRITE);
            boolean done = !em.createQuery("select c from StockCountEntity c where c.point = :p and c.day = :d", StockCountEntity.class)
                    .setParameter("p", point).setParameter("d", day).setMaxResults(1).getResultList().isEmpty();
            if (done) {
                throw Problems.conflict(Text.of("该日已盘点，记录不可修改", "That day is counted already; the count is never changed"));
            }
            List<StockCountEntity> rows = new ArrayList<>();
            for (StockCount.Line l : StockMoves.count(Points.stock(em, point), count.lines())) {
                StockCountEntity e = new StockCountEntity();
                e.id = point + "/" + day + "/" + l.spec() + "/" + l.status();
                e.point = point;
                e.day = day;
                e.spec = l.spec();
                e.status = l.status();
                e.counted = l.counted();
                e.book = l.book();
                e.countedBy = caller.username();
                e.at = now;
                em.persist(e);
                rows.add(e);
            }
            return view(rows);
        });
    }

    /** The point's counts, newest first: a page of counted days, each with its rows. */
    public Page<StockCount> counts(String tenant, Caller caller, String point, PageRequest page) {
        return store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.NONE);
            Page<LocalDate> days = page.read(
                    em.createQuery("select count(distinct c.day) from StockCountEntity c where c.point = :p", Long.class).setParameter("p", point),
                    em.createQuery("select distinct c.day from StockCountEntity c where c.point = :p order by c.day desc", LocalDate.class)
                            .setParameter("p", point), d -> d);
            return new Page<>(days.items().stream().map(d -> counted(em, point, d)).toList(), days.page(), days.size(), days.total());
        });
    }

    public StockCount count(String tenant, Caller caller, String point, LocalDate day) {
        return store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.NONE);
            StockCount c = counted(em, point, day);
            if (c == null) {
                throw Problems.notFound(Text.of("该日没有盘点记录", "No stock count on that day"));
            }
            return c;
        });
    }

    private static StockCount counted(EntityManager em, String point, LocalDate day) {
        List<StockCountEntity> rows = em.createQuery("select c from StockCountEntity c where c.point = :p and c.day = :d order by c.spec, c.status",
                StockCountEntity.class).setParameter("p", point).setParameter("d", day).getResultList();
        return rows.isEmpty() ? null : view(rows);
    }

    private static StockCount view(List<StockCountEntity> rows) {
        StockCountEntity first = rows.get(0);
        return new StockCount(first.point, first.day, rows.stream().map(r -> new StockCount.Line(r.spec, r.status, r.counted, r.book, r.counted - r.book))
                .toList(), first.countedBy);
    }
}

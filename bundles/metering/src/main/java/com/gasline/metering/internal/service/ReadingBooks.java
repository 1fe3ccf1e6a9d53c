package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.NewRoute;
import com.gasline.metering.api.rest.ReadingOrder;
import com.gasline.metering.api.rest.Route;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** 抄表册 (routes in the API): a reader's meters in walking order, and the reading orders due on them. */
@Component(service = ReadingBooks.class)
public class ReadingBooks {

    private final MeteringStore store;

    @Activate
    public ReadingBooks(@Reference MeteringStore store) {
        this.store = store;
    }

    public Route create(String tenant, NewRoute r) {
        Validation.requireBody(r);
        new Validation().required("name", r.name()).maxLength("name", r.name(), 100).required("reader", r.reader())
                .check(r.cycle() == null || r.cycle().equals("MONTHLY") || r.cycle().equals("BIMONTHLY"), "cycle",
                        "只能是 MONTHLY 或 BIMONTHLY", "must be MONTHLY or BIMONTHLY")
                .check(r.readingDay() != null && r.readingDay() >= 1 && r.readingDay() <= 28, "readingDay", "抄表日须在 1 到 28 之间",
                        "must be 1 to 28")
                .check(r.meters() == null || r.meters().size() <= 5000, "meters", "一本册最多 5000 块表", "at most 5000 meters per book")
                .throwIfInvalid();
        String id = store.in(tenant, em -> {
            RouteEntity route = new RouteEntity();
            route.id = UUID.randomUUID().toString();
            route.name = r.name().trim();
            route.reader = r.reader();
            route.cycle = r.cycle() == null ? "MONTHLY" : r.cycle();
            route.readingDay = r.readingDay();
            em.persist(route);
            List<FieldError> missing = new ArrayList<>();
            int seq = 0;
            for (String serial : r.meters() == null ? List.<String>of() : r.meters()) {
                MeterEntity meter = em.find(MeterEntity.class, serial);
                if (meter == null) {
                    missing.add(new FieldError("meters[" + seq + "]", Text.of("没有表 " + serial, "no meter " + serial)));
                } else {
                    meter.routeId = route.id;
                    meter.routeSeq = seq;
                }
                seq++;
            }
            if (!missing.isEmpty()) {
                throw Problems.ruleViolated(Text.of("抄表册中有未登记的表", "The book lists unknown meters"), missing);
            }
            return route.id;
        });
        return route(tenant, id);
    }

    public Route route(String tenant, String id) {
        return store.in(tenant, em -> {
            RouteEntity r = find(em, id);
            List<String> serials = em.createQuery("select m.serial from MeterEntity m where m.routeId = :r and m.status = 'ACTIVE' order by m.routeSeq",
                    String.class).setParameter("r", id).getResultList();
            return new Route(r.id, r.name, r.reader, r.cycle, r.readingDay, serials);
        });
    }

    /** The meters of the book due for reading, in walking order: judged meter by meter, so the whole book is listed for the page cut. */
    public List<ReadingOrder> orders(String tenant, String id) {
        LocalDate today = store.today(tenant);
        return store.in(tenant, em -> {
            RouteEntity r = find(em, id);
            int months = "BIMONTHLY".equals(r.cycle) ? 2 : 1;
            List<ReadingOrder> orders = new ArrayList<>();
            for (MeterEntity m : em.createQuery("select m from MeterEntity m where m.routeId = :r and m.status = 'ACTIVE' order by m.routeSeq",
                    MeterEntity.class).setParameter("r", id).getResultList()) {
                // due on the book's reading day one cycle after the last reading; listed once that day is this month or past
                LocalDate due = m.lastReadOn.plusMonths(months).withDayOfMonth(r.readingDay);
                if (!due.isAfter(today.withDayOfMonth(r.readingDay))) {
                    MeteredAccountEntity a = em.find(MeteredAccountEntity.class, m.accountNo);
                    orders.add(new ReadingOrder(m.routeSeq, m.serial, m.accountNo, a == null ? null : a.address, m.lastReading, m.lastReadOn, due));
                }
            }
            return orders;
        });
    }

    private static RouteEntity find(EntityManager em, String id) {
        RouteEntity r = em.find(RouteEntity.class, id);
        if (r == null) {
            throw Problems.notFound(Text.of("没有这个抄表册", "No such reading book"));
        }
        return r;
    }
}

package com.gasline.cylinders.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.CylinderStock;
import com.gasline.cylinders.api.rest.NewPoint;
import com.gasline.cylinders.api.rest.Point;
import com.gasline.cylinders.api.rest.SafetyCheck;
import com.gasline.cylinders.api.rest.Stock;
import com.gasline.cylinders.internal.rules.StockMoves;
import com.gasline.cylinders.internal.store.CheckEntity;
import com.gasline.cylinders.internal.store.CylinderStore;
import com.gasline.cylinders.internal.store.PointEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Exchange points (调瓶点): who works where, what they hold, and their daily safety check. */
@Component(service = { Points.class, CylinderStock.class })
public class Points implements CylinderStock {

    private final CylinderStore store;

    @Activate
    public Points(@Reference CylinderStore store) {
        this.store = store;
    }

    public Point createPoint(String tenant, NewPoint p) {
        Validation.requireBody(p);
        new Validation().matches("code", p.code(), Cylinders.CODE, "字母、数字或 -，最多 32 位", "letters, digits or -, at most 32")
                .required("name", p.name()).maxLength("name", p.name(), 100).required("address", p.address()).maxLength("address", p.address(), 300)
                .maxLength("hours", p.hours(), 100).requireEach("staff", p.staff()).maxLengthEach("staff", p.staff(), 64)
                .check(p.staff() == null || p.staff().size() <= 50, "staff", "最多 50 名营业员", "at most 50 clerks")
                .check(p.lowStockThreshold() == null || p.lowStockThreshold() >= 0, "lowStockThreshold", "不能为负数", "must not be negative")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            if (em.find(PointEntity.class, p.code()) != null) {
                throw Problems.conflict(Text.of("调瓶点编号已存在", "A point with this code exists"));
            }
            PointEntity e = new PointEntity();
            e.code = p.code();
            e.name = p.name().trim();
            e.address = p.address().trim();
            e.hours = p.hours();
            e.staff = p.staff() == null ? List.of() : p.staff();
            e.lowStockThreshold = p.lowStockThreshold() == null ? 10 : p.lowStockThreshold();
            em.persist(e);
            return view(e);
        });
    }

    /** The points the caller works at; branch admins and shift leads see all. */
    public Page<Point> points(String tenant, Caller caller, PageRequest page) {
        // a clerk's points are filtered on the staff list column, so the page is cut from the branch's few points here
        return page.slice(store.in(tenant, em -> em.createQuery("select p from PointEntity p order by p.code", PointEntity.class).getResultList()
                .stream().filter(p -> everywhere(caller) || p.staff.contains(caller.username())).map(Points::view).toList()));
    }

    public Point point(String tenant, Caller caller, String code) {
        return store.in(tenant, em -> view(point(em, caller, code, LockModeType.NONE)));
    }

    /** Clerks act at the points that list them as staff; branch admins and shift leads everywhere. 404 for an unknown point. */
    static PointEntity point(EntityManager em, Caller caller, String code, LockModeType lock) {
        PointEntity p = code == null ? null : em.find(PointEntity.class, code, lock);
        if (p == null) {
            throw Problems.notFound(Text.of("没有这个调瓶点", "No such exchange point"));
        }
        if (!everywhere(caller) && !p.staff.contains(caller.username())) {
            throw Problems.forbidden(Text.of("您不是该调瓶点的营业员", "You are not a clerk of this point"));
        }
        return p;
    }

    private static boolean everywhere(Caller caller) {
        return caller.hasAnyRole(Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD));
    }

    private static Point view(PointEntity p) {
        return new Point(p.code, p.name, p.address, p.hours, p.staff, p.lowStockThreshold);
    }

    /** The point's stock, with the specs whose full cylinders are below its threshold. */
    public Stock stock(String tenant, Caller caller, String point) {
        return store.in(tenant, em -> {
            PointEntity p = point(em, caller, point, LockModeType.NONE);
            List<StockLine> lines = stock(em, point);
            // every spec the branch keeps, so a spec sold out entirely still shows as low
            List<String> specs = em.createQuery("select distinct c.spec from CylinderEntity c order by c.spec", String.class).getResultList();
            List<String> low = StockMoves.low(specs, lines, p.lowStockThreshold);
            return new Stock(point, lines.stream().map(l -> new Stock.Line(l.spec(), l.status(), l.count())).toList(), low);
        });
    }

    @Override
    public List<StockLine> stock(String tenant, String point) {
        return store.in(tenant, em -> stock(em, point));
    }

    @Override
    public boolean hasPoint(String tenant, String point) {
        return point != null && store.in(tenant, em -> em.find(PointEntity.class, point) != null);
    }

    /** The book: cylinders the registry has at the point now, by spec and status. */
    static List<StockLine> stock(EntityManager em, String point) {
        List<StockLine> lines = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.spec, c.status, count(c) from CylinderEntity c where c.location = 'POINT' and c.locationName = :p"
                + " group by c.spec, c.status order by c.spec, c.status", Object[].class).setParameter("p", point).getResultList()) {
            lines.add(new StockLine((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
        }
        return lines;
    }

    /** The daily safety check (防火防爆防盗), once per point and day. */
    public SafetyCheck check(String tenant, Caller caller, String point, SafetyCheck check) {
        Validation.requireBody(check);
        LocalDate today = store.today(tenant);
        new Validation().required("dry", check.dry()).required("ventilated", check.ventilated()).required("fireSafe", check.fireSafe())
                .required("explosionSafe", check.explosionSafe()).required("theftSafe", check.theftSafe()).maxLength("note", check.note(), 500)
                .check(check.checkedOn() == null || !check.checkedOn().isAfter(today), "checkedOn", "不能是将来的日期", "must not be in the future")
                .throwIfInvalid();
        LocalDate day = check.checkedOn() == null ? today : check.checkedOn();
        return store.in(tenant, em -> {
            point(em, caller, point, LockModeType.NONE);
            String id = point + "/" + day;
            if (em.find(CheckEntity.class, id) != null) {
                throw Problems.conflict(Text.of("该日已做安全检查", "The safety check of that day is recorded"));
            }
            CheckEntity e = new CheckEntity();
            e.id = id;
            e.point = point;
            e.day = day;
            e.dry = check.dry();
            e.ventilated = check.ventilated();
            e.fireSafe = check.fireSafe();
            e.explosionSafe = check.explosionSafe();
            e.theftSafe = check.theftSafe();
            e.note = check.note();
            e.checkedBy = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return view(e);
        });
    }

    public Page<SafetyCheck> checks(String tenant, Caller caller, String point, PageRequest page) {
        return store.in(tenant, em -> {
            point(em, caller, point, LockModeType.NONE);
            return page.read(em.createQuery("select count(c) from CheckEntity c where c.point = :p", Long.class).setParameter("p", point),
                    em.createQuery("select c from CheckEntity c where c.point = :p order by c.day desc", CheckEntity.class).setParameter("p", point),
                    Points::view);
        });
    }

    public SafetyCheck check(String tenant, Caller caller, String point, LocalDate day) {
        return store.in(tenant, em -> {
            point(em, caller, point, LockModeType.NONE);
            CheckEntity c = em.find(CheckEntity.class, point + "/" + day);
            if (c == null) {
                throw Problems.notFound(Text.of("该日没有安全检查记录", "No safety check on that day"));
            }
            return view(c);
        });
    }

    private static SafetyCheck view(CheckEntity c) {
        return new SafetyCheck(c.day, c.dry, c.ventilated, c.fireSafe, c.explosionSafe, c.theftSafe, c.note, c.checkedBy);
    }
}

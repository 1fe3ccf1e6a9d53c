package com.gasline.cylinders.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.Response;

import com.gasline.cylinders.api.rest.Cylinder;
import com.gasline.cylinders.api.rest.CylindersApi;
import com.gasline.cylinders.api.rest.Exchange;
import com.gasline.cylinders.api.rest.Inspected;
import com.gasline.cylinders.api.rest.Movement;
import com.gasline.cylinders.api.rest.NewCylinder;
import com.gasline.cylinders.api.rest.NewExchange;
import com.gasline.cylinders.api.rest.NewPoint;
import com.gasline.cylinders.api.rest.NewRemittance;
import com.gasline.cylinders.api.rest.Note;
import com.gasline.cylinders.api.rest.Point;
import com.gasline.cylinders.api.rest.Remittance;
import com.gasline.cylinders.api.rest.SafetyCheck;
import com.gasline.cylinders.api.rest.Stock;
import com.gasline.cylinders.api.rest.StockCount;
import com.gasline.cylinders.api.rest.Transfer;
import com.gasline.cylinders.internal.point.CylinderStore;
import com.gasline.cylinders.internal.point.Yard;
import com.gasline.cylinders.internal.rules.Issuing;
import com.gasline.cylinders.internal.rules.Reconciliation;
import com.gasline.cylinders.internal.store.CheckEntity;
import com.gasline.cylinders.internal.store.CylinderEntity;
import com.gasline.cylinders.internal.store.ExchangeEntity;
import com.gasline.cylinders.internal.store.MovementEntity;
import com.gasline.cylinders.internal.store.PointEntity;
import com.gasline.cylinders.internal.store.RemittanceEntity;
import com.gasline.cylinders.internal.store.StockCountEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of the exchange points. */
public class CylindersResource implements CylindersApi {

    private final CylinderStore store;
    private final Yard yard;
    private final RequestContext requests;

    public CylindersResource(CylinderStore store, Yard yard, RequestContext requests) {
        this.store = store;
        this.yard = yard;
        this.requests = requests;
    }

    @Override
    public Response createPoint(NewPoint point) {
        PointEntity p = yard.createPoint(requests.tenant(), point);
        return Response.created(URI.create("points/" + p.code)).entity(view(p)).build();
    }

    @Override
    public List<Point> points() {
        Caller caller = requests.requireCaller();
        return store.in(requests.tenant(), em -> em.createQuery("select p from PointEntity p order by p.code", PointEntity.class).getResultList())
                .stream().filter(p -> caller.hasAnyRole(Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD)) || staffOf(p).contains(caller.username()))
                .map(CylindersResource::view).toList();
    }

    @Override
    public Stock stock(String point) {
        Caller caller = requests.requireCaller();
        PointEntity p = store.in(requests.tenant(), em -> em.find(PointEntity.class, point));
        if (p == null) {
            throw Problems.notFound(Text.of("没有这个调瓶点", "No such exchange point"));
        }
        if (!caller.hasAnyRole(Set.of(Roles.BRANCH_ADMIN, Roles.SHIFT_LEAD)) && !staffOf(p).contains(caller.username())) {
            throw Problems.forbidden(Text.of("您不是该调瓶点的营业员", "You are not a clerk of this point"));
        }
        var lines = yard.stock(requests.tenant(), point);
        // every spec the branch keeps, so a spec sold out entirely still shows as low
        List<String> specs = store.in(requests.tenant(), em -> em.createQuery("select distinct c.spec from CylinderEntity c order by c.spec", String.class)
                .getResultList());
        List<String> low = specs.stream().filter(s -> lines.stream().filter(l -> l.spec().equals(s) && Issuing.FULL.equals(l.status()))
                .mapToInt(l -> l.count()).sum() < p.lowStockThreshold).toList();
        return new Stock(point, lines.stream().map(l -> new Stock.Line(l.spec(), l.status(), l.count())).toList(), low);
    }

    @Override
    public Stock deliver(String point, Transfer transfer) {
        Validation.requireBody(transfer);
        yard.deliver(requests.tenant(), requests.requireCaller(), point, transfer.serials(), transfer.note());
        return stock(point);
    }

    @Override
    public Stock dispatch(String point, Transfer transfer) {
        Validation.requireBody(transfer);
        yard.dispatch(requests.tenant(), requests.requireCaller(), point, transfer.serials(), transfer.note());
        return stock(point);
    }

    @Override
    public Response check(String point, SafetyCheck check) {
        CheckEntity c = yard.check(requests.tenant(), requests.requireCaller(), point, check);
        return Response.created(URI.create("points/" + point + "/checks/" + c.day)).entity(view(c)).build();
    }

    @Override
    public List<SafetyCheck> checks(String point) {
        stock(point);
        return store.in(requests.tenant(), em -> em.createQuery("select c from CheckEntity c where c.point = :p order by c.day desc", CheckEntity.class)
                .setParameter("p", point).getResultList()).stream().map(CylindersResource::view).toList();
    }

    @Override
    public Response remit(String point, NewRemittance remittance) {
        RemittanceEntity r = yard.remit(requests.tenant(), requests.requireCaller(), point, remittance);
        return Response.created(URI.create("points/" + point + "/remittances/" + r.day)).entity(view(r)).build();
    }

    @Override
    public List<Remittance> remittances(String point) {
        stock(point);
        return store.in(requests.tenant(), em -> em.createQuery("select r from RemittanceEntity r where r.point = :p order by r.day desc",
                RemittanceEntity.class).setParameter("p", point).getResultList()).stream().map(CylindersResource::view).toList();
    }

    @Override
    public Response count(String point, StockCount count) {
        var rows = yard.count(requests.tenant(), requests.requireCaller(), point, count);
        return Response.status(201).entity(counted(rows)).build();
    }

    @Override
    public List<StockCount> counts(String point) {
        stock(point);
        var rows = store.in(requests.tenant(), em -> em.createQuery("select c from StockCountEntity c where c.point = :p order by c.day desc, c.spec, c.status",
                StockCountEntity.class).setParameter("p", point).getResultList());
        Map<LocalDate, List<StockCountEntity>> byDay = new LinkedHashMap<>();
        rows.forEach(r -> byDay.computeIfAbsent(r.day, d -> new ArrayList<>()).add(r));
        return byDay.values().stream().map(CylindersResource::counted).toList();
    }

    private static StockCount counted(List<StockCountEntity> rows) {
        StockCountEntity first = rows.get(0);
        return new StockCount(first.point, first.day, rows.stream().map(r -> new StockCount.Line(r.spec, r.status, r.counted, r.book, r.counted - r.book))
                .toList(), first.countedBy);
    }

    @Override
    public Response register(NewCylinder cylinder) {
        CylinderEntity c = yard.register(requests.tenant(), requests.requireCaller(), cylinder);
        return Response.created(URI.create("cylinders/" + c.serial)).entity(cylinder(c.serial)).build();
    }

    @Override
    public Cylinder cylinder(String serial) {
        return store.in(requests.tenant(), em -> {
            CylinderEntity c = em.find(CylinderEntity.class, serial);
            if (c == null) {
                throw Problems.notFound(Text.of("没有这个钢瓶", "No such cylinder"));
            }
            List<Movement> moves = em.createQuery("select m from MovementEntity m where m.serial = :s order by m.at, m.id", MovementEntity.class)
                    .setParameter("s", serial).getResultList().stream()
                    .map(m -> new Movement(m.at, m.actor, m.action, m.fromStatus, m.toStatus, m.fromLocation, m.toLocation, m.note)).toList();
            return view(c, moves);
        });
    }

    @Override
    public List<Cylinder> due(Integer days, String point) {
        new Validation().check(days == null || (days >= 0 && days <= 366), "days", "须在 0 到 366 之间", "must be 0 to 366").throwIfInvalid();
        LocalDate until = store.today(requests.tenant()).plusDays(days == null ? 30 : days);
        if (point != null) {
            stock(point);
        }
        return store.in(requests.tenant(), em -> {
            var query = em.createQuery("select c from CylinderEntity c where c.nextInspectionOn <= :until and c.status <> 'SCRAPPED'"
                    + (point == null ? "" : " and c.location = 'POINT' and c.locationName = :p") + " order by c.nextInspectionOn, c.serial",
                    CylinderEntity.class).setParameter("until", until);
            if (point != null) {
                query.setParameter("p", point);
            }
            return query.getResultList();
        }).stream().map(c -> view(c, List.of())).toList();
    }

    @Override
    public Cylinder reject(String serial, Note note) {
        yard.change(requests.tenant(), requests.requireCaller(), serial, "REJECT", reason(note, true), null);
        return cylinder(serial);
    }

    @Override
    public Cylinder sendToInspection(String serial, Note note) {
        yard.change(requests.tenant(), requests.requireCaller(), serial, "SEND_INSPECTION", reason(note, false), null);
        return cylinder(serial);
    }

    @Override
    public Cylinder inspected(String serial, Inspected result) {
        yard.change(requests.tenant(), requests.requireCaller(), serial, "INSPECTED", null, result);
        return cylinder(serial);
    }

    @Override
    public Response exchange(NewExchange exchange) {
        ExchangeEntity e = yard.exchange(requests.tenant(), requests.requireCaller(), exchange);
        return Response.created(URI.create("exchanges/" + e.id)).entity(view(e)).build();
    }

    @Override
    public List<Exchange> exchanges(String point, String date) {
        new Validation().required("point", point).throwIfInvalid();
        stock(point);
        LocalDate day;
        try {
            day = date == null ? store.today(requests.tenant()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("date", Text.of("日期格式为 YYYY-MM-DD", "format YYYY-MM-DD"))));
        }
        return store.in(requests.tenant(), em -> em.createQuery("select e from ExchangeEntity e where e.point = :p and e.day = :d order by e.at",
                ExchangeEntity.class).setParameter("p", point).setParameter("d", day).getResultList()).stream().map(CylindersResource::view).toList();
    }

    private static String reason(Note note, boolean required) {
        String r = note == null ? null : note.reason();
        new Validation().check(!required || (r != null && !r.isBlank()), "reason", "请填写剔除原因", "the reason is required").throwIfInvalid();
        return r;
    }

    private static List<String> staffOf(PointEntity p) {
        return p.staff == null || p.staff.isEmpty() ? List.of() : List.of(p.staff.split(","));
    }

    private static Point view(PointEntity p) {
        return new Point(p.code, p.name, p.address, p.hours, staffOf(p), p.lowStockThreshold);
    }

    private static Cylinder view(CylinderEntity c, List<Movement> moves) {
        return new Cylinder(c.serial, c.spec, c.owner, c.ownerName, c.manufacturedOn, c.lastInspectedOn, c.nextInspectionOn, c.scrapOn, c.status,
                c.location, c.locationName, moves, c.version);
    }

    private static Exchange view(ExchangeEntity e) {
        return new Exchange(e.id, e.point, e.day, e.at, e.clerk, e.customer, e.spec, e.returnedSerial, e.issuedSerial, e.priceFen, e.payment, e.vouchers,
                e.returnedDue, e.advice);
    }

    private static SafetyCheck view(CheckEntity c) {
        return new SafetyCheck(c.day, c.dry, c.ventilated, c.fireSafe, c.explosionSafe, c.theftSafe, c.note, c.checkedBy);
    }

    private static Remittance view(RemittanceEntity r) {
        Reconciliation rec = Yard.reconciliation(r);
        return new Remittance(r.point, r.day, r.cashFen, r.vouchers, r.expectedCashFen, r.expectedVouchers, rec.cashDifferenceFen(),
                rec.voucherDifference(), r.exchanges, r.handedBy, r.at);
    }
}

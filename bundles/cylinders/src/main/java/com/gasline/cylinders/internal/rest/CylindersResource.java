package com.gasline.cylinders.internal.rest;

import javax.ws.rs.core.Response;

import com.gasline.cylinders.api.rest.Cylinder;
import com.gasline.cylinders.api.rest.CylindersApi;
import com.gasline.cylinders.api.rest.Exchange;
import com.gasline.cylinders.api.rest.Inspected;
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
import com.gasline.cylinders.internal.service.Cylinders;
import com.gasline.cylinders.internal.service.Exchanges;
import com.gasline.cylinders.internal.service.Points;
import com.gasline.cylinders.internal.service.Remittances;
import com.gasline.cylinders.internal.service.StockCounts;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of the exchange points; the work is in {@code service}, the rules in {@code rules}. */
public class CylindersResource implements CylindersApi {

    private final Points points;
    private final Cylinders cylinders;
    private final Exchanges exchanges;
    private final Remittances remittances;
    private final StockCounts counts;
    private final RequestContext requests;

    public CylindersResource(Points points, Cylinders cylinders, Exchanges exchanges, Remittances remittances, StockCounts counts,
            RequestContext requests) {
        this.points = points;
        this.cylinders = cylinders;
        this.exchanges = exchanges;
        this.remittances = remittances;
        this.counts = counts;
        this.requests = requests;
    }

    @Override
    public Response createPoint(NewPoint point) {
        Point p = points.createPoint(requests.tenant(), point);
        return Response.created(requests.location("points", p.code())).entity(p).build();
    }

    @Override
    public Page<Point> points(Integer page, Integer size) {
        return points.points(requests.tenant(), requests.requireCaller(), PageRequest.of(page, size));
    }

    @Override
    public Point point(String code) {
        return points.point(requests.tenant(), requests.requireCaller(), code);
    }

    @Override
    public Stock stock(String point) {
        return points.stock(requests.tenant(), requests.requireCaller(), point);
    }

    @Override
    public Stock deliver(String point, Transfer transfer) {
        cylinders.deliver(requests.tenant(), requests.requireCaller(), point, transfer);
        return stock(point);
    }

    @Override
    public Stock dispatch(String point, Transfer transfer) {
        cylinders.dispatch(requests.tenant(), requests.requireCaller(), point, transfer);
        return stock(point);
    }

    @Override
    public Response check(String point, SafetyCheck check) {
        SafetyCheck c = points.check(requests.tenant(), requests.requireCaller(), point, check);
        return Response.created(requests.location("points", point, "checks", c.checkedOn().toString())).entity(c).build();
    }

    @Override
    public Page<SafetyCheck> checks(String point, Integer page, Integer size) {
        return points.checks(requests.tenant(), requests.requireCaller(), point, PageRequest.of(page, size));
    }

    @Override
    public SafetyCheck checkOn(String point, String date) {
        return points.check(requests.tenant(), requests.requireCaller(), point, Validation.date(date, "date"));
    }

    @Override
    public Response remit(String point, NewRemittance remittance) {
        Remittance r = remittances.remit(requests.tenant(), requests.requireCaller(), point, remittance);
        return Response.created(requests.location("points", point, "remittances", r.dayOn().toString())).entity(r).build();
    }

    @Override
    public Page<Remittance> remittances(String point, Integer page, Integer size) {
        return remittances.remittances(requests.tenant(), requests.requireCaller(), point, PageRequest.of(page, size));
    }

    @Override
    public Remittance remittanceOn(String point, String date) {
        return remittances.remittance(requests.tenant(), requests.requireCaller(), point, Validation.date(date, "date"));
    }

    @Override
    public Response count(String point, StockCount count) {
        StockCount c = counts.count(requests.tenant(), requests.requireCaller(), point, count);
        return Response.created(requests.location("points", point, "stock-counts", c.countedOn().toString())).entity(c).build();
    }

    @Override
    public Page<StockCount> counts(String point, Integer page, Integer size) {
        return counts.counts(requests.tenant(), requests.requireCaller(), point, PageRequest.of(page, size));
    }

    @Override
    public StockCount countOn(String point, String date) {
        return counts.count(requests.tenant(), requests.requireCaller(), point, Validation.date(date, "date"));
    }

    @Override
    public Response register(NewCylinder cylinder) {
        Cylinder c = cylinders.register(requests.tenant(), requests.requireCaller(), cylinder);
        return Response.created(requests.location("cylinders", c.serial())).entity(c).build();
    }

    @Override
    public Cylinder cylinder(String serial) {
        return cylinders.cylinder(requests.tenant(), serial);
    }

    @Override
    public Page<Cylinder> due(Integer days, String point, Integer page, Integer size) {
        return cylinders.due(requests.tenant(), requests.requireCaller(), days, point, PageRequest.of(page, size));
    }

    @Override
    public Cylinder reject(String serial, Note note) {
        return cylinders.reject(requests.tenant(), requests.requireCaller(), serial, note);
    }

    @Override
    public Cylinder sendToInspection(String serial, Note note) {
        return cylinders.sendToInspection(requests.tenant(), requests.requireCaller(), serial, note);
    }

    @Override
    public Cylinder inspected(String serial, Inspected result) {
        return cylinders.inspected(requests.tenant(), requests.requireCaller(), serial, result);
    }

    @Override
    public Response exchange(NewExchange exchange) {
        Exchange e = exchanges.exchange(requests.tenant(), requests.requireCaller(), exchange);
        return Response.created(requests.location("exchanges", e.id())).entity(e).build();
    }

    @Override
    public Page<Exchange> exchanges(String point, String date, Integer page, Integer size) {
        return exchanges.exchanges(requests.tenant(), requests.requireCaller(), point, date, PageRequest.of(page, size));
    }

    @Override
    public Exchange exchangeById(String id) {
        return exchanges.exchange(requests.tenant(), requests.requireCaller(), id);
    }
}

package com.gasline.client;

import com.gasline.cylinders.api.rest.Cylinder;
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

/** 调瓶点 of one branch: exchange points and their stock, cylinders, exchanges, daily checks and remittances. */
public final class CylindersClient {

    private final Transport http;
    private final String base;

    CylindersClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    public Point createPoint(NewPoint point) {
        return http.send("POST", base + "/points", point, Point.class);
    }

    public Page<Point> points(int page, int size) {
        return http.page(base + "/points", Query.page(page, size), Point.class);
    }

    /** Counts by spec and status, and the specs below the low-stock threshold. */
    public Stock stock(String point) {
        return http.get(pointPath(point) + "/stock", Stock.class);
    }

    /** Full cylinders arriving at the point. */
    public Stock deliver(String point, Transfer delivery) {
        return http.send("POST", pointPath(point) + "/deliveries", delivery, Stock.class);
    }

    /** Empty cylinders leaving for the filling station. */
    public Stock dispatch(String point, Transfer dispatch) {
        return http.send("POST", pointPath(point) + "/dispatches", dispatch, Stock.class);
    }

    /** The daily safety check (防火防爆防盗), once a day. */
    public SafetyCheck check(String point, SafetyCheck check) {
        return http.send("POST", pointPath(point) + "/checks", check, SafetyCheck.class);
    }

    /** 解缴: the day's cash and vouchers, reconciled against that day's exchanges. */
    public Remittance remit(String point, NewRemittance remittance) {
        return http.send("POST", pointPath(point) + "/remittances", remittance, Remittance.class);
    }

    /** The month-end stock count; the difference to the book is kept. */
    public StockCount count(String point, StockCount count) {
        return http.send("POST", pointPath(point) + "/stock-counts", count, StockCount.class);
    }

    /** Registers a cylinder by its steel stamp at a point. */
    public Cylinder register(NewCylinder cylinder) {
        return http.send("POST", base + "/cylinders", cylinder, Cylinder.class);
    }

    /** A cylinder with where it is and its movements. */
    public Cylinder cylinder(String serial) {
        return http.get(cylinderPath(serial), Cylinder.class);
    }

    /** Cylinders due for inspection within {@code days}, at one point or (null) all. */
    public Page<Cylinder> due(int days, String point, int page, int size) {
        return http.page(base + "/cylinders/due", Query.of("days", days, "point", point).paged(page, size), Cylinder.class);
    }

    /** 不合格剔除: never issued again. */
    public Cylinder reject(String serial, Note note) {
        return http.send("POST", cylinderPath(serial) + "/reject", note, Cylinder.class);
    }

    public Cylinder sendToInspection(String serial, Note note) {
        return http.send("POST", cylinderPath(serial) + "/send-inspection", note, Cylinder.class);
    }

    public Cylinder inspected(String serial, Inspected result) {
        return http.send("POST", cylinderPath(serial) + "/inspected", result, Cylinder.class);
    }

    /** 调换: 422 when the cylinder to issue is due for inspection, rejected, or the point has none full of the spec. */
    public Exchange exchange(NewExchange exchange) {
        return http.send("POST", base + "/exchanges", exchange, Exchange.class);
    }

    /** Exchanges of a point on a day ({@code YYYY-MM-DD}); either may be null. */
    public Page<Exchange> exchanges(String point, String date, int page, int size) {
        return http.page(base + "/exchanges", Query.of("point", point, "date", date).paged(page, size), Exchange.class);
    }

    private String pointPath(String point) {
        return base + "/points/" + Query.segment(point);
    }

    private String cylinderPath(String serial) {
        return base + "/cylinders/" + Query.segment(serial);
    }
}

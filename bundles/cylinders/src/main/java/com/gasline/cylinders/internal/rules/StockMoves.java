package com.gasline.cylinders.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.gasline.cylinders.api.CylinderStock.StockLine;
import com.gasline.cylinders.api.rest.StockCount;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Stock movements at an exchange point: what each move asks of a cylinder and where it leaves it —
 * an exchange (the full one to the customer, the empty one back), a delivery of fulls, a dispatch of
 * empties to the filling station — and a count (盘点) against the book.
 */
public final class StockMoves {

    public static final String POINT = "POINT";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String STATION = "STATION";
    public static final String FILLING_STATION = "充装站";

    /** Where a cylinder is and in which status. */
    public record Place(String status, String location, String locationName) {
    }

    private StockMoves() {
    }

    /** 调换, the full one out: it goes to the customer. */
    public static Place issued(String customer) {
        return new Place(Issuing.WITH_CUSTOMER, CUSTOMER, customer);
    }

    /** 调换, the empty one back: only a cylinder of the exchanged spec that is with a customer can be taken back. */
    public static boolean mayTakeBack(String status, String spec, String exchangedSpec) {
        return spec.equals(exchangedSpec) && Issuing.WITH_CUSTOMER.equals(status);
    }

    /** The empty one back at the point: waiting for inspection when it is due, otherwise empty. */
    public static Place takenBack(boolean dueForInspection, String point) {
        return new Place(dueForInspection ? Issuing.AWAITING_INSPECTION : Issuing.EMPTY, POINT, point);
    }

    /**
     * A delivery: an empty cylinder of this point or of the filling station comes to the point filled; 409 for any
     * other status, 422 for an empty that is at another point (its stock would drop without a dispatch).
     */
    public static Place delivered(String serial, String status, String location, String locationName, String point) {
        requireStatus(serial, status, Issuing.EMPTY);
        boolean here = POINT.equals(location) && point.equals(locationName);
        if (!here && !STATION.equals(location)) {
            throw Problems.ruleViolated(Text.of("钢瓶 " + serial + " 在其他站点，须先调回充装站",
                    "Cylinder " + serial + " is at another point; dispatch it to the filling station first"));
        }
        return new Place(Issuing.FULL, POINT, point);
    }

    /** A dispatch: an empty of this point goes back to the filling station; 409 for another status, 422 when it is elsewhere. */
    public static Place dispatched(String serial, String status, String location, String locationName, String point) {
        requireStatus(serial, status, Issuing.EMPTY);
        if (!POINT.equals(location) || !point.equals(locationName)) {
            throw Problems.ruleViolated(Text.of("钢瓶 " + serial + " 不在本点", "Cylinder " + serial + " is not at this point"));
        }
        return new Place(Issuing.EMPTY, STATION, FILLING_STATION);
    }

    /** 409 naming the cylinder when its status is none of {@code allowed}. */
    public static void requireStatus(String serial, String status, String... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw Problems.conflict(Text.of("钢瓶 " + serial + " 状态为 " + status + "，不能办理", "Cylinder " + serial + " is " + status));
        }
    }

    /**
     * A count against the book: one line per spec and status that either has, ordered by spec then status;
     * lines counted twice add up, what was not counted is 0, and the difference is counted minus book.
     */
    public static List<StockCount.Line> count(List<StockLine> book, List<StockCount.Line> counted) {
        Map<String, Integer> booked = new HashMap<>();
        book.forEach(l -> booked.put(key(l.spec(), l.status()), l.count()));
        Map<String, Integer> found = new HashMap<>();
        counted.forEach(l -> found.merge(key(l.spec(), l.status()), l.counted(), Integer::sum));
        Set<String> keys = new TreeSet<>(booked.keySet());
        keys.addAll(found.keySet());
        List<StockCount.Line> lines = new ArrayList<>();
        for (String key : keys) {
            int c = found.getOrDefault(key, 0);
            int b = booked.getOrDefault(key, 0);
            lines.add(new StockCount.Line(key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1), c, b, c - b));
        }
        return lines;
    }

    /** The specs whose full cylinders at the point are fewer than its threshold, a spec with none at all included. */
    public static List<String> low(List<String> specs, List<StockLine> stock, int threshold) {
        return specs.stream().filter(s -> stock.stream().filter(l -> l.spec().equals(s) && Issuing.FULL.equals(l.status()))
                .mapToInt(StockLine::count).sum() < threshold).toList();
    }

    private static String key(String spec, String status) {
        return spec + "/" + status;
    }
}

package com.gasline.cylinders.api;

import java.util.List;

/** Stock of exchange points for other modules (duties: the handover counts the cylinders). */
public interface CylinderStock {

    /** Cylinders at the point now, by spec and status; empty when the point does not exist. */
    List<StockLine> stock(String tenant, String point);

    /** Whether the branch has the exchange point {@code point}. */
    boolean hasPoint(String tenant, String point);

    record StockLine(String spec, String status, int count) {
    }
}

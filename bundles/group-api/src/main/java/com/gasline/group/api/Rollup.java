package com.gasline.group.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures a module contributes to the group's roll-ups, registered as an OSGi service by the module: counts and rates
 * of one branch for a period, never a customer record. The group asks only branches that enabled {@link #module()}.
 */
public interface Rollup {

    /** Id of the module whose data this is. */
    String module();

    /** The measures, in the order a report shows them. */
    List<Measure> measures();

    /** One branch's figures for the days {@code from}–{@code to} (inclusive, in the branch's zone), by measure id; null when there is nothing to measure. */
    Map<String, Double> figures(String tenant, LocalDate from, LocalDate to);

    /** A measure: id, its names, and whether a higher figure ranks a branch better. */
    record Measure(String id, String zh, String en, boolean higherIsBetter) {
    }
}

package com.gasline.ticketing.internal.rules;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per ticket type, how many tickets kept every clock and how many let one run over: the group's roll-up by type. */
public final class TypeTimeliness {

    private TypeTimeliness() {
    }

    /** One clock of a ticket: its deadline and when it was met (null: not yet). */
    public record Clock(String type, String ticketNo, OffsetDateTime dueAt, OffsetDateTime metAt) {
    }

    public record Counts(int onTime, int overdue) {
    }

    /**
     * A ticket is overdue when one of its clocks was met after its deadline or is still open past it at {@code now}; on time
     * when every clock was met by its deadline. A ticket with a clock still running inside its deadline is neither yet.
     */
    public static Map<String, Counts> of(List<Clock> clocks, OffsetDateTime now) {
        Map<String, String> typeOf = new HashMap<>();
        Set<String> late = new HashSet<>();
        Set<String> running = new HashSet<>();
        for (Clock c : clocks) {
            typeOf.put(c.ticketNo(), c.type());
            if (c.metAt() == null ? c.dueAt().isBefore(now) : c.metAt().isAfter(c.dueAt())) {
                late.add(c.ticketNo());
            } else if (c.metAt() == null) {
                running.add(c.ticketNo());
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        typeOf.forEach((ticket, type) -> {
            int[] n = counts.computeIfAbsent(type, t -> new int[2]);
            if (late.contains(ticket)) {
                n[1]++;
            } else if (!running.contains(ticket)) {
                n[0]++;
            }
        });
        Map<String, Counts> byType = new HashMap<>();
        counts.forEach((type, n) -> byType.put(type, new Counts(n[0], n[1])));
        return byType;
    }
}

package com.gasline.inspections.internal.rules;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * 到访不遇: nobody was at home, so the next try must come at another time — another part of the day, or a weekend
 * instead of a weekday — than every try that found nobody; after the branch's last allowed try the household is
 * UNREACHABLE and gets a written notice instead.
 */
public final class Revisit {

    /** Morning before 12:00, afternoon before 18:00, evening after. */
    public enum Part {
        MORNING, AFTERNOON, EVENING
    }

    /** When a visit happens, as far as finding people at home goes. */
    public record Slot(boolean weekend, Part part) {
    }

    private Revisit() {
    }

    /** The slot of a time, in the branch's zone. */
    public static Slot slot(ZonedDateTime at) {
        DayOfWeek day = at.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        int hour = at.getHour();
        Part part = hour < 12 ? Part.MORNING : hour < 18 ? Part.AFTERNOON : Part.EVENING;
        return new Slot(weekend, part);
    }

    /** Whether a re-visit at {@code next} tries a slot none of the missed visits tried. */
    public static boolean triesAnotherTime(ZonedDateTime next, List<ZonedDateTime> missed) {
        Slot slot = slot(next);
        return missed.stream().map(Revisit::slot).noneMatch(slot::equals);
    }

    /** Whether the household is unreachable after {@code missedVisits} tries that found nobody. */
    public static boolean unreachable(int missedVisits, int allowedAttempts) {
        return missedVisits >= allowedAttempts;
    }
}

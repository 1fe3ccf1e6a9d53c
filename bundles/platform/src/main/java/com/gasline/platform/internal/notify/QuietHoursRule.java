package com.gasline.platform.internal.notify;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import com.gasline.platform.api.notify.QuietHours;

/**
 * When a notice may go out: at once outside the quiet window or for an emergency, else at the window's end
 * (the same morning, or the next one when the window spans midnight and it is still evening). Local branch time,
 * so a DST shift moves with the wall clock.
 */
public record QuietHoursRule(LocalTime from, LocalTime to) {

    public static QuietHoursRule of(QuietHours q) {
        return new QuietHoursRule(LocalTime.parse(q.from()), LocalTime.parse(q.to()));
    }

    /** True for {@code HH:mm} from 00:00 to 23:59. */
    public static boolean valid(String hhmm) {
        if (hhmm == null || !hhmm.matches("\\d{2}:\\d{2}")) {
            return false;
        }
        try {
            LocalTime.parse(hhmm);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public boolean quiet(LocalTime t) {
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    /** {@code now} itself when the notice may go now, else the end of the quiet window. */
    public ZonedDateTime sendAt(ZonedDateTime now, boolean emergency) {
        if (emergency || !quiet(now.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = now.with(to).withSecond(0).withNano(0);
        return end.isAfter(now) ? end : end.plusDays(1).with(to);
    }
}

package com.gasline.duties.internal.rules;

import java.time.LocalTime;

/** How many rounds of a periodic check fall in a shift: one at the start and every interval after, within the shift. */
public final class CheckRounds {

    private CheckRounds() {
    }

    public static int due(LocalTime start, LocalTime end, int intervalMinutes) {
        int s = start.getHour() * 60 + start.getMinute();
        int e = end.getHour() * 60 + end.getMinute();
        int length = e > s ? e - s : e + 24 * 60 - s;
        // rounds at start, start + interval, … while still before the end: the last partial interval has its round too
        return (length + intervalMinutes - 1) / intervalMinutes;
    }
}

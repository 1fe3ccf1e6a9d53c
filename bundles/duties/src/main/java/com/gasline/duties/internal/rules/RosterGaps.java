package com.gasline.duties.internal.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gasline.duties.api.rest.Gap;

/**
 * Finds the hours a roster leaves uncovered: for every day and hour a seat rule asks for, counts the
 * rostered people of the position whose shift covers that hour (a night shift covers the early hours
 * of the next day).
 */
public final class RosterGaps {

    /** A seat rule in whole hours: [fromHour, toHour) with toHour 24 for midnight. */
    public record Seats(String position, int fromHour, int toHour, int min) {
    }

    /**
     * A shift in whole minutes of the day; {@code end <= start} runs past midnight. {@code season}: ALL,
     * SUMMER (1 May – 30 September, the longer counter hours) or WINTER (the rest of the year).
     */
    public record ShiftSpan(String code, LocalTime start, LocalTime end, String season) {

        /** Whether the shift is worked on {@code day} at all. */
        boolean inSeason(LocalDate day) {
            boolean summer = day.getMonthValue() >= 5 && day.getMonthValue() <= 9;
            return season == null || "ALL".equals(season) || ("SUMMER".equals(season) == summer);
        }

        /** Whether the hour starting at {@code hour} on the shift's own day (offset 0) or the next (offset 1) is worked. */
        boolean covers(int hour, int dayOffset) {
            int s = start.getHour() * 60 + start.getMinute();
            int e = end.getHour() * 60 + end.getMinute();
            boolean overnight = e <= s;
            int h = hour * 60;
            if (dayOffset == 0) {
                return overnight ? h >= s : h >= s && h + 60 <= e;
            }
            return overnight && h + 60 <= e;
        }
    }

    /** A rostered person: on which day, which shift, which position they hold. */
    public record Duty(LocalDate day, String shift, String position) {
    }

    private RosterGaps() {
    }

    public static List<Gap> find(List<Seats> rules, Map<String, ShiftSpan> shifts, List<Duty> duties, LocalDate from, LocalDate to) {
        // by day, so that a year of rosters (the group's roll-ups) costs a year, not a year squared
        Map<LocalDate, List<Duty>> byDay = new HashMap<>();
        duties.forEach(d -> byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(d));
        List<Gap> gaps = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<Duty> near = new ArrayList<>(byDay.getOrDefault(day, List.of()));
            near.addAll(byDay.getOrDefault(day.minusDays(1), List.of()));
            for (Seats rule : rules) {
                for (int hour = rule.fromHour(); hour < rule.toHour(); hour++) {
                    int rostered = 0;
                    for (Duty d : near) {
                        ShiftSpan shift = shifts.get(d.shift());
                        if (shift == null || !d.position().equals(rule.position()) || !shift.inSeason(d.day())) {
                            continue;
                        }
                        if ((d.day().equals(day) && shift.covers(hour, 0)) || (d.day().equals(day.minusDays(1)) && shift.covers(hour, 1))) {
                            rostered++;
                        }
                    }
                    if (rostered < rule.min()) {
                        gaps.add(new Gap(day, hour, rule.position(), rule.min(), rostered));
                    }
                }
            }
        }
        return gaps;
    }
}

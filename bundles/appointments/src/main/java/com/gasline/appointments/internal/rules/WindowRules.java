package com.gasline.appointments.internal.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.gasline.appointments.api.rest.Window;
import com.gasline.appointments.api.rest.Windows;
import com.gasline.platform.api.problem.Validation;

/** What a set of windows must be, when a window can still be booked, and whether an arrival is inside its window. */
public final class WindowRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,8}");
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private WindowRules() {
    }

    /** 1–6 windows with distinct codes, each starting before it ends, none overlapping another; a horizon of 1–60 days. */
    public static Validation check(Windows w) {
        Validation v = new Validation().required("windows", w.windows()).required("bookingDaysAhead", w.bookingDaysAhead())
                .check(w.bookingDaysAhead() == null || w.bookingDaysAhead() >= 1 && w.bookingDaysAhead() <= 60, "bookingDaysAhead",
                        "须在 1 到 60 天之间", "must be 1 to 60 days");
        if (w.windows() == null) {
            return v;
        }
        v.check(!w.windows().isEmpty() && w.windows().size() <= 6, "windows", "须有 1 到 6 个时段", "needs 1 to 6 windows");
        Set<String> codes = new HashSet<>();
        List<LocalTime[]> spans = new ArrayList<>();
        for (int i = 0; i < w.windows().size(); i++) {
            Window x = w.windows().get(i);
            String at = "windows[" + i + "]";
            if (x == null) {
                v.check(false, at, "必填", "is required");
                continue;
            }
            v.matches(at + ".code", x.code(), CODE, "1 到 8 位大写字母或数字", "1 to 8 capital letters or digits")
                    .check(x.code() == null || codes.add(x.code()), at + ".code", "时段代码重复", "code used twice")
                    .matches(at + ".starts", x.starts(), HH_MM, "HH:mm", "HH:mm").matches(at + ".ends", x.ends(), HH_MM, "HH:mm", "HH:mm")
                    .required(at + ".capacity", x.capacity())
                    .check(x.capacity() == null || x.capacity() >= 0 && x.capacity() <= 50, at + ".capacity", "须在 0 到 50 之间",
                            "must be 0 to 50");
            LocalTime starts = time(x.starts());
            LocalTime ends = time(x.ends());
            if (starts != null && ends != null) {
                v.check(starts.isBefore(ends), at + ".ends", "须晚于开始时间", "must be after starts");
                boolean overlaps = spans.stream().anyMatch(s -> starts.isBefore(s[1]) && s[0].isBefore(ends));
                v.check(!overlaps, at + ".starts", "与其他时段重叠", "overlaps another window");
                spans.add(new LocalTime[] { starts, ends });
            }
        }
        return v;
    }

    private static LocalTime time(String text) {
        return text != null && HH_MM.matcher(text).matches() ? LocalTime.parse(text) : null;
    }

    /** A window is booked before it ends (a dispatcher may fill today's window in progress), no further ahead than the branch allows. */
    public static Validation bookable(LocalDate day, OffsetDateTime endsAt, OffsetDateTime now, LocalDate today, int daysAhead) {
        return new Validation().check(now.isBefore(endsAt), "window", "该时段已结束", "the window is over")
                .check(!day.isAfter(today.plusDays(daysAhead)), "day", "最多提前 " + daysAhead + " 天预约",
                        "at most " + daysAhead + " days ahead");
    }

    /** Inside the window, both ends included. */
    public static boolean onTime(OffsetDateTime arrivedAt, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        return !arrivedAt.isBefore(startsAt) && !arrivedAt.isAfter(endsAt);
    }

    /** Per cent with one decimal; none when nobody arrived yet. */
    public static Double rate(long onTime, long arrived) {
        return arrived == 0 ? null : Math.round(onTime * 1000.0 / arrived) / 10.0;
    }
}

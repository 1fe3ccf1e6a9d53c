package com.gasline.ticketing.internal.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * A branch's working days: Monday to Friday, minus public holidays (法定节假日), plus the weekend
 * days worked in exchange (调休).
 */
public record BusinessCalendar(Map<LocalDate, String> exceptions) {

    public static final String HOLIDAY = "HOLIDAY";
    public static final String WORKDAY = "WORKDAY";

    public boolean isWorkingDay(LocalDate day) {
        String kind = exceptions.get(day);
        if (HOLIDAY.equals(kind)) {
            return false;
        }
        if (WORKDAY.equals(kind)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

package com.gasline.ticketing.internal.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.ticketing.api.rest.CalendarDay;

/** Lines {@code date,kind,name} of a calendar import; every line is checked, a bad one is named {@code line N}. */
public final class CalendarCsv {

    static final int MAX_NAME = 100;

    private CalendarCsv() {
    }

    /** The days of {@code csv}, or a 400 naming each bad line (an unterminated quote names the line it opens on). */
    public static List<CalendarDay> parse(String csv) {
        List<CalendarDay> days = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).build().parse(new StringReader(csv == null ? "" : csv))) {
            for (CSVRecord r : parser) {
                if (!(r.getRecordNumber() == 1 && r.get(0).equalsIgnoreCase("date"))) {
                    Optional<CalendarDay> day = day(r);
                    if (day.isPresent()) {
                        days.add(day.get());
                    } else {
                        errors.add(new FieldError("line " + line, Text.of("应为 日期,HOLIDAY|WORKDAY,名称（名称最多 " + MAX_NAME + " 字）",
                                "expected date,HOLIDAY|WORKDAY,name (name at most " + MAX_NAME + " characters)")));
                    }
                }
                // the next record starts on the line after this one ends (a quoted value may span lines)
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw Problems.validation(List.of(new FieldError("line " + line, Text.of("CSV 格式错误（引号未闭合？）", "malformed CSV (an unclosed quote?)"))));
        }
        if (!errors.isEmpty() || days.isEmpty()) {
            throw Problems.validation(errors.isEmpty() ? List.of(new FieldError("body", Text.of("没有数据行", "no data lines"))) : errors);
        }
        return days;
    }

    private static Optional<CalendarDay> day(CSVRecord r) {
        try {
            LocalDate d = LocalDate.parse(r.get(0));
            String kind = r.size() > 1 ? r.get(1).toUpperCase() : "";
            String name = r.size() > 2 && !r.get(2).isEmpty() ? r.get(2) : null;
            boolean ok = (kind.equals(BusinessCalendar.HOLIDAY) || kind.equals(BusinessCalendar.WORKDAY)) && (name == null || name.length() <= MAX_NAME);
            return ok ? Optional.of(new CalendarDay(d, kind, name)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package com.gasline.ticketing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.ticketing.api.rest.CalendarDay;

class CalendarCsvTest {

    private static List<String> fields(String csv) {
        ProblemException e = assertThrows(ProblemException.class, () -> CalendarCsv.parse(csv));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsDaysAfterAnOptionalHeader() {
        assertEquals(List.of(new CalendarDay(LocalDate.of(2026, 10, 1), "HOLIDAY", "国庆节"), new CalendarDay(LocalDate.of(2026, 10, 10), "WORKDAY", null)),
                CalendarCsv.parse("date,kind,name\n2026-10-01,holiday,国庆节\n2026-10-10,WORKDAY\n"));
        assertEquals(1, CalendarCsv.parse("2026-10-01,HOLIDAY,\"国庆, 中秋\"").size());
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItOpensOn() {
        assertEquals(List.of("line 2"), fields("2026-10-01,HOLIDAY,a\n2026-10-02,HOLIDAY,\"oops\n2026-10-03,HOLIDAY,c\n"));
        assertEquals(List.of("line 1"), fields("\"2026-10-01,HOLIDAY"));
    }

    @Test
    void everyBadLineIsNamed() {
        assertEquals(List.of("line 2", "line 3", "line 4", "line 5"), fields("2026-10-01,HOLIDAY,a\nnot-a-date,HOLIDAY,x\n2026-10-02,PARTY,x\n"
                + "2026-10-03,HOLIDAY," + "名".repeat(CalendarCsv.MAX_NAME + 1) + "\n2026-10-04\n2026-10-05,WORKDAY," + "名".repeat(CalendarCsv.MAX_NAME)));
    }

    @Test
    void nothingToImportIsNamedBody() {
        assertEquals(List.of("body"), fields(null));
        assertEquals(List.of("body"), fields("date,kind,name\n"));
    }
}

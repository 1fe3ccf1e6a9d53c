package com.gasline.inspections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.inspections.api.rest.CoverageLine;

class CoverageCsvTest {

    @Test
    void aLinePerPlanUnderTheHeader() {
        String csv = CoverageCsv.write(List.of(new CoverageLine("AJ1", "=东城区", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
                10, 6, 1, 1, 1, 1, 2, 1)));
        assertEquals("plan,area,periodStart,periodEnd,planned,inspected,noAccess,unreachable,refused,pending,hazardsOpen,hazardsOverdue\r\n"
                + "AJ1,'=东城区,2026-07-01,2026-12-31,10,6,1,1,1,1,2,1\r\n", csv);
    }
}

package com.gasline.group.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.group.api.rest.BranchFigures;
import com.gasline.group.api.rest.Measure;
import com.gasline.group.api.rest.Rollups;

class RollupCsvTest {

    @Test
    void aLinePerBranchAColumnPerMeasureEmptyWhereNoFigure() {
        Map<String, Double> east = new LinkedHashMap<>();
        east.put("ticketsReceived", 2.0);
        east.put("complaintRate", 0.5);
        Rollups r = new Rollups(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), List.of(
                new Measure("ticketsReceived", "ticketing", "受理工单", "tickets received", true),
                new Measure("complaintRate", "ticketing", "投诉率", "complaint rate", false)),
                List.of(new BranchFigures("east", "=东区", east), new BranchFigures("west", "西区", Map.of("ticketsReceived", 1.0))));
        assertEquals("branch,name,ticketsReceived,complaintRate\r\neast,'=东区,2.0,0.5\r\nwest,西区,1.0,\r\n", RollupCsv.write(r));
    }
}

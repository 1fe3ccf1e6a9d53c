package com.gasline.inspections.internal.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.gasline.inspections.api.rest.CoverageLine;
import com.gasline.platform.api.csv.CsvCells;

/** Coverage for a spreadsheet, a line per plan; the area is typed by staff, so it is neutralised like any text cell. */
public final class CoverageCsv {

    static final String[] HEADER = { "plan", "area", "periodStart", "periodEnd", "planned", "inspected", "noAccess", "unreachable",
        "refused", "pending", "hazardsOpen", "hazardsOverdue" };

    private CoverageCsv() {
    }

    public static String write(List<CoverageLine> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (CoverageLine l : lines) {
                csv.printRecord(l.planId(), CsvCells.safe(l.area()), l.periodStart(), l.periodEnd(), l.planned(), l.inspected(), l.noAccess(),
                        l.unreachable(), l.refused(), l.pending(), l.hazardsOpen(), l.hazardsOverdue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

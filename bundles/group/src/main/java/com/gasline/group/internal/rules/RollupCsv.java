package com.gasline.group.internal.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.gasline.group.api.rest.BranchFigures;
import com.gasline.group.api.rest.Measure;
import com.gasline.group.api.rest.Rollups;
import com.gasline.platform.api.csv.CsvCells;

/** The roll-ups for a spreadsheet: a line per branch, a column per measure, empty where the branch has no figure. */
public final class RollupCsv {

    private RollupCsv() {
    }

    public static String write(Rollups rollups) {
        List<String> header = new ArrayList<>(List.of("branch", "name"));
        rollups.measures().stream().map(Measure::id).forEach(header::add);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (BranchFigures b : rollups.branches()) {
                List<Object> row = new ArrayList<>(List.of(b.branch(), CsvCells.safe(b.name())));
                for (Measure m : rollups.measures()) {
                    Double v = b.figures().get(m.id());
                    row.add(v == null ? "" : v);
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

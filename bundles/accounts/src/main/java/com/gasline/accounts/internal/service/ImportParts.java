package com.gasline.accounts.internal.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one import part as the job's payload: CSV again (the archive's fields as columns, the file's
 * row number first), so a node that takes the part over needs nothing but the database.
 */
final class ImportParts {

    private static final String ROW = "_row";
    /** Tells a missing value from an empty one. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setNullString("\\N").build();

    private ImportParts() {
    }

    static String write(List<Map<String, String>> rows, int firstRowNo) {
        TreeSet<String> fields = new TreeSet<>();
        rows.forEach(r -> fields.addAll(r.keySet()));
        List<String> header = new ArrayList<>();
        header.add(ROW);
        header.addAll(fields);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).build())) {
            int rowNo = firstRowNo;
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                values.add(String.valueOf(rowNo++));
                fields.forEach(f -> values.add(row.get(f)));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Row number to fields, in file order. */
    static Map<Integer, Map<String, String>> read(String payload) {
        Map<Integer, Map<String, String>> rows = new LinkedHashMap<>();
        try {
            for (CSVRecord record : FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(payload))) {
                Map<String, String> row = new LinkedHashMap<>(record.toMap());
                rows.put(Integer.valueOf(row.remove(ROW)), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

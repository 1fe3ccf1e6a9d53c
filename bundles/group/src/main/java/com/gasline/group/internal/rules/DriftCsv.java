package com.gasline.group.internal.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.group.api.rest.BranchTemplate;
import com.gasline.group.api.rest.Drift;
import com.gasline.group.api.rest.ItemDiff;

/** The drift view for a spreadsheet: a line per branch and overridden item, a branch without overrides on one line of its own. */
public final class DriftCsv {

    static final String[] HEADER = { "branch", "version", "newest", "followLatest", "item", "template", "branchValue" };

    private DriftCsv() {
    }

    public static String write(Drift drift) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (BranchTemplate b : drift.branches()) {
                if (b.overrides().isEmpty()) {
                    csv.printRecord(b.branch(), cell(b.version()), cell(b.newest()), b.followLatest(), "", "", "");
                }
                for (ItemDiff d : b.overrides()) {
                    csv.printRecord(b.branch(), cell(b.version()), cell(b.newest()), b.followLatest(), d.item(), json(d.from()), json(d.to()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** A text item reads as itself, anything else as its JSON. */
    private static String json(JsonNode node) {
        return node == null ? "" : node.isTextual() ? node.asText() : node.toString();
    }
}

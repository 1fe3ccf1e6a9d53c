package com.gasline.platform.api.csv;

import java.util.Arrays;

/**
 * Text put into a spreadsheet export: a cell that begins like a formula (=, +, -, @, tab, carriage
 * return) would run as one when the file is opened in Excel, so it is prefixed with an apostrophe.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as written: empty for null, neutralised when it could start a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A record with every text cell made safe; numbers and other values are written as they are. */
    public static Object[] row(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof String s ? safe(s) : v).toArray();
    }
}

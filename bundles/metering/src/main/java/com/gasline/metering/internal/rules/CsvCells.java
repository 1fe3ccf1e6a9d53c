package com.gasline.metering.internal.rules;

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
}

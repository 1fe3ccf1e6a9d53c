package com.gasline.accounts.internal.rules;

import java.util.List;
import java.util.regex.Pattern;

/** Phone numbers as stored: digits and dashes, comma-joined, the first one primary. */
public final class Phones {

    public static final Pattern VALID = Pattern.compile("\\+?[0-9][0-9-]{4,19}");

    private Phones() {
    }

    public static String join(List<String> phones) {
        return phones == null || phones.isEmpty() ? null : String.join(",", phones.stream().map(String::trim).toList());
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    /** Last four digits of the primary phone: the key clerks search by (手机尾号). */
    public static String tail(List<String> phones) {
        if (phones == null || phones.isEmpty()) {
            return null;
        }
        String digits = phones.get(0).replaceAll("[^0-9]", "");
        return digits.substring(Math.max(0, digits.length() - 4));
    }
}

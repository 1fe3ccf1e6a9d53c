package com.gasline.accounts.internal.rules;

import java.util.Set;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;

/** 信息保密: ID numbers and phones are shown in full only to the roles that register customers. */
public final class Masking {

    private static final Set<String> FULL_VIEW = Set.of(Roles.BRANCH_ADMIN, Roles.CLERK);

    private Masking() {
    }

    public static boolean maySeeFull(Caller caller) {
        return caller.hasAnyRole(FULL_VIEW);
    }

    /** Keeps the first 3 and last 4 characters of an ID number: {@code 330***********1234}. */
    public static String idNumber(String value) {
        return keep(value, 3, 4);
    }

    /** Keeps the first 3 and last 4 digits of a phone: {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            // too short to keep both ends without revealing it all
            return "*".repeat(Math.max(0, value.length() - 2)) + value.substring(Math.max(0, value.length() - 2));
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}

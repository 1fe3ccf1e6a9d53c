package com.gasline.platform.internal.time;

import java.time.DateTimeException;
import java.time.ZoneId;

/** IANA zone names as a group admin types them. */
public final class ZoneIds {

    private ZoneIds() {
    }

    /** True for a region id such as {@code Asia/Shanghai}; false for offsets, abbreviations and nonsense. */
    public static boolean valid(String id) {
        try {
            return id.contains("/") && ZoneId.of(id).getId().equals(id);
        } catch (DateTimeException e) {
            return false;
        }
    }
}

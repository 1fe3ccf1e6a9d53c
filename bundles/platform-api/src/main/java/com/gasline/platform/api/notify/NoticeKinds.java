package com.gasline.platform.api.notify;

import java.util.List;

/** The kinds of notice the platform has templates for. */
public final class NoticeKinds {

    /** 停气通知: planned (or emergency) supply outage. */
    public static final String OUTAGE = "OUTAGE";
    /** 调价通知. */
    public static final String PRICE_CHANGE = "PRICE_CHANGE";
    /** 催缴: one step of the dunning ladder. */
    public static final String DUNNING = "DUNNING";
    /** 预付余额不足. */
    public static final String LOW_BALANCE = "LOW_BALANCE";
    /** 预约确认. */
    public static final String APPOINTMENT = "APPOINTMENT";
    /** 预约提醒 (the day before). */
    public static final String APPOINTMENT_REMINDER = "APPOINTMENT_REMINDER";
    /** 入户安检通知. */
    public static final String INSPECTION = "INSPECTION";
    /** 隐患整改提醒. */
    public static final String HAZARD_REMINDER = "HAZARD_REMINDER";

    public static final List<String> ALL = List.of(OUTAGE, PRICE_CHANGE, DUNNING, LOW_BALANCE, APPOINTMENT, APPOINTMENT_REMINDER,
            INSPECTION, HAZARD_REMINDER);

    private NoticeKinds() {
    }
}

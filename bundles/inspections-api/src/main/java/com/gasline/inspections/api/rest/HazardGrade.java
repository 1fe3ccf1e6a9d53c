package com.gasline.inspections.api.rest;

/** 隐患等级, each with its rectification deadline in days; a critical hazard may stop the supply. */
public enum HazardGrade {
    /** 一般隐患 */
    GENERAL(30),
    /** 较大隐患 */
    SERIOUS(7),
    /** 重大隐患 */
    CRITICAL(1);

    private final int days;

    HazardGrade(int days) {
        this.days = days;
    }

    public int rectificationDays() {
        return days;
    }
}

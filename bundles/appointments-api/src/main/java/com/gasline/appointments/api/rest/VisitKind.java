package com.gasline.appointments.api.rest;

/** What the visit is for: 安装, 维修, 安检, 通气点火. */
public enum VisitKind {
    INSTALLATION, REPAIR, INSPECTION, TURN_ON
}

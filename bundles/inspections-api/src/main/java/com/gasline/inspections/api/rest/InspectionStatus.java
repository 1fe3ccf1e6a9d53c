package com.gasline.inspections.api.rest;

/**
 * PLANNED until the customer is notified of a visit; NOTIFIED while a visit is due; NO_ACCESS after a visit found nobody
 * (a re-visit is scheduled at another time); UNREACHABLE after the last allowed attempt; INSPECTED or REFUSED at the end.
 */
public enum InspectionStatus {
    PLANNED, NOTIFIED, NO_ACCESS, UNREACHABLE, INSPECTED, REFUSED
}

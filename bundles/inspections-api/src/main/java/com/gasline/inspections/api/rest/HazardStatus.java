package com.gasline.inspections.api.rest;

/** A hazard stays OPEN until a re-inspection finds it fixed. */
public enum HazardStatus {
    OPEN, CLOSED
}

package com.gasline.ticketing.api.rest;

/** 派单 to a department and/or a technician (username); a second dispatch is a reassignment (supervisors). */
public record Dispatch(String department, String technician, String note, Long version) {
}

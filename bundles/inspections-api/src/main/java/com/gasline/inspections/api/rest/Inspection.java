package com.gasline.inspections.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import com.gasline.accounts.api.CustomerCategory;

/** One account's inspection in a plan, with its notices and visits. */
public record Inspection(String id, String planId, String accountNo, String customerName, CustomerCategory category, String area,
        String address, InspectionStatus status, OffsetDateTime notifiedAt, OffsetDateTime visitAt, int attempts, List<Visit> visits) {
}

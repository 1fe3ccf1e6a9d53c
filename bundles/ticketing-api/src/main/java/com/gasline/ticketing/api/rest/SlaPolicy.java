package com.gasline.ticketing.api.rest;

import java.util.List;

/** The branch's SLA clocks and the minimum notice for planned outages. */
public record SlaPolicy(List<SlaRule> rules, Integer outageNoticeHours, Long version) {
}

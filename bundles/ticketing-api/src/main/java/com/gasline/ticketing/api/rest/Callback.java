package com.gasline.ticketing.api.rest;

/** 回访: whether the customer was reached, satisfaction 1–5 and what they said. */
public record Callback(Boolean reached, Integer satisfaction, String comment, Long version) {
}

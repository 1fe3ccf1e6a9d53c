package com.gasline.accounts.api.rest;

/**
 * Body of {@code /install}, {@code /activate} (点火通气 or resumption), {@code /suspend}: why, and the
 * {@code version} the clerk saw (409 when someone changed the account meanwhile).
 */
public record StateChange(String reason, Long version) {
}

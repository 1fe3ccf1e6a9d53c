package com.gasline.ticketing.api.rest;

/** Body of {@code /start}, {@code /reply}, {@code /resolve}, {@code /reopen}, {@code /close}: a note and the version seen. */
public record Step(String note, Long version) {
}

package com.gasline.duties.api.rest;

/** A shift pattern: {@code starts}/{@code ends} HH:mm (ends before starts: it runs past midnight); season ALL, SUMMER (May–Sep) or WINTER. */
public record Shift(String code, String name, String starts, String ends, String season) {
}

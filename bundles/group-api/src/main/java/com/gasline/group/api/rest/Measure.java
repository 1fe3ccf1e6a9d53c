package com.gasline.group.api.rest;

/** A measure of the roll-ups, from the module that contributes it. */
public record Measure(String id, String module, String zh, String en, boolean higherIsBetter) {
}

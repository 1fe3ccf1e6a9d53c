package com.gasline.cylinders.api.rest;

/** Why: the reason of a reject (不合格剔除) or of sending to inspection. */
public record Note(String reason) {
}

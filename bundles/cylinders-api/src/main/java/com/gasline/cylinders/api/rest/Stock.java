package com.gasline.cylinders.api.rest;

import java.util.List;

/** Cylinders at a point by spec and status; {@code lowStock} lists specs whose full cylinders are below the threshold. */
public record Stock(String point, List<Line> lines, List<String> lowStock) {

    public record Line(String spec, String status, int count) {
    }
}

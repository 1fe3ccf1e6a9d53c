package com.gasline.cylinders.api.rest;

import java.time.LocalDate;
import java.util.List;

/** A cylinder with where it is and everything that happened to it. {@code location}: POINT, CUSTOMER or STATION. */
public record Cylinder(String serial, String spec, String owner, String ownerName, LocalDate manufacturedOn, LocalDate lastInspectedOn,
        LocalDate nextInspectionOn, LocalDate scrapOn, String status, String location, String locationName, List<Movement> movements,
        long version) {
}

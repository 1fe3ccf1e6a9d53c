package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

/**
 * {@code POST /cylinders}: registers a cylinder by its steel stamp at a point, FULL or EMPTY. {@code owner}:
 * COMPANY or CUSTOMER (then {@code ownerName}). Without {@code nextInspectionOn} it is due 4 years after
 * the last inspection (定期检验).
 */
public record NewCylinder(String serial, String spec, String owner, String ownerName, LocalDate manufacturedOn, LocalDate lastInspectedOn,
        LocalDate nextInspectionOn, LocalDate scrapOn, String point, String status) {
}

package com.gasline.metering.api.rest;

/** The reversed bill (status REVERSED, its credit note in the ledger) and the bill that replaces it, if rebilled. */
public record Correction(Bill reversed, Bill rebill) {
}

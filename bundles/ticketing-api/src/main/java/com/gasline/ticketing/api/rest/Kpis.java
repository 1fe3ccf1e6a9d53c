package com.gasline.ticketing.api.rest;

import java.time.LocalDate;
import java.util.Map;

/**
 * KPIs for tickets received {@code from} … {@code to} (inclusive): volume by type and channel, on-time
 * rate per clock (met on time / clocks due), handling rate (resolved / received), callback rate
 * (called back / resolved), callback success rate (customer reached / callback attempts) and mean
 * satisfaction; where the branch runs appointments, the visits of the period arrived at and the share of them reached inside the
 * window told to the customer. Rates are 0–1, null when nothing to measure.
 */
public record Kpis(LocalDate from, LocalDate to, int received, Map<String, Integer> byType, Map<String, Integer> byChannel,
        Map<String, Double> onTimeRate, Double handlingRate, Double callbackRate, Double callbackSuccessRate, Double meanSatisfaction,
        Long appointmentsArrived, Double appointmentOnTimeRate) {
}

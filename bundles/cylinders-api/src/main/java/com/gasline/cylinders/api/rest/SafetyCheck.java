package com.gasline.cylinders.api.rest;

import java.time.LocalDate;

/** The point's daily safety check: dry, ventilated, fire, explosion and theft precautions (防火防爆防盗). */
public record SafetyCheck(LocalDate checkedOn, Boolean dry, Boolean ventilated, Boolean fireSafe, Boolean explosionSafe, Boolean theftSafe, String note,
        String checkedBy) {
}

package com.gasline.cylinders.api.rest;

import java.time.OffsetDateTime;

public record Movement(OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String fromLocation,
        String toLocation, String note) {
}

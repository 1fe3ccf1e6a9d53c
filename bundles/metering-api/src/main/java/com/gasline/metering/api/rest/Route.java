package com.gasline.metering.api.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

public record Route(
        String id, String name, String reader,
        @Schema(allowableValues = { "MONTHLY", "BIMONTHLY" }) String cycle,
        int readingDay, List<String> meters) {
}

package com.gasline.group.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A template kind and the module that contributes it. */
public record KindInfo(@Schema(example = "sla-policy") String id, @Schema(example = "服务时限 SLA policy") String name,
        @Schema(example = "ticketing") String module) {
}

package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** 停气通知: the area path (as in accounts, e.g. 东城区/幸福小区), when, why; emergency notices skip the minimum notice. */
public record NewOutageNotice(
        @Schema(description = "Area path as in accounts", required = true, example = "东城区/幸福小区") String area,
        @Schema(description = "At least the policy's notice hours ahead unless emergency", required = true,
                example = "2027-03-10T08:00:00+08:00")
        OffsetDateTime startsAt,
        @Schema(description = "After startsAt", required = true, example = "2027-03-10T18:00:00+08:00") OffsetDateTime endsAt,
        @Schema(required = true, example = "燃气管网改造施工") String reason,
        @Schema(description = "Skips the minimum notice", example = "false") Boolean emergency) {
}

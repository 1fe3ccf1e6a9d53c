package com.gasline.accounts.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /premises}: registered by area (按区域登记造册). */
public record NewPremises(
        @Schema(description = "Without /", required = true, example = "东城区") String district,
        @Schema(example = "幸福小区") String community,
        @Schema(example = "3栋") String building,
        @Schema(example = "2单元") String unit,
        @Schema(example = "502") String room,
        @Schema(required = true, example = "XX市东城区建设路 12 号幸福小区 3 栋 2 单元 502") String address) {
}

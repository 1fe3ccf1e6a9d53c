package com.gasline.accounts.api.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** 开户: the supply contract (供用气合同) and the fees taken, in fen. */
public record ContractRequest(
        @Schema(required = true, example = "GYQ-2026-001234") String contractNo,
        @Schema(description = "Defaults to today", example = "2026-11-20") LocalDate signedOn,
        @Schema(description = "开户费 in fen, 0 or more; absent is 0", example = "260000") Long openingFeeFen,
        @Schema(description = "预付款 in fen, 0 or more; absent is 0", example = "5000") Long prepaymentFen,
        @Schema(description = "结算款 in fen, 0 or more; absent is 0", example = "0") Long settlementFen,
        @Schema(description = "Optimistic lock: the version last read (409 when stale; absent skips the check)", example = "3")
        Long version) {
}

package com.gasline.accounts.api.rest;

import java.time.LocalDate;

/** 开户: the supply contract (供用气合同) and the fees taken, in fen. */
public record ContractRequest(String contractNo, LocalDate signedOn, Long openingFeeFen, Long prepaymentFen,
        Long settlementFen, Long version) {
}

package com.gasline.accounts.api;

/**
 * What other modules need to know about an account: who, where, which tariff class, how many
 * people (residential tier uplift) and its state.
 */
public record AccountSummary(
        String accountNo,
        String customerId,
        String customerName,
        CustomerCategory category,
        int householdSize,
        String premisesId,
        /** area path, e.g. {@code 东城区/幸福小区/3栋/2单元/502} */
        String area,
        String address,
        AccountState state,
        /** 预付款 taken with the supply contract at 开户, in fen; metering credits it to the account's ledger */
        long prepaymentFen) {
}

package com.gasline.metering.api.rest;

import java.math.BigDecimal;

/** IC卡售气: gas bought onto a prepaid card, priced through the same tiered tariff. */
public record IcPurchase(String accountNo, String cardNo, BigDecimal volume) {
}

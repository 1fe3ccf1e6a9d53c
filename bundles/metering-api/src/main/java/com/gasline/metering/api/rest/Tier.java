package com.gasline.metering.api.rest;

import java.math.BigDecimal;

/** One step of 阶梯气价: annual volume up to {@code upToM3} (null: no upper bound) at {@code priceFen} per m³. */
public record Tier(BigDecimal upToM3, long priceFen) {
}

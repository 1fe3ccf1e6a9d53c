package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A price version for one customer category from {@code effectiveFrom}. {@code kind}: TIERED
 * (residential 阶梯气价: {@code tiers}, year starting {@code yearStart} "MM-DD", thresholds raised by
 * {@code upliftPerPersonM3} for each person above {@code householdBase}), FLAT ({@code priceFen}) or
 * SEASONAL ({@code seasons}). Prices in fen per m³.
 */
public record TariffVersion(LocalDate effectiveFrom, String kind, List<Tier> tiers, String yearStart, Integer householdBase,
        BigDecimal upliftPerPersonM3, Long priceFen, List<Season> seasons) {
}

package com.gasline.metering.api.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A price version for one customer category from {@code effectiveFrom}. {@code kind}: TIERED
 * (residential 阶梯气价: {@code tiers}, year starting {@code yearStart} "MM-DD", thresholds raised by
 * {@code upliftPerPersonM3} for each person above {@code householdBase}), FLAT ({@code priceFen}) or
 * SEASONAL ({@code seasons}). Prices in fen per m³.
 */
public record TariffVersion(
        @Schema(required = true, example = "2027-01-01") LocalDate effectiveFrom,
        @Schema(required = true, allowableValues = { "TIERED", "FLAT", "SEASONAL" }, example = "TIERED") String kind,
        @ArraySchema(arraySchema = @Schema(description = "TIERED: at least one, limits ascending, the last without upToM3",
                example = "[{\"upToM3\": 300, \"priceFen\": 261}, {\"upToM3\": 600, \"priceFen\": 313}, {\"priceFen\": 391}]"))
        List<Tier> tiers,
        @Schema(description = "TIERED: MM-DD, defaults to 01-01", example = "01-01") String yearStart,
        @Schema(description = "TIERED: 1 or more, defaults to 4", example = "4") Integer householdBase,
        @Schema(description = "TIERED: 0 or more, defaults to 0", example = "60") BigDecimal upliftPerPersonM3,
        @Schema(description = "FLAT: more than 0 fen per m³", example = "300") Long priceFen,
        @ArraySchema(arraySchema = @Schema(description = "SEASONAL: months 1 to 12, covering the year once",
                example = "[{\"fromMonth\": 11, \"toMonth\": 3, \"priceFen\": 330}, "
                        + "{\"fromMonth\": 4, \"toMonth\": 10, \"priceFen\": 280}]"))
        List<Season> seasons) {
}

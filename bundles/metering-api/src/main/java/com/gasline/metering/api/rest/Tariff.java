package com.gasline.metering.api.rest;

import java.util.List;

import com.gasline.accounts.api.CustomerCategory;

/** All versions of a category's tariff, oldest first. */
public record Tariff(CustomerCategory category, List<TariffVersion> versions) {
}

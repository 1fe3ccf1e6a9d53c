package com.gasline.accounts.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

import com.gasline.accounts.api.CustomerCategory;

/** A customer; {@code idNumber} and {@code phones} are masked unless {@code masked} is false. */
public record Customer(String id, CustomerKind kind, String name, String idType, String idNumber, List<String> phones,
        CustomerCategory category, int householdSize, boolean masked, OffsetDateTime createdAt, long version) {
}

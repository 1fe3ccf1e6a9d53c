package com.gasline.accounts.api.rest;

import java.util.List;

import com.gasline.accounts.api.CustomerCategory;

/** {@code POST /customers}. {@code idType} e.g. 身份证, 营业执照; {@code householdSize} (人口数) for residential tiers. */
public record NewCustomer(CustomerKind kind, String name, String idType, String idNumber, List<String> phones,
        CustomerCategory category, Integer householdSize) {
}

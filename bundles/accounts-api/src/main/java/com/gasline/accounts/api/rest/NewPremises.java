package com.gasline.accounts.api.rest;

/** {@code POST /premises}: registered by area (按区域登记造册). */
public record NewPremises(String district, String community, String building, String unit, String room, String address) {
}

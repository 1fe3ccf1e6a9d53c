package com.gasline.accounts.api.rest;

/** {@code area} is the path {@code district/community/building/unit/room} used for area searches. */
public record Premises(String id, String district, String community, String building, String unit, String room,
        String area, String address) {
}

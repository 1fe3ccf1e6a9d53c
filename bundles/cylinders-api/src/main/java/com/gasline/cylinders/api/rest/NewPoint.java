package com.gasline.cylinders.api.rest;

import java.util.List;

/** {@code POST /points}: a 调瓶点 with its code, staff (usernames of its clerks) and the low-stock threshold of full cylinders per spec. */
public record NewPoint(String code, String name, String address, String hours, List<String> staff, Integer lowStockThreshold) {
}

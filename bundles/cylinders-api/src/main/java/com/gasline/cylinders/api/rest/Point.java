package com.gasline.cylinders.api.rest;

import java.util.List;

public record Point(String code, String name, String address, String hours, List<String> staff, int lowStockThreshold) {
}

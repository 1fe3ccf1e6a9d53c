package com.gasline.cylinders.api.rest;

import java.util.List;

/** Cylinders arriving full at a point (delivery) or leaving empty for the filling station (dispatch). */
public record Transfer(List<String> serials, String note) {
}

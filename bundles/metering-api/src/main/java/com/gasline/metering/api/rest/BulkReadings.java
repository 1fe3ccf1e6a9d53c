package com.gasline.metering.api.rest;

import java.util.List;

public record BulkReadings(List<NewReading> readings) {
}

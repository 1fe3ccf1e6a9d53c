package com.gasline.metering.api.rest;

import java.util.List;

public record BulkResult(int accepted, int rejected, int anomalies, List<ReadingResult> results) {
}

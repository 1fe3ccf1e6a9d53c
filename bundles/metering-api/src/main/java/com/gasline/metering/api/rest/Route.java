package com.gasline.metering.api.rest;

import java.util.List;

public record Route(String id, String name, String reader, String cycle, int readingDay, List<String> meters) {
}

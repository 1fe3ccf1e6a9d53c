package com.gasline.metering.api.rest;

import java.util.List;

/** 抄表册: the meters in walking order, the reader, MONTHLY or BIMONTHLY, reading day 1–28. */
public record NewRoute(String name, String reader, String cycle, Integer readingDay, List<String> meters) {
}

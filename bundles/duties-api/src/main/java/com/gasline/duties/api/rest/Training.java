package com.gasline.duties.api.rest;

import java.time.LocalDate;

/** 培训记录, e.g. 岗前培训: the course, hours and result. */
public record Training(LocalDate trainedOn, String course, Integer hours, String result) {
}

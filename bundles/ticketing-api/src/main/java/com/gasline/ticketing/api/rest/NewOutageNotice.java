package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

/** 停气通知: the area path (as in accounts, e.g. 东城区/幸福小区), when, why; emergency notices skip the minimum notice. */
public record NewOutageNotice(String area, OffsetDateTime startsAt, OffsetDateTime endsAt, String reason, Boolean emergency) {
}

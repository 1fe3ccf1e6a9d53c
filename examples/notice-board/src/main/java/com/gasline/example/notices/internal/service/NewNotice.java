package com.gasline.example.notices.internal.service;

import io.swagger.v3.oas.annotations.media.Schema;

public record NewNotice(
        @Schema(required = true, example = "12 月 10 日管网检修停气通知") String title,
        @Schema(required = true, example = "因燃气管网检修，12 月 10 日 8:00 至 18:00 幸福小区暂停供气，请提前做好准备。") String body) {
}

package com.gasline.platform.api.notify;

import io.swagger.v3.oas.annotations.media.Schema;

/** The branch's quiet hours (local time, may span midnight): non-emergency notices wait until {@code to}. */
public record QuietHours(
        @Schema(description = "Start, HH:mm in the branch's zone", required = true, example = "21:00") String from,
        @Schema(description = "End, HH:mm in the branch's zone; equal to from turns quiet hours off", required = true, example = "08:00")
        String to) {

    public static final QuietHours DEFAULT = new QuietHours("21:00", "08:00");
}

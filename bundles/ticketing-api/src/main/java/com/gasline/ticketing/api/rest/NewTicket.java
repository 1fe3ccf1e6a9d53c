package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /tickets}. {@code type}: CONSULTATION 咨询, REPAIR 报修, COMPLAINT 投诉, EMERGENCY 抢修报警,
 * SUGGESTION 建议, HELP 求助, APPOINTMENT 预约服务. {@code grade} for complaints: MINOR, IMPORTANT, MAJOR.
 * {@code service} for appointments: TURN_ON, RELOCATION, MODIFICATION, INSPECTION, INSTALLATION.
 * {@code channel}: HOTLINE, COUNTER, ONLINE, WECHAT, WALK_IN, PATROL. {@code priority}: NORMAL, URGENT.
 * {@code receivedAt}: when the call came in, for items taken down in the night duty log and entered in
 * the morning (at most 7 days back); the clocks start then. Absent means now.
 */
public record NewTicket(
        @Schema(required = true, allowableValues = { "CONSULTATION", "REPAIR", "COMPLAINT", "EMERGENCY", "SUGGESTION", "HELP",
                "APPOINTMENT" }, example = "REPAIR")
        String type,
        @Schema(description = "Required for COMPLAINT", allowableValues = { "MINOR", "IMPORTANT", "MAJOR" }, example = "MINOR")
        String grade,
        @Schema(description = "Required for APPOINTMENT", allowableValues = { "TURN_ON", "RELOCATION", "MODIFICATION", "INSPECTION",
                "INSTALLATION" }, example = "TURN_ON")
        String service,
        @Schema(description = "Defaults to HOTLINE", allowableValues = { "HOTLINE", "COUNTER", "ONLINE", "WECHAT", "WALK_IN", "PATROL" },
                example = "HOTLINE")
        String channel,
        @Schema(description = "Defaults to the account holder", example = "张三") String callerName,
        @Schema(example = "13800138000") String callerPhone,
        @Schema(description = "Fills in the address and caller from the archive when accounts is enabled", example = "DQ2026000123")
        String accountNo,
        @Schema(description = "Required unless accountNo finds it in the archive", example = "XX市东城区建设路 12 号幸福小区 3 栋 2 单元 502")
        String address,
        @Schema(required = true, example = "燃气热水器点火后熄火，需上门检修") String description,
        @Schema(description = "Defaults to URGENT for EMERGENCY, else NORMAL", allowableValues = { "NORMAL", "URGENT" }, example = "NORMAL")
        String priority,
        @Schema(description = "From the night duty log: at most 7 days back; defaults to now", example = "2026-11-20T07:45:00+08:00")
        OffsetDateTime receivedAt) {
}

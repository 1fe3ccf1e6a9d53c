package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

/**
 * {@code POST /tickets}. {@code type}: CONSULTATION 咨询, REPAIR 报修, COMPLAINT 投诉, EMERGENCY 抢修报警,
 * SUGGESTION 建议, HELP 求助, APPOINTMENT 预约服务. {@code grade} for complaints: MINOR, IMPORTANT, MAJOR.
 * {@code service} for appointments: TURN_ON, RELOCATION, MODIFICATION, INSPECTION, INSTALLATION.
 * {@code channel}: HOTLINE, COUNTER, ONLINE, WECHAT, WALK_IN, PATROL. {@code priority}: NORMAL, URGENT.
 * {@code receivedAt}: when the call came in, for items taken down in the night duty log and entered in
 * the morning (at most 7 days back); the clocks start then. Absent means now.
 */
public record NewTicket(String type, String grade, String service, String channel, String callerName, String callerPhone,
        String accountNo, String address, String description, String priority, OffsetDateTime receivedAt) {
}

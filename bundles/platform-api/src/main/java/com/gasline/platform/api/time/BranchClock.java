package com.gasline.platform.api.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one clock of the platform and each branch's zone, from the branch's settings (Asia/Shanghai unless a
 * group admin set another). Branch days, deadlines and stamps are counted here, never with the JVM's zone.
 */
public interface BranchClock {

    ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** The container's clock (a fixed one in tests). */
    Clock clock();

    ZoneId zone(String tenant);

    default OffsetDateTime now(String tenant) {
        return OffsetDateTime.now(clock().withZone(zone(tenant)));
    }

    default LocalDate today(String tenant) {
        return LocalDate.now(clock().withZone(zone(tenant)));
    }
}

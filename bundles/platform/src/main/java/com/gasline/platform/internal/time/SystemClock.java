package com.gasline.platform.internal.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.osgi.service.component.annotations.Component;

/**
 * The one clock of the container, offered as a {@link Clock} service: everything that stamps or compares
 * times takes it by reference, so a test can register a fixed clock with a higher service ranking.
 */
@Component(service = Clock.class)
public class SystemClock extends Clock {

    private final Clock utc = Clock.systemUTC();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return utc.withZone(zone);
    }

    @Override
    public Instant instant() {
        return utc.instant();
    }
}

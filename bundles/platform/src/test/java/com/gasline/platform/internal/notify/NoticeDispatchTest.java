package com.gasline.platform.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class NoticeDispatchTest {

    @Test
    void retriesBackOffByDoubling() {
        assertEquals(Duration.ofMinutes(1), NoticeDispatch.backoff(Duration.ofMinutes(1), 1));
        assertEquals(Duration.ofMinutes(2), NoticeDispatch.backoff(Duration.ofMinutes(1), 2));
        assertEquals(Duration.ofMinutes(8), NoticeDispatch.backoff(Duration.ofMinutes(1), 4));
    }
}

package com.gasline.platform.internal.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One throttle counter: a source address, or an address and a username. */
@Entity
@Table(name = "platform_login_failure")
public class LoginFailureEntity {

    @Id
    private String subject;
    private int failures;
    @Column(name = "first_at")
    private OffsetDateTime firstAt;
    @Column(name = "last_at")
    private OffsetDateTime lastAt;

    protected LoginFailureEntity() {
    }

    LoginFailureEntity(String subject, ThrottleRule.Count count) {
        this.subject = subject;
        set(count);
    }

    String subject() {
        return subject;
    }

    ThrottleRule.Count count() {
        return new ThrottleRule.Count(failures, firstAt.toInstant(), lastAt.toInstant());
    }

    void set(ThrottleRule.Count count) {
        this.failures = count.failures();
        this.firstAt = utc(count.firstAt());
        this.lastAt = utc(count.lastAt());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

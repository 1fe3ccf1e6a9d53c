package com.gasline.platform.internal.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/com.gasline.metrics.cfg}: who may read {@code /api/metrics} without a token. */
@ObjectClassDefinition(name = "Gasline metrics", description = "Access to /api/metrics")
public @interface MetricsConfig {

    @AttributeDefinition(description = "Comma-separated IP addresses that may scrape without a token (a group admin's token works from anywhere). Empty: token only")
    String scrape_addresses() default "127.0.0.1, ::1";
}

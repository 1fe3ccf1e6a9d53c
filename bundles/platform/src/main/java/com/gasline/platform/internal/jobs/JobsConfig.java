package com.gasline.platform.internal.jobs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/com.gasline.jobs.cfg}: this node's share of the background work. */
@ObjectClassDefinition(name = "Gasline jobs", description = "Background job workers of this node")
public @interface JobsConfig {

    @AttributeDefinition(description = "Parts this node runs at the same time")
    int workers() default 2;

    @AttributeDefinition(description = "Seconds a claimed part stays this node's without a renewal; after that another node takes it over")
    int lease_seconds() default 30;

    @AttributeDefinition(description = "Milliseconds an idle worker waits before looking for work submitted on other nodes")
    int poll_millis() default 500;
}

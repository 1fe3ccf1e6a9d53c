package com.gasline.platform.internal.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/com.gasline.cors.cfg}: which web origins' pages may call the API from a browser. */
@ObjectClassDefinition(name = "Gasline CORS", description = "Cross-origin requests to /api")
public @interface CorsConfig {

    @AttributeDefinition(description = "Comma-separated origins, e.g. https://console.example.com. Empty: CORS off")
    String allowed_origins() default "";

    @AttributeDefinition(description = "How long a browser may keep a preflight answer, in seconds")
    int max_age_seconds() default 600;
}

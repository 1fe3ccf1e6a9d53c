package com.gasline.platform.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/com.gasline.security.cfg}. Every node of a cluster needs the same secret. */
@ObjectClassDefinition(name = "Gasline security", description = "Access token signing")
public @interface TokenConfig {

    @AttributeDefinition(description = "Base64 HMAC-SHA256 key, at least 32 bytes. Empty: generated once into data/gasline/jwt.key")
    String jwt_secret() default "";

    @AttributeDefinition(description = "Access token lifetime in minutes")
    int token_ttl_minutes() default 480;
}

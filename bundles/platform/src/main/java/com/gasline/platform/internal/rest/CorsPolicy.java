package com.gasline.platform.internal.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The origins of {@code etc/com.gasline.cors.cfg}; none by default, so browsers keep their same-origin rule.
 * Exact matches only (scheme, host and port), never a wildcard: the API answers with personal data. Changes
 * apply in place.
 */
@Component(service = CorsPolicy.class, configurationPid = "com.gasline.cors")
@Designate(ocd = CorsConfig.class)
public class CorsPolicy {

    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Accept-Language, Idempotency-Key";
    static final String EXPOSED_HEADERS = "Location, Retry-After, Idempotent-Replayed";

    private record Settings(Set<String> origins, int maxAgeSeconds) {
    }

    private volatile Settings settings;

    @Activate
    public CorsPolicy(CorsConfig config) {
        modified(config);
    }

    @Modified
    void modified(CorsConfig config) {
        settings = new Settings(origins(config.allowed_origins()), Math.max(0, config.max_age_seconds()));
    }

    boolean allows(String origin) {
        return origin != null && settings.origins().contains(origin);
    }

    int maxAgeSeconds() {
        return settings.maxAgeSeconds();
    }

    static Set<String> origins(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(CorsPolicy::withoutTrailingSlash)
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Browsers send {@code https://host}; an operator may well write {@code https://host/}. */
    private static String withoutTrailingSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}

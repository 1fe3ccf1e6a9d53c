package com.gasline.platform.internal.rest;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request on the logger {@value #LOGGER}: tenant, user, method, path (never the query string:
 * its values may be personal data), status and duration. {@code etc/org.ops4j.pax.logging.cfg} can route the
 * logger to a file of its own.
 */
final class AccessLog implements RequestListener {

    static final String LOGGER = "gasline.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void served(ServedRequest r) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(r));
        }
    }

    static String line(ServedRequest r) {
        return String.format(Locale.ROOT, "tenant=%s user=%s method=%s path=%s status=%d ms=%.1f",
                orDash(r.tenant()), orDash(r.user()), r.method(), r.path(), r.status(), r.millis());
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}

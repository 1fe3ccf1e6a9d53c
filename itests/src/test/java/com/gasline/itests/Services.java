package com.gasline.itests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Inside the container: waits on OSGi services, as Karaf's itests do, instead of polling HTTP; finds bundles; reads the database. */
final class Services {

    private static final long TIMEOUT_SECONDS = 90;

    private Services() {
    }

    /**
     * Waits until {@code count} services of the class are registered and each has been obtained: getting a
     * Declarative Services component returns only once its activation (for the REST server: the mount) finished.
     */
    static void await(BundleContext context, String className, int count) {
        Instant deadline = Instant.now().plusSeconds(TIMEOUT_SECONDS);
        while (services(context, className).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(className + " not registered within " + TIMEOUT_SECONDS + " s");
            }
            Api.pause(50);
        }
    }

    /** Waits until every module id has an active Module service. */
    static void awaitModules(BundleContext context, Collection<String> ids) {
        Instant deadline = Instant.now().plusSeconds(TIMEOUT_SECONDS);
        Set<String> active = new HashSet<>();
        while (!active.containsAll(ids)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("modules " + ids + " not all active within " + TIMEOUT_SECONDS + " s; active: " + active);
            }
            Api.pause(50);
            active.clear();
            for (Object module : services(context, "com.gasline.platform.api.Module")) {
                try {
                    active.add(String.valueOf(module.getClass().getMethod("id").invoke(module)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** An installed bundle by symbolic name, as an operator finds it with bundle:list. */
    static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle not installed: " + symbolicName);
    }

    /** The first column of the first row, read straight from the database (as its owner: no row-level security). */
    static int count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Collection<Object> services(BundleContext context, String className) {
        Set<Object> found = new HashSet<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(className, null);
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                Object service = context.getService(ref);
                if (service != null) {
                    found.add(service);
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}

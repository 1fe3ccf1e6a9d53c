package com.gasline.platform.internal.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.persistence.SchemaMigrations;

/**
 * Flyway migrations per bundle, each with its own history table so a module can be updated on
 * its own. The platform's tables are migrated first, before this service is offered.
 */
@Component(service = { SchemaMigrations.class, FlywayMigrations.class })
public class FlywayMigrations implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(FlywayMigrations.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    @Activate
    public FlywayMigrations(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource, BundleContext context) {
        this.dataSource = dataSource;
        this.dialect = Dialect.of(dataSource);
        migrate(context.getBundle(), "platform");
    }

    /**
     * Applies the bundle's pending migrations. One that fails leaves the module inactive (its store, and so its
     * Module service, never comes up: its paths answer 503) with the reason kept for the module list; on
     * PostgreSQL the failed migration rolls back whole. H2 cannot roll DDL back, so a failed entry in its history
     * is repaired before the next try, which comes with the next version of the bundle.
     */
    @Override
    public synchronized void migrate(Bundle bundle, String moduleId) {
        List<String> folders = dialect == Dialect.POSTGRESQL
                ? List.of("db/migration", "db/migration/postgresql")
                : List.of("db/migration");
        // Flyway finds its database plugins through its own class loader, not the module's.
        Flyway flyway = Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .table("flyway_" + moduleId.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(new BundleMigrationResources(bundle, folders))
                .javaMigrationClassProvider(List::of)
                .load();
        try {
            if (dialect == Dialect.H2) {
                flyway.repair();
            }
            var result = flyway.migrate();
            failures.remove(moduleId);
            LOG.info("Schema of {} on {}: {} migration(s) applied, now at {}", moduleId, dialect,
                    result.migrationsExecuted, result.targetSchemaVersion);
        } catch (RuntimeException e) {
            String reason = reason(e);
            failures.put(moduleId, reason);
            LOG.error("Schema migration of {} (bundle {} {}) failed; the module stays inactive until a fixed version is deployed: {}",
                    moduleId, bundle.getSymbolicName(), bundle.getVersion(), reason);
            throw e;
        }
    }

    /** Why the last migration of the module failed on this node; empty once one succeeded. */
    public Optional<String> failure(String moduleId) {
        return Optional.ofNullable(failures.get(moduleId));
    }

    /** Every module whose last migration failed on this node, with the reason. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = String.valueOf(e.getMessage()).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        String cause = root == e ? "" : " — " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        String text = first + cause;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    public Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }
}

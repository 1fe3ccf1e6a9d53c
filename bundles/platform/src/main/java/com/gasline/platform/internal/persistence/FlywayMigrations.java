package com.gasline.platform.internal.persistence;

import java.util.List;

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

    @Activate
    public FlywayMigrations(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource, BundleContext context) {
        this.dataSource = dataSource;
        this.dialect = Dialect.of(dataSource);
        migrate(context.getBundle(), "platform");
    }

    @Override
    public synchronized void migrate(Bundle bundle, String moduleId) {
        List<String> folders = dialect == Dialect.POSTGRESQL
                ? List.of("db/migration", "db/migration/postgresql")
                : List.of("db/migration");
        // Flyway finds its database plugins through its own class loader, not the module's.
        var result = Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .table("flyway_" + moduleId.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(new BundleMigrationResources(bundle, folders))
                .javaMigrationClassProvider(List::of)
                .load()
                .migrate();
        LOG.info("Schema of {} on {}: {} migration(s) applied, now at {}", moduleId, dialect,
                result.migrationsExecuted, result.targetSchemaVersion);
    }

    public Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }
}

package com.gasline.platform.api.persistence;

import org.osgi.framework.Bundle;

/**
 * Versioned migrations per bundle (Flyway). A module calls {@link #migrate} when it activates,
 * before it serves anything.
 */
public interface SchemaMigrations {

    /**
     * Applies {@code db/migration/V*.sql} from {@code bundle}, plus {@code db/migration/postgresql/V*.sql}
     * on PostgreSQL (row-level security policies), recording them in {@code flyway_<moduleId>}.
     * PostgreSQL scripts may call {@code gasline_protect('table')} to enable row-level security
     * on a table with a {@code tenant_id} column and grant it to the application role.
     */
    void migrate(Bundle bundle, String moduleId);
}

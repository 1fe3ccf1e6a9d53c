package com.gasline.platform.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** The two databases Gasline runs on; only PostgreSQL has row-level security. */
public enum Dialect {
    POSTGRESQL, H2;

    public static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            return product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the gasline datasource: " + e.getMessage(), e);
        }
    }
}

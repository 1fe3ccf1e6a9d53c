package com.gasline.platform.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.Sequences;

/**
 * Counters, each number taken by one auto-committed statement: the row is locked only while the database runs it, never
 * across a round trip to this process. Concurrent writers of one counter (every ticket of a branch's day) queue on that
 * lock, so holding it for a JPA find-then-update transaction made it the bottleneck of taking tickets (measured with
 * pg_stat_activity: most waits were row locks on the counter).
 */
@Component(service = Sequences.class)
public class SequencesImpl implements Sequences {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final String increment;

    @Activate
    public SequencesImpl(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource, @Reference FlywayMigrations database) {
        this.dataSource = dataSource;
        this.increment = database.dialect() == Dialect.POSTGRESQL
                ? "UPDATE platform_sequence SET next_value = next_value + 1 WHERE id = ? RETURNING next_value - 1"
                : "SELECT next_value - 1 FROM FINAL TABLE (UPDATE platform_sequence SET next_value = next_value + 1 WHERE id = ?)";
    }

    @Override
    public long next(String tenant, String name) {
        String id = tenant + ":" + name;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Long taken = take(c, id);
            if (taken != null) {
                return taken;
            }
            try (PreparedStatement create = c.prepareStatement("INSERT INTO platform_sequence (id, next_value) VALUES (?, 1)")) {
                create.setString(1, id);
                create.executeUpdate();
            } catch (SQLException raced) {
                // another caller created the row first: fine, it is there now
                if (!UNIQUE_VIOLATION.equals(raced.getSQLState())) {
                    throw raced;
                }
            }
            return take(c, id);
        } catch (SQLException e) {
            throw Transactions.translate(new IllegalStateException("Cannot take a number of " + id + ": " + e.getMessage(), e));
        }
    }

    private Long take(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(increment)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}

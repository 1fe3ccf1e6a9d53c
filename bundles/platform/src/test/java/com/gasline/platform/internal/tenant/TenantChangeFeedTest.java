package com.gasline.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two nodes on one PostgreSQL database hear each other's tenant changes (mandatory, as the integration tests). */
class TenantChangeFeedTest {

    private static final String PG = System.getProperty("gasline.itest.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");

    @Test
    void aChangeOnOneNodeReachesTheOtherAtOnce() throws Exception {
        if (Boolean.getBoolean("gasline.itest.skipPostgresql")) {
            return;
        }
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(PG);
        db.setUser("postgres");
        TenantChangeFeed nodeA = new TenantChangeFeed(db, true);
        TenantChangeFeed nodeB = new TenantChangeFeed(db, true);
        BlockingQueue<String> heardByB = new LinkedBlockingQueue<>();
        nodeB.subscribe(heardByB::add);
        try {
            assertEquals(TenantChangeFeed.ALL, heardByB.poll(10, TimeUnit.SECONDS), "listening starts by forgetting everything");
            nodeA.publish("east");
            assertEquals("east", heardByB.poll(5, TimeUnit.SECONDS));

            // the listening connection dies (a database restart): node B listens again and forgets everything once more
            try (Connection admin = DriverManager.getConnection(PG, "postgres", ""); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()");
            }
            assertEquals(TenantChangeFeed.ALL, heardByB.poll(15, TimeUnit.SECONDS));
            nodeA.publish("west");
            assertEquals("west", heardByB.poll(5, TimeUnit.SECONDS));
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
    }

    @Test
    void anEmbeddedNodeHearsItsOwnChangesInProcess() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:feed");
        TenantChangeFeed node = new TenantChangeFeed(h2, false);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        node.subscribe(heard::add);
        node.publish("east");
        assertEquals(List.of("east"), List.copyOf(heard));
        node.stop();
    }
}

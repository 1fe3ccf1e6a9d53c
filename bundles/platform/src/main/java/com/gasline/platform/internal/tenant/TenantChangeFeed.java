package com.gasline.platform.internal.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.internal.persistence.Dialect;
import com.gasline.platform.internal.persistence.FlywayMigrations;

/**
 * Tells every node that a tenant changed (status, zone, modules, users), so each drops its cached copy at once: PostgreSQL
 * {@code NOTIFY} on the channel {@value #CHANNEL}, heard by one {@code LISTEN}ing connection per node. On H2 (one
 * embedded node) the change is delivered in-process.
 */
@Component(service = TenantChangeFeed.class, immediate = true)
public class TenantChangeFeed {

    static final String CHANNEL = "gasline_tenant";
    /** Delivered when listening (re)starts: what was said meanwhile is lost, so every tenant counts as changed. */
    public static final String ALL = "*";
    private static final Logger LOG = LoggerFactory.getLogger(TenantChangeFeed.class);

    private final DataSource dataSource;
    private final boolean postgres;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Thread listener;
    private volatile boolean running = true;

    @Activate
    public TenantChangeFeed(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource, @Reference FlywayMigrations migrations) {
        this(dataSource, migrations.dialect() == Dialect.POSTGRESQL);
    }

    TenantChangeFeed(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.listener = new Thread(this::listen, "gasline-tenant-changes");
        listener.setDaemon(true);
        if (postgres) {
            listener.start();
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        listener.interrupt();
        listener.join(5000);
    }

    public void subscribe(Consumer<String> tenantChanged) {
        listeners.add(tenantChanged);
    }

    public void unsubscribe(Consumer<String> tenantChanged) {
        listeners.remove(tenantChanged);
    }

    /** After the change committed: every node (this one included) hears the tenant's code. */
    public void publish(String tenant) {
        if (!postgres) {
            deliver(tenant);
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, CHANNEL);
            s.setString(2, tenant);
            s.execute();
        } catch (SQLException e) {
            // the other nodes fall back on the cache's time limit
            LOG.warn("Could not tell the other nodes that tenant {} changed: {}", tenant, e.toString());
            deliver(tenant);
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                deliver(ALL);
                while (running) {
                    PGNotification[] heard = pg.getNotifications(1000);
                    for (PGNotification n : heard == null ? new PGNotification[0] : heard) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Listening for tenant changes failed, listening again in 1 s: {}", e.toString());
                    pause();
                }
            }
        }
    }

    private void deliver(String tenant) {
        listeners.forEach(l -> l.accept(tenant));
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

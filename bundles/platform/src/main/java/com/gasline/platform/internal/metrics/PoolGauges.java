package com.gasline.platform.internal.metrics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;

/**
 * {@code gasline_db_pool_connections{state=active|idle|pending}} and {@code gasline_db_pool_max}, read from the
 * MBeans HikariCP registers for the pool {@value #POOL} ({@code pool.registerMbeans} and {@code pool.poolName} in
 * {@code etc/org.ops4j.datasource-gasline.cfg}). JMX rather than the {@code HikariDataSource} service object: the
 * platform then neither compiles against nor wires to the HikariCP version pax-jdbc's feature brings, and a pool
 * recreated after a configuration change is found again by name. Without the MBeans the gauges read NaN.
 */
@Component(service = PoolGauges.class, immediate = true)
public class PoolGauges {

    static final String POOL = "gasline";

    private final Metrics metrics;
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
    private final List<Meter> gauges = new ArrayList<>();

    @Activate
    public PoolGauges(@Reference Metrics metrics) {
        this.metrics = metrics;
        connections("active", "ActiveConnections");
        connections("idle", "IdleConnections");
        connections("pending", "ThreadsAwaitingConnection");
        gauges.add(Gauge.builder("gasline.db.pool.max", this, g -> g.read("PoolConfig", "MaximumPoolSize"))
                .description("Largest number of connections the pool opens").register(metrics.registry()));
    }

    private void connections(String state, String attribute) {
        gauges.add(Gauge.builder("gasline.db.pool.connections", this, g -> g.read("Pool", attribute))
                .description("Connections of the database pool (pending: threads waiting for one)")
                .tag("state", state).register(metrics.registry()));
    }

    private double read(String type, String attribute) {
        try {
            return ((Number) jmx.getAttribute(new ObjectName("com.zaxxer.hikari:type=" + type + " (" + POOL + ")"), attribute))
                    .doubleValue();
        } catch (Exception noPoolMBean) {
            return Double.NaN;
        }
    }

    @Deactivate
    void stop() {
        gauges.forEach(metrics.registry()::remove);
    }
}

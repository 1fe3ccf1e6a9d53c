package com.gasline.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the assembled distribution (distribution/target/*.tar.gz) as it ships, on H2 or, with
 * {@code -Dgasline.itest.db=postgresql}, on a fresh PostgreSQL database. Runs in the driver JVM.
 */
public final class GaslineContainer {

    /** Several checkouts can run their integration tests side by side with different offsets. */
    static final int PORT_OFFSET = Integer.getInteger("gasline.itest.portOffset", 0);
    public static final int HTTP_PORT = 18181 + PORT_OFFSET;
    static final String PG_ADMIN_URL = System.getProperty("gasline.itest.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = System.getProperty("gasline.itest.pg.user", "postgres");

    private GaslineContainer() {
    }

    public static Option[] options() {
        return options(new File("target/exam"));
    }

    /** The same container unpacked under {@code unpack}, where a test outside it (a browser) finds its data directory. */
    public static Option[] options(File unpack) {
        String distribution = System.getProperty("gasline.distribution");
        File tarGz = new File(distribution);
        if (!tarGz.isFile()) {
            throw new IllegalStateException("Build the distribution first: " + tarGz);
        }
        List<Option> options = new ArrayList<>();
        options.add(karafDistributionConfiguration().frameworkUrl(tarGz.toURI().toString())
                .unpackDirectory(unpack).useDeployFolder(false).name("Gasline").karafVersion("4.4.9"));
        if (Boolean.getBoolean("gasline.itest.keep")) {
            // -Dgasline.itest.keep=true leaves target/exam/<uuid> (logs, data) for a post-mortem
            options.add(keepRuntimeFolder());
        }
        options.add(configureConsole().ignoreLocalConsole().ignoreRemoteShell());
        options.add(logLevel(LogLevel.WARN));
        // pax-exam's own bundles come from the build's local repository; Gasline's from system/
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("gasline.m2")));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(11099 + PORT_OFFSET)));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(44445 + PORT_OFFSET)));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(18101 + PORT_OFFSET)));
        String db = System.getProperty("gasline.itest.db", "h2");
        // as Karaf's bin/karaf does for operators: thumbnails are drawn without a display
        options.add(vmOption("-Djava.awt.headless=true"));
        // a test container lives half a minute, mostly booting: the quick compiler alone starts it sooner
        options.add(vmOption("-XX:TieredStopAtLevel=1"));
        options.add(systemProperty("gasline.itest.db").value(db));
        options.add(systemProperty("gasline.itest.portOffset").value(String.valueOf(PORT_OFFSET)));
        options.add(systemProperty("gasline.itest.openapi").value(System.getProperty("gasline.itest.openapi", "")));
        if ("postgresql".equals(db)) {
            String url = createDatabase();
            String cfg = "etc/org.ops4j.datasource-gasline.cfg";
            options.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.class", "org.postgresql.Driver"));
            options.add(editConfigurationFilePut(cfg, "url", url));
            options.add(editConfigurationFilePut(cfg, "user", PG_USER));
            options.add(editConfigurationFilePut(cfg, "password", ""));
        }
        return options.toArray(new Option[0]);
    }

    /** A fresh database per test class; PostgreSQL being down fails the run, it never skips it. */
    private static String createDatabase() {
        String name = "gasline_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests are mandatory and PostgreSQL is not reachable at " + PG_ADMIN_URL
                    + " (" + e.getMessage() + ")", e);
        }
        return PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
    }
}

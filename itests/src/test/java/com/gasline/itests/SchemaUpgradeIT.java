package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.itests.Api.Reply;

/**
 * An operator deploys version 2 of the notice board, which brings a migration adding a column, while branch
 * users keep reading notices; then a version whose migration fails. The example plug-in's jar is rebuilt here
 * with the extra migration, as its author would ship it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchemaUpgradeIT {

    private static final String MODULE_BUNDLE = "gasline-example-notice-board";

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(dataSourceName=gasline)")
    private DataSource dataSource;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Test
    public void aNewMigrationAppliesOnUpdateAndAFailingOneLeavesTheModuleDownAndTheDataAsItWas() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "upgrade", "upgrade-admin", "notices");
        expect(201, api.post("/v1/tenants/upgrade/notices", branch, "{\"title\":\"冬季安全用气\",\"body\":\"请勿在密闭空间使用燃气\"}"));
        Bundle module = Services.bundle(context, MODULE_BUNDLE);
        File v1 = File.createTempFile("notice-board-v1", ".jar");
        try (InputStream original = new java.net.URL(module.getLocation()).openStream()) {
            Files.copy(original, v1.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        // version 2 adds a column, under load: the path answers 200 or 503 + Retry-After, nothing else
        Load load = new Load(2, () -> api.get("/v1/tenants/upgrade/notices", branch));
        load.awaitMore(Load.OK, 1);
        update(module, withMigration(v1, "V2__notice_pinned.sql", "ALTER TABLE notice ADD COLUMN pinned boolean DEFAULT false NOT NULL;"));
        Services.awaitModules(context, java.util.List.of("notices"));
        expect(200, api.get("/v1/tenants/upgrade/notices", branch));
        load.awaitMore(Load.OK, 10);
        Set<String> seen = load.stop().keySet();
        assertTrue("only 200 and 503 + Retry-After during the update: " + seen, Set.of(Load.OK, Load.UNAVAILABLE).containsAll(seen));
        assertTrue("the new column exists", columnExists("pinned"));
        JsonNode kept = expect(200, api.get("/v1/tenants/upgrade/notices", branch)).json();
        assertEquals("the notice written before the update is still there", 1, kept.get("total").asInt());

        // version 3's migration fails: the module stays down (503), the operator sees why, nothing changed
        File v3 = withMigration(withMigration(v1, "V2__notice_pinned.sql", "ALTER TABLE notice ADD COLUMN pinned boolean DEFAULT false NOT NULL;"),
                "V3__notice_broken.sql", "ALTER TABLE notice ADD COLUMN broken no_such_type;");
        update(module, v3);
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode entry = null;
        while (entry == null || entry.get("problem").isNull()) {
            assertTrue("the failed migration never showed in the module list", System.currentTimeMillis() < deadline);
            Api.pause(100);
            for (JsonNode m : expect(200, api.get("/v1/admin/modules", admin)).json()) {
                if ("notices".equals(m.get("id").asText())) {
                    entry = m;
                }
            }
        }
        Reply down = api.get("/v1/tenants/upgrade/notices", branch);
        assertEquals(503, down.status());
        assertTrue(down.contentType().startsWith("application/problem+json"));
        assertEquals("5", down.header("Retry-After"));
        assertFalse(entry.get("active").asBoolean());
        assertTrue("the reason names the migration: " + entry, entry.get("problem").asText().contains("3"));
        assertFalse("the failed migration changed nothing", columnExists("broken"));
        assertEquals(1, Services.count(dataSource, "SELECT count(*) FROM notice WHERE tenant_id = 'upgrade'"));

        // back to the working version: served again with the data
        update(module, v1);
        Services.awaitModules(context, java.util.List.of("notices"));
        assertEquals(1, expect(200, api.get("/v1/tenants/upgrade/notices", branch)).json().get("total").asInt());
    }

    private static void update(Bundle module, File jar) throws Exception {
        try (InputStream in = new FileInputStream(jar)) {
            module.update(in);
        }
    }

    /** The jar with one more migration in db/migration, as the module's next version would bring it. */
    private static File withMigration(File jar, String name, String sql) throws IOException {
        File out = File.createTempFile("notice-board", ".jar");
        try (JarInputStream in = new JarInputStream(new FileInputStream(jar));
                JarOutputStream target = new JarOutputStream(new FileOutputStream(out), in.getManifest())) {
            JarEntry e;
            while ((e = in.getNextJarEntry()) != null) {
                target.putNextEntry(new JarEntry(e.getName()));
                in.transferTo(target);
                target.closeEntry();
            }
            target.putNextEntry(new JarEntry("db/migration/" + name));
            target.write(sql.getBytes(StandardCharsets.UTF_8));
            target.closeEntry();
        }
        return out;
    }

    private boolean columnExists(String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                if ("notice".equalsIgnoreCase(rs.getString("TABLE_NAME")) && column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}

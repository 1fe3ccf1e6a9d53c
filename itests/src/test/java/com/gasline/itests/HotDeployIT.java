package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.gasline.itests.Api.Reply;

/** An operator stops and restarts a module bundle while branch clients keep calling it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    private static final String MODULE_BUNDLE = "gasline-example-notice-board";

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configs;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Test
    public void stoppedModuleAnswers503ThenServesAgainWithoutAny500() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "hotdeploy", "hot-admin", "notices");
        expect(201, api.post("/v1/tenants/hotdeploy/notices", branch, "{\"title\":\"交接班提醒\",\"body\":\"提前15分钟到岗\"}"));

        Bundle module = Services.bundle(context, MODULE_BUNDLE);
        Load load = new Load(4, () -> api.get("/v1/tenants/hotdeploy/notices", branch));
        load.awaitMore(Load.OK, 1);
        module.stop();
        expect(503, api.get("/v1/tenants/hotdeploy/notices", branch));
        load.awaitMore(Load.UNAVAILABLE, 1);

        module.start();
        Services.awaitModules(context, List.of("notices"));
        Reply after = expect(200, api.get("/v1/tenants/hotdeploy/notices", branch));
        assertEquals("the data survived the restart", 1, after.json().get("total").asLong());
        load.awaitMore(Load.OK, 10);
        assertEquals("only 200 and 503 + Retry-After while the module restarted", Set.of(Load.OK, Load.UNAVAILABLE),
                load.stop().keySet());
    }

    /**
     * The group admins' API comes from another bundle (tenant-admin): restarting it answers 503 on its own paths
     * only, and a changed security configuration applies in place; the module paths never fail meanwhile.
     */
    @Test
    public void restartingTheAdminBundleOrChangingSecurityMovesNothingElse() throws Exception {
        api.awaitHealthy();
        String admin = api.adminToken();
        String branch = api.onboard(admin, "section", "section-admin", "notices");
        Bundle adminBundle = Services.bundle(context, "gasline-tenant-admin");
        Load adminLoad = new Load(2, () -> api.get("/v1/admin/tenants/section", admin));
        Load moduleLoad = new Load(2, () -> api.get("/v1/tenants/section/notices", branch));
        adminLoad.awaitMore(Load.OK, 1);
        adminBundle.stop();
        expect(503, api.get("/v1/admin/tenants/section", admin));
        assertEquals("5", api.get("/v1/admin/tenants/section", admin).header("Retry-After"));
        adminLoad.awaitMore(Load.UNAVAILABLE, 1);
        adminBundle.start();
        Services.await(context, "com.gasline.platform.api.Section", 2);
        expect(200, api.get("/v1/admin/tenants/section", admin));

        org.osgi.service.cm.Configuration security = configs.getConfiguration("com.gasline.security", null);
        Dictionary<String, Object> props = security.getProperties() == null ? new Hashtable<>() : security.getProperties();
        props.put("token.ttl.minutes", "7");
        security.update(props);
        long deadline = System.currentTimeMillis() + 20_000;
        while (expect(200, api.post("/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + Api.adminPassword() + "\"}"))
                .json().get("expiresIn").asLong() != 420) {
            assertTrue("the new token lifetime never applied", System.currentTimeMillis() < deadline);
            Api.pause(50);
        }
        expect(200, api.get("/v1/admin/tenants/section", admin));
        moduleLoad.awaitMore(Load.OK, 10);
        adminLoad.awaitMore(Load.OK, 10);
        assertEquals("the module paths never failed", Set.of(Load.OK), moduleLoad.stop().keySet());
        assertEquals("the admin paths answered only 200 and 503 + Retry-After", Set.of(Load.OK, Load.UNAVAILABLE),
                adminLoad.stop().keySet());
    }
}

package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.gasline.itests.Api.Reply;

/**
 * Failed logins slow down whoever keeps guessing, never the owner of the account elsewhere; admins take access away
 * at once. Requests come from 127.0.0.1 ({@link Api}) and, as other clients, from 127.0.0.2 and 127.0.0.3.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginThrottleIT {

    private static final String STAFF_PASSWORD = "staff-password-1";

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitHealthy();
    }

    private static String login(String tenant, String username, String password) {
        return "{\"tenant\":\"" + tenant + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    public void guessingFromOneAddressWaitsLongerEachTimeWhileTheOwnerLogsInFromAnother() {
        String admin = api.adminToken();
        api.onboard(admin, "guarded", "guarded-admin");
        api.user(admin, "guarded", "alice", "AGENT");
        for (int i = 0; i < 5; i++) {
            expect(401, api.post("/v1/auth/token", null, login("guarded", "alice", "guess-" + i)));
        }
        Reply first = expect(429, api.post("/v1/auth/token", null, login("guarded", "alice", STAFF_PASSWORD)));
        assertEquals("1", first.header("Retry-After"));

        RawHttp.Answer owner = RawHttp.post("127.0.0.2", "/v1/auth/token", login("guarded", "alice", STAFF_PASSWORD));
        assertEquals("the right password from another address is never refused: " + owner.json(), 200, owner.status());
        assertTrue(owner.json().hasNonNull("accessToken"));

        Api.pause(1100);
        expect(401, api.post("/v1/auth/token", null, login("guarded", "alice", "guess-5")));
        Reply second = expect(429, api.post("/v1/auth/token", null, login("guarded", "alice", STAFF_PASSWORD)));
        assertEquals("the wait doubles", "2", second.header("Retry-After"));
        // the group admin and other users of the same address are not held up
        api.adminToken();
    }

    @Test
    public void sprayingManyNamesFromOneAddressIsSlowedDown() {
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < 25; i++) {
            RawHttp.Answer a = RawHttp.post("127.0.0.3", "/v1/auth/token", "{\"username\":\"spray-" + i + "\",\"password\":\"Winter2026!\"}");
            refused += a.status() == 401 ? 1 : 0;
            if (a.status() == 429) {
                throttled++;
                assertTrue(a.header("Content-Type").startsWith("application/problem+json"));
                assertTrue(Integer.parseInt(a.header("Retry-After")) >= 1);
            }
        }
        assertEquals("more than 20 failures in 10 minutes from one address", 21, refused);
        assertEquals(4, throttled);
        RawHttp.Answer admin = RawHttp.post("127.0.0.3", "/v1/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + Api.adminPassword() + "\"}");
        assertEquals("while it waits, the address gets nothing", 429, admin.status());
        api.adminToken();
    }

    @Test
    public void aSuspendedBranchCannotLogIn() {
        String admin = api.adminToken();
        api.onboard(admin, "dormant", "dormant-admin");
        expect(200, api.call("PATCH", "/v1/admin/tenants/dormant", admin, "{\"status\":\"SUSPENDED\"}"));
        expect(403, api.post("/v1/auth/token", null, login("dormant", "dormant-admin", "branch-password-1")));
        // a wrong password learns nothing about the branch
        expect(401, api.post("/v1/auth/token", null, login("dormant", "dormant-admin", "not-the-password")));
        expect(200, api.call("PATCH", "/v1/admin/tenants/dormant", admin, "{\"status\":\"ACTIVE\"}"));
        api.login("dormant", "dormant-admin", "branch-password-1");
    }

    @Test
    public void aDisabledUsersTokenStopsAtOnceAndAResetPasswordEndsTheOldOne() {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "strict", "strict-admin");
        String bob = api.user(admin, "strict", "bob", "BRANCH_ADMIN");
        expect(200, api.get("/v1/tenants/strict/users", bob));

        Reply disabled = expect(200, api.post("/v1/tenants/strict/users/bob/disable", branch, null));
        assertTrue(disabled.json().get("disabled").asBoolean());
        expect(401, api.get("/v1/tenants/strict/users", bob));
        expect(403, api.post("/v1/auth/token", null, login("strict", "bob", STAFF_PASSWORD)));
        expect(422, api.post("/v1/tenants/strict/users/strict-admin/disable", branch, null));
        expect(404, api.post("/v1/tenants/strict/users/nobody/disable", branch, null));

        expect(200, api.post("/v1/tenants/strict/users/bob/enable", branch, null));
        expect(401, api.get("/v1/tenants/strict/users", bob));
        String again = api.login("strict", "bob", STAFF_PASSWORD);
        expect(200, api.get("/v1/tenants/strict/users", again));

        Api.expectField(400, "password", api.post("/v1/tenants/strict/users/bob/password", branch, "{\"password\":\"short\"}"));
        expect(204, api.post("/v1/admin/tenants/strict/users/bob/password", admin, "{\"password\":\"fresh-password-2\"}"));
        expect(401, api.get("/v1/tenants/strict/users", again));
        expect(401, api.post("/v1/auth/token", null, login("strict", "bob", STAFF_PASSWORD)));
        api.login("strict", "bob", "fresh-password-2");
    }

    @Test
    public void usersChangeTheirOwnPassword() {
        String admin = api.adminToken();
        api.onboard(admin, "selfserve", "selfserve-admin");
        String carol = api.user(admin, "selfserve", "carol", "BRANCH_ADMIN");
        String change = "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}";
        Api.expectField(422, "currentPassword", api.post("/v1/auth/password", carol, String.format(change, "wrong-one", "carols-new-pass")));
        Api.expectField(400, "newPassword", api.post("/v1/auth/password", carol, String.format(change, STAFF_PASSWORD, "short")));
        expect(401, api.post("/v1/auth/password", null, String.format(change, STAFF_PASSWORD, "carols-new-pass")));

        Reply changed = expect(200, api.post("/v1/auth/password", carol, String.format(change, STAFF_PASSWORD, "carols-new-pass")));
        String fresh = changed.json().get("accessToken").asText();
        expect(401, api.get("/v1/tenants/selfserve/users", carol));
        expect(200, api.get("/v1/tenants/selfserve/users", fresh));
        expect(401, api.post("/v1/auth/token", null, login("selfserve", "carol", STAFF_PASSWORD)));
        api.login("selfserve", "carol", "carols-new-pass");
    }
}

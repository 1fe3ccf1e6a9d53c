package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The group's roll-ups over two branches with known data, the ranking, and a group auditor who sees figures but no branch data. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GroupRollupsIT {

    private static final String G = "/v1/group";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("ticketing", "cylinders");
    }

    private static JsonNode branch(JsonNode rollups, String code) {
        for (JsonNode b : rollups.get("branches")) {
            if (b.get("branch").asText().equals(code)) {
                return b.get("figures");
            }
        }
        throw new AssertionError(code + " not in " + rollups);
    }

    @Test
    public void branchesSideBySideRankedAndReadByAnAuditorWhoSeesNoBranchData() {
        String admin = api.adminToken();
        api.onboard(admin, "r-east", "r-east-admin", "ticketing", "cylinders");
        api.onboard(admin, "r-west", "r-west-admin", "ticketing");
        String eastAgent = api.user(admin, "r-east", "r-east-agent", "AGENT");
        String westAgent = api.user(admin, "r-west", "r-west-agent", "AGENT");
        String eastClerk = api.user(admin, "r-east", "r-east-clerk", "CYLINDER_CLERK");
        String eastBoss = api.login("r-east", "r-east-admin", "branch-password-1");
        String t = "/v1/tenants/";
        expect(201, api.post(t + "r-east/ticketing/tickets", eastAgent, "{\"type\":\"REPAIR\",\"address\":\"中山路 9 号\",\"description\":\"热水器打不着\"}"));
        expect(201, api.post(t + "r-east/ticketing/tickets", eastAgent, "{\"type\":\"COMPLAINT\",\"grade\":\"MINOR\",\"address\":\"中山路 10 号\","
                + "\"description\":\"抄表员态度差\"}"));
        expect(201, api.post(t + "r-west/ticketing/tickets", westAgent, "{\"type\":\"CONSULTATION\",\"address\":\"西山路 1 号\","
                + "\"description\":\"咨询开户手续\"}"));
        String c = t + "r-east/cylinders";
        expect(201, api.post(c + "/points", eastBoss, "{\"code\":\"P01\",\"name\":\"城东调瓶点\",\"address\":\"城东路 1 号\",\"staff\":[\"r-east-clerk\"]}"));
        expect(201, api.post(c + "/cylinders", eastClerk, "{\"serial\":\"R-1\",\"spec\":\"YSP-15\",\"point\":\"P01\",\"nextInspectionOn\":\""
                + TODAY.plusYears(2) + "\",\"status\":\"FULL\"}"));
        expect(201, api.post(c + "/exchanges", eastClerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"customer\":\"客户\",\"priceFen\":12000,"
                + "\"payment\":\"CASH\"}"));
        expect(201, api.post(c + "/points/P01/remittances", eastClerk, "{\"dayOn\":\"" + TODAY + "\",\"cashFen\":10000,\"vouchers\":0}"));

        // a group auditor: created by the group admin with group roles only
        expectField(400, "roles[0]", api.post("/v1/admin/group-users", admin, "{\"username\":\"audit-li\",\"password\":\"auditor-password-1\","
                + "\"displayName\":\"李审计\",\"roles\":[\"CLERK\"]}"));
        expect(201, api.post("/v1/admin/group-users", admin, "{\"username\":\"audit-li\",\"password\":\"auditor-password-1\","
                + "\"displayName\":\"李审计\",\"roles\":[\"GROUP_AUDITOR\"]}"));
        String auditor = api.login(null, "audit-li", "auditor-password-1");

        String period = "?from=" + TODAY + "&to=" + TODAY;
        JsonNode rollups = expect(200, api.get(G + "/rollups" + period, auditor)).json();
        JsonNode east = branch(rollups, "r-east");
        JsonNode west = branch(rollups, "r-west");
        assertEquals(2, east.get("ticketsReceived").asInt());
        assertEquals(0.5, east.get("complaintRate").asDouble(), 1e-9);
        assertEquals(1, west.get("ticketsReceived").asInt());
        assertEquals(0.0, west.get("complaintRate").asDouble(), 1e-9);
        assertEquals(1, east.get("cylinderExchanges").asInt());
        assertEquals(2000, east.get("remittanceShortFen").asInt());
        assertFalse("a branch without cylinders has no cylinder figures", west.has("cylinderExchanges"));
        assertFalse("no personal data", rollups.toString().contains("中山路") || rollups.toString().contains("客户"));
        String csv = expect(200, api.get(G + "/rollups.csv" + period, auditor)).raw().body();
        assertTrue(csv, csv.startsWith("branch,name,") && csv.contains("ticketsReceived") && csv.contains("\r\nr-east,r-east 分公司,"));

        JsonNode ranking = expect(200, api.get(G + "/ranking" + period + "&measure=ticketsReceived", auditor)).json();
        int eastRank = -1;
        int westRank = -1;
        for (JsonNode line : ranking.get("lines")) {
            if (line.get("branch").asText().equals("r-east")) {
                eastRank = line.get("rank").asInt();
            } else if (line.get("branch").asText().equals("r-west")) {
                westRank = line.get("rank").asInt();
            }
        }
        assertTrue(ranking.toString(), eastRank == 1 && westRank == 2);
        expect(404, api.get(G + "/ranking" + period + "&measure=nosuch", auditor));
        expectField(400, "to", api.get(G + "/rollups?from=" + TODAY + "&to=" + TODAY.minusDays(1), auditor));

        // the auditor reads figures and drift, nothing else: no branch's records, no admin work, no templates written
        expect(404, api.get(t + "r-east/ticketing/tickets", auditor));
        expect(403, api.get("/v1/admin/tenants", auditor));
        expect(403, api.post(G + "/templates/sla-policy/versions", auditor, "{}"));
        expect(403, api.get(G + "/rollups" + period, eastBoss));
    }

    @Test
    public void theCalendarPublishedOnceReachesEveryBranchsClocks() {
        String admin = api.adminToken();
        String north = api.onboard(admin, "cal-north", "cal-north-admin", "ticketing");
        String south = api.onboard(admin, "cal-south", "cal-south-admin", "ticketing");
        // a day outside the template's year is the module's field error
        JsonNode bad = expect(201, api.post(G + "/templates/calendar/versions", admin, "{\"content\":{\"year\":2027,\"days\":["
                + "{\"dayOn\":\"2026-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]}}")).json();
        expectField(422, "content.days[0].dayOn", api.post(G + "/templates/calendar/versions/" + bad.get("version").asInt() + "/publish", admin, null));
        JsonNode v = expect(201, api.post(G + "/templates/calendar/versions", admin, "{\"content\":{\"year\":2027,\"days\":["
                + "{\"dayOn\":\"2027-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"dayOn\":\"2027-02-07\",\"kind\":\"WORKDAY\",\"name\":\"春节调休上班\"}]},\"note\":\"2027 年节假日安排\"}")).json();
        String version = G + "/templates/calendar/versions/" + v.get("version").asInt();
        expect(200, api.post(version + "/publish", admin, null));
        expect(200, api.post(version + "/issue", admin, "{}"));
        // both branches follow the latest calendar: each adopts this one now, and next year's as it is issued
        for (String b : new String[] { "cal-north", "cal-south" }) {
            expect(200, api.call("PUT", G + "/branches/" + b + "/templates/calendar", admin, "{\"followLatest\":true}"));
        }
        for (String[] b : new String[][] { { "cal-north", north }, { "cal-south", south } }) {
            String days = expect(200, api.get("/v1/tenants/" + b[0] + "/ticketing/calendar?year=2027", b[1])).json().get("items").toString();
            assertTrue(b[0] + " " + days, days.contains("\"2027-01-01\"") && days.contains("HOLIDAY") && days.contains("\"2027-02-07\""));
        }
    }
}

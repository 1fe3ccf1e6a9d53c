package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
        api.awaitModules("ticketing", "cylinders", "accounts", "metering", "duties");
    }

    private static JsonNode branch(JsonNode rollups, String code) {
        for (JsonNode b : rollups.get("branches")) {
            if (b.get("branch").asText().equals(code)) {
                return b.get("figures");
            }
        }
        throw new AssertionError(code + " not in " + rollups);
    }

    /** The measure of a bill due on {@code dueOn} that is still unpaid today: its age grows with the day this test runs. */
    private static String arrearsMeasure(LocalDate dueOn) {
        long days = ChronoUnit.DAYS.between(dueOn, TODAY);
        return days <= 30 ? "arrears0to30DaysFen" : days <= 90 ? "arrears31to90DaysFen" : days <= 180 ? "arrears91to180DaysFen" : "arrearsOver180DaysFen";
    }

    @Test
    public void branchesSideBySideRankedAndReadByAnAuditorWhoSeesNoBranchData() {
        String admin = api.adminToken();
        api.onboard(admin, "r-east", "r-east-admin", "ticketing", "cylinders", "accounts", "metering", "duties");
        api.onboard(admin, "r-west", "r-west-admin", "ticketing", "accounts");
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
        // east opens and closes one account, billed twice on the way; west opens two
        String no = new Branch(api, "r-east").activeAccount(eastBoss, "东一", 0);
        String m = t + "r-east/metering";
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", eastBoss, Branch.TIERS));
        expect(201, api.post(m + "/meters", eastBoss, "{\"serial\":\"R-M1\",\"accountNo\":\"" + no
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-09-25\",\"initialReading\":100}"));
        expect(201, api.post(m + "/readings", eastBoss, "{\"serial\":\"R-M1\",\"value\":150,\"readOn\":\"2026-10-25\"}"));
        // 50 m³ at 261 fen, due 2026-11-20 and never paid
        assertEquals(1, new Branch(api, "r-east").billRun(eastBoss, "2026-10").get("billed").asInt());
        // the final bill: 10 m³ more, due today, so not yet past due
        expect(200, api.post(t + "r-east/accounts/accounts/" + no + "/close", eastBoss, "{\"reason\":\"迁出\",\"finalReading\":160}"));
        String westBoss = api.login("r-west", "r-west-admin", "branch-password-1");
        new Branch(api, "r-west").activeAccount(westBoss, "西一", 0);
        new Branch(api, "r-west").activeAccount(westBoss, "西二", 0);
        // east's duties: agents from 08:00 to 12:00, the morning shift ends at 10:00; a score above, at and below the base
        String d = t + "r-east/duties";
        String eastLead = api.user(admin, "r-east", "r-east-lead", "SHIFT_LEAD");
        expect(201, api.post(d + "/staff", eastLead, "{\"username\":\"r-east-agent\",\"name\":\"张敏\",\"position\":\"agent\"}"));
        expect(201, api.post(d + "/staff", eastLead, "{\"username\":\"r-east-clerk\",\"name\":\"王强\",\"position\":\"agent\"}"));
        expect(201, api.post(d + "/staff", eastLead, "{\"username\":\"r-east-lead\",\"name\":\"周亮\",\"position\":\"shift-lead\"}"));
        expect(201, api.post(d + "/shifts", eastLead, "{\"code\":\"am\",\"name\":\"早班\",\"starts\":\"08:00\",\"ends\":\"10:00\"}"));
        expect(200, api.call("PUT", d + "/seat-rules", eastLead, "[{\"position\":\"agent\",\"from\":\"08:00\",\"to\":\"12:00\",\"minSeats\":1}]"));
        expect(200, api.call("PUT", d + "/rosters/" + TODAY, eastLead, "{\"assignments\":[{\"shift\":\"am\",\"username\":\"r-east-agent\"}]}"));
        String month = YearMonth.from(TODAY).toString();
        expect(201, api.post(d + "/assessments/items", eastLead, "{\"username\":\"r-east-agent\",\"month\":\"" + month
                + "\",\"points\":5,\"reason\":\"处理漏气报警及时\"}"));
        expect(201, api.post(d + "/assessments/items", eastLead, "{\"username\":\"r-east-clerk\",\"month\":\"" + month
                + "\",\"points\":-3,\"reason\":\"巡查漏记一次\"}"));

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
        // by type: received, and none of east's repair clocks has run over yet (each is hours long)
        assertEquals(1, east.get("ticketsReceived.REPAIR").asInt());
        assertEquals(1, east.get("ticketsReceived.COMPLAINT").asInt());
        assertEquals(0, east.get("ticketsOverdue.REPAIR").asInt());
        assertEquals(0, east.get("ticketsOnTime.REPAIR").asInt());
        assertEquals(1, west.get("ticketsReceived.CONSULTATION").asInt());
        assertEquals(0, west.get("ticketsReceived.REPAIR").asInt());
        assertEquals(0.0, west.get("complaintRate").asDouble(), 1e-9);
        assertEquals(1, east.get("cylinderExchanges").asInt());
        assertEquals(2000, east.get("remittanceShortFen").asInt());
        assertFalse("a branch without cylinders has no cylinder figures", west.has("cylinderExchanges"));
        assertEquals(1, east.get("accountsOpened").asInt());
        assertEquals(1, east.get("accountsClosed").asInt());
        assertEquals(2, west.get("accountsOpened").asInt());
        assertEquals(0, west.get("accountsClosed").asInt());
        assertEquals(60.0, east.get("billedVolumeM3").asDouble(), 1e-9);
        assertEquals(60 * 261, east.get("billedRevenueFen").asInt());
        String aged = arrearsMeasure(LocalDate.of(2026, 11, 20));
        for (String bucket : new String[] { "arrears0to30DaysFen", "arrears31to90DaysFen", "arrears91to180DaysFen", "arrearsOver180DaysFen" }) {
            assertEquals(bucket, bucket.equals(aged) ? 50 * 261 : 0, east.get(bucket).asInt());
        }
        assertEquals(2, east.get("rosterGapHours").asInt());
        assertEquals(1, east.get("staffMonthsAboveBase").asInt());
        assertEquals(1, east.get("staffMonthsAtBase").asInt());
        assertEquals(1, east.get("staffMonthsBelowBase").asInt());
        assertFalse("a branch without metering or duties has none of their figures", west.has("billedRevenueFen") || west.has("rosterGapHours"));
        assertFalse("no personal data", rollups.toString().contains("中山路") || rollups.toString().contains("客户"));
        String csv = expect(200, api.get(G + "/rollups.csv" + period, auditor)).raw().body();
        assertTrue(csv, csv.startsWith("branch,name,") && csv.contains("ticketsReceived") && csv.contains("\r\nr-east,r-east 分公司,"));
        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        List<String> eastRow = List.of(csv.substring(csv.indexOf("\r\nr-east,") + 2).split("\r\n")[0].split(",", -1));
        assertEquals(csv, "1.0", eastRow.get(header.indexOf("accountsClosed")));
        assertEquals(csv, "15660.0", eastRow.get(header.indexOf("billedRevenueFen")));
        assertEquals(csv, "13050.0", eastRow.get(header.indexOf(aged)));
        assertEquals(csv, "2.0", eastRow.get(header.indexOf("rosterGapHours")));
        assertEquals(csv, "1.0", eastRow.get(header.indexOf("staffMonthsBelowBase")));

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

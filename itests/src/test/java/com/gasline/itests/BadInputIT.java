package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
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

/** The bad requests that once got a 500 from the business modules: each a 4xx naming the field, and nothing changed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT {

    private static final String LONG = "长".repeat(5000);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("duties", "ticketing", "cylinders");
    }

    private int count(String path, String token) {
        return expect(200, api.get(path, token)).json().path("total").asInt(-1);
    }

    @Test
    public void ticketingRefusesWhatItCannotStore() {
        String admin = api.adminToken();
        String boss = api.onboard(admin, "bad-tkt", "bad-tkt-admin", "ticketing");
        String agent = api.user(admin, "bad-tkt", "bad-tkt-agent", "AGENT", "SUPERVISOR");
        String t = "/v1/tenants/bad-tkt/ticketing";
        expectField(400, "type", api.post(t + "/tickets", agent, "{\"address\":\"锦绣路 8 号\",\"description\":\"x\"}"));
        expectField(400, "grade", api.post(t + "/tickets", agent, "{\"type\":\"COMPLAINT\",\"address\":\"锦绣路 8 号\",\"description\":\"x\"}"));
        expectField(400, "address", api.post(t + "/tickets", agent, "{\"type\":\"REPAIR\",\"address\":\"" + LONG + "\",\"description\":\"x\"}"));
        assertEquals(0, count(t + "/tickets", agent));
        String before = expect(200, api.get(t + "/sla-policy", boss)).raw().body();
        expectField(400, "rules[0].type", api.call("PUT", t + "/sla-policy", boss, "{\"rules\":[{}]}"));
        assertEquals(before, expect(200, api.get(t + "/sla-policy", boss)).raw().body());

        // a dispatch to someone who is not a user of the branch
        String no = expect(201, api.post(t + "/tickets", agent, "{\"type\":\"REPAIR\",\"address\":\"锦绣路 8 号\",\"description\":\"漏气\"}"))
                .json().get("ticketNo").asText();
        expectField(422, "technician", api.post(t + "/tickets/" + no + "/dispatch", agent, "{\"technician\":\"nobody\"}"));
        assertEquals("RECEIVED", expect(200, api.get(t + "/tickets/" + no, agent)).json().get("status").asText());
        expect(404, api.post(t + "/tickets/NOSUCH/dispatch", agent, "{\"department\":\"维修班\"}"));

        // the calendar: a broken CSV names its line, a day set can be cleared
        expectField(400, "line 2", api.call("POST", t + "/calendar:import", boss, "2026-10-01,HOLIDAY,国庆节\n2026-10-02,HOLIDAY,\"oops\n",
                "Content-Type", "text/csv"));
        assertEquals(0, expect(200, api.get(t + "/calendar", boss)).json().get("items").size());
        expect(200, api.call("PUT", t + "/calendar/2026-10-01", boss, "{\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}"));
        expect(204, api.call("DELETE", t + "/calendar/2026-10-01", boss, null));
        expect(404, api.call("DELETE", t + "/calendar/2026-10-01", boss, null));
        assertEquals(0, expect(200, api.get(t + "/calendar", boss)).json().get("items").size());

        // a register never hands a spreadsheet a live formula
        expect(201, api.post(t + "/tickets", agent, "{\"type\":\"COMPLAINT\",\"grade\":\"MINOR\",\"address\":\"锦绣路 8 号\","
                + "\"description\":\"=HYPERLINK(\\\"http://evil\\\",\\\"点我\\\")\"}"));
        String csv = expect(200, api.get(t + "/registers/complaints?from=" + TODAY + "&to=" + TODAY, agent)).raw().body();
        assertTrue(csv, csv.contains("'=HYPERLINK") && !csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"));
    }

    @Test
    public void dutiesNamesNullItemsLongTextsAndUnknownPeople() {
        String admin = api.adminToken();
        api.onboard(admin, "bad-dut", "bad-dut-admin", "duties", "cylinders");
        String lead = api.user(admin, "bad-dut", "bad-dut-lead", "SHIFT_LEAD", "BRANCH_ADMIN");
        String zhang = api.user(admin, "bad-dut", "bad-dut-zhang", "AGENT");
        String d = "/v1/tenants/bad-dut/duties";
        expect(201, api.post(d + "/staff", lead, "{\"username\":\"bad-dut-zhang\",\"name\":\"张敏\",\"position\":\"agent\"}"));
        expect(201, api.post(d + "/shifts", lead, "{\"code\":\"day\",\"name\":\"白班\",\"starts\":\"08:00\",\"ends\":\"20:00\"}"));
        expectField(400, "result", api.post(d + "/staff/bad-dut-zhang/training", lead,
                "{\"trainedOn\":\"2026-03-01\",\"course\":\"岗前培训\",\"hours\":16,\"result\":\"" + LONG + "\"}"));
        String tomorrow = TODAY.plusDays(1).toString();
        expectField(400, "assignments[0].shift", api.call("PUT", d + "/rosters/" + tomorrow, lead, "{\"assignments\":[{}]}"));
        expectField(400, "assignments[1].username", api.call("PUT", d + "/rosters/" + tomorrow, lead,
                "{\"assignments\":[{\"shift\":\"day\",\"username\":\"bad-dut-zhang\"},null]}"));
        expectField(422, "[0].position", api.call("PUT", d + "/seat-rules", lead, "[{\"position\":\"astronaut\",\"from\":\"08:00\",\"to\":\"20:00\",\"minSeats\":1}]"));
        expectField(400, "[0].position", api.call("PUT", d + "/seat-rules", lead, "[{}]"));
        assertEquals(0, expect(200, api.get(d + "/seat-rules", lead)).json().size());
        assertEquals(0, expect(200, api.get(d + "/rosters?from=" + tomorrow + "&to=" + tomorrow, lead)).json().get("items").size());
        expectField(422, "incoming", api.post(d + "/handovers", zhang, "{\"shift\":\"day\",\"incoming\":\"nobody\"}"));
        expectField(422, "point", api.post(d + "/handovers", zhang, "{\"shift\":\"day\",\"incoming\":\"bad-dut-admin\",\"point\":\"NOWHERE\"}"));
        expect(404, api.get(d + "/handovers/NOSUCH", lead));
        String staff = expect(200, api.get(d + "/staff", lead)).raw().body();
        assertTrue(staff, !staff.contains(LONG.substring(0, 10)));
    }

    @Test
    public void cylindersAndUsersNameNullItems() {
        String admin = api.adminToken();
        String boss = api.onboard(admin, "bad-cyl", "bad-cyl-admin", "cylinders");
        String c = "/v1/tenants/bad-cyl/cylinders";
        expect(201, api.post(c + "/points", boss, "{\"code\":\"P01\",\"name\":\"中山调瓶点\",\"address\":\"中山路 1 号\"}"));
        String stock = expect(200, api.get(c + "/points/P01/stock", boss)).raw().body();
        expectField(400, "serials[0]", api.post(c + "/points/P01/deliveries", boss, "{\"serials\":[null]}"));
        expectField(400, "lines[0].status", api.post(c + "/points/P01/stock-counts", boss, "{\"lines\":[{}]}"));
        expectField(400, "staff[0]", api.post(c + "/points", boss, "{\"code\":\"P02\",\"name\":\"x\",\"address\":\"y\",\"staff\":[null]}"));
        assertEquals(stock, expect(200, api.get(c + "/points/P01/stock", boss)).raw().body());
        assertEquals(0, expect(200, api.get(c + "/points/P01/stock-counts", boss)).json().get("items").size());
        expect(404, api.get(c + "/points/P02/stock", boss));
        expectField(400, "roles[0]", api.post("/v1/admin/tenants/bad-cyl/users", admin,
                "{\"username\":\"bad-cyl-x\",\"password\":\"staff-password-1\",\"roles\":[null]}"));
    }

    /** 401 before 403 before 400: a caller without the role learns nothing about what a good body would be. */
    @Test
    public void statusOrderIsTokenThenRoleThenBody() {
        String admin = api.adminToken();
        api.onboard(admin, "bad-ord", "bad-ord-admin", "ticketing");
        String reader = api.user(admin, "bad-ord", "bad-ord-reader", "METER_READER");
        String agent = api.user(admin, "bad-ord", "bad-ord-agent", "AGENT");
        String t = "/v1/tenants/bad-ord/ticketing/tickets";
        expect(401, api.post(t, null, "{\"type\":"));
        expect(401, api.post(t, "not-a-token", "{\"type\":\"a\\u0000\"}"));
        expect(403, api.post(t, reader, "{\"type\":"));
        expect(403, api.post(t, reader, "{\"type\":\"a\\u0000\"}"));
        expect(403, api.get(t + "?status=%00", reader));
        expect(400, api.post(t, agent, "{\"type\":"));
        expectField(400, "type", api.post(t, agent, "{\"type\":\"a\\u0000\"}"));
        expectField(400, "status", api.get(t + "?status=%00", agent));
        assertEquals(0, count(t, agent));
    }
}

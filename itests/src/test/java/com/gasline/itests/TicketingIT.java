package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
import com.gasline.itests.Api.Reply;

/** Service tickets through HTTP: the flow and its roles, SLA escalation, the outage notice rule, registers and KPIs. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketingIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts", "ticketing");
    }

    private String account(String tenant, String token) {
        String b = "/v1/tenants/" + tenant + "/accounts";
        String customer = expect(201, api.post(b + "/customers", token, "{\"kind\":\"PERSON\",\"name\":\"郑华\",\"category\":\"RESIDENTIAL\"}"))
                .json().get("id").asText();
        String premises = expect(201, api.post(b + "/premises", token, "{\"district\":\"西城区\",\"community\":\"锦绣小区\",\"building\":\"8栋\","
                + "\"address\":\"锦绣路 8 号 8 栋\"}")).json().get("id").asText();
        return expect(201, api.post(b + "/accounts", token, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}"))
                .json().get("accountNo").asText();
    }

    private static List<String> clocks(JsonNode ticket) {
        List<String> names = new ArrayList<>();
        ticket.get("clocks").forEach(c -> names.add(c.get("clock").asText()));
        return names;
    }

    @Test
    public void aRepairGoesThroughEveryStepAndEachIsKept() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "tkt-east", "tkt-admin", "accounts", "ticketing");
        String agent = api.user(admin, "tkt-east", "tkt-agent", "AGENT");
        String tech = api.user(admin, "tkt-east", "tkt-tech", "TECHNICIAN");
        String otherTech = api.user(admin, "tkt-east", "tkt-tech2", "TECHNICIAN");
        String supervisor = api.user(admin, "tkt-east", "tkt-sup", "SUPERVISOR");
        String accountNo = account("tkt-east", branchAdmin);
        String t = "/v1/tenants/tkt-east/ticketing/tickets";

        Reply bad = expect(400, api.post(t, agent, "{\"type\":\"GOSSIP\",\"description\":\"\"}"));
        assertEquals("type", bad.json().get("errors").get(0).get("field").asText());
        Api.expectField(422, "accountNo", api.post(t, agent, "{\"type\":\"REPAIR\",\"accountNo\":\"NOPE\",\"description\":\"灶具打不着火\"}"));
        expect(403, api.post(t, tech, "{\"type\":\"REPAIR\",\"address\":\"x\",\"description\":\"x\"}"));

        JsonNode created = expect(201, api.post(t, agent, "{\"type\":\"REPAIR\",\"channel\":\"HOTLINE\",\"accountNo\":\"" + accountNo
                + "\",\"callerPhone\":\"13700001234\",\"description\":\"灶具打不着火\"}")).json();
        String no = created.get("ticketNo").asText();
        assertEquals("RECEIVED", created.get("status").asText());
        assertEquals("锦绣路 8 号 8 栋", created.get("address").asText());
        assertEquals("郑华", created.get("callerName").asText());
        assertEquals(List.of("ARRIVAL"), clocks(created));

        // technicians see only what is dispatched to them
        expect(404, api.get(t + "/" + no, tech));
        expect(409, api.post(t + "/" + no + "/callback", agent, "{\"satisfaction\":5}"));
        expect(200, api.post(t + "/" + no + "/dispatch", agent, "{\"department\":\"维修班\",\"technician\":\"tkt-tech\"}"));
        expect(403, api.post(t + "/" + no + "/dispatch", agent, "{\"technician\":\"tkt-tech2\"}"));
        expect(404, api.get(t + "/" + no, otherTech));
        assertEquals(1, expect(200, api.get(t, tech)).json().get("total").asInt());
        assertEquals(0, expect(200, api.get(t, otherTech)).json().get("total").asInt());

        JsonNode started = expect(200, api.post(t + "/" + no + "/start", tech, "{}")).json();
        assertNotNull("arrival met", started.get("clocks").get(0).get("metAt").textValue());
        JsonNode resolved = expect(200, api.post(t + "/" + no + "/resolve", tech, "{\"note\":\"更换点火针\"}")).json();
        assertEquals(List.of("ARRIVAL", "CALLBACK"), clocks(resolved));

        // an unsatisfied callback sends it back for rework; the second callback closes it
        Api.expectField(400, "satisfaction", api.post(t + "/" + no + "/callback", agent, "{\"satisfaction\":9}"));
        assertEquals("RESOLVED", expect(200, api.post(t + "/" + no + "/callback", agent, "{\"reached\":false,\"comment\":\"无人接听\"}")).json()
                .get("status").asText());
        expect(200, api.post(t + "/" + no + "/callback", agent, "{\"satisfaction\":2,\"comment\":\"还是偶尔打不着\"}"));
        expect(400, api.post(t + "/" + no + "/reopen", agent, "{}"));
        assertEquals("DISPATCHED", expect(200, api.post(t + "/" + no + "/reopen", agent, "{\"note\":\"客户不满意，整改\"}")).json().get("status").asText());
        expect(200, api.post(t + "/" + no + "/start", tech, "{}"));
        expect(200, api.post(t + "/" + no + "/resolve", tech, "{\"note\":\"更换灶具阀门\"}"));
        expect(200, api.post(t + "/" + no + "/callback", agent, "{\"satisfaction\":5,\"comment\":\"满意\"}"));
        expect(403, api.post(t + "/" + no + "/close", agent, "{}"));
        JsonNode closed = expect(200, api.post(t + "/" + no + "/close", supervisor, "{}")).json();
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(5, closed.get("satisfaction").asInt());
        expect(409, api.post(t + "/" + no + "/reopen", supervisor, "{\"note\":\"x\"}"));

        List<String> steps = new ArrayList<>();
        expect(200, api.get(t + "/" + no + "/events", supervisor)).json().get("items").forEach(e -> steps.add(e.get("action").asText() + ":" + e.get("actor").asText()));
        assertEquals(List.of("RECEIVE:tkt-agent", "DISPATCH:tkt-agent", "START:tkt-tech", "RESOLVE:tkt-tech", "CALLBACK_ATTEMPT:tkt-agent",
                "CALLBACK:tkt-agent", "REOPEN:tkt-agent", "START:tkt-tech", "RESOLVE:tkt-tech", "CALLBACK:tkt-agent", "CLOSE:tkt-sup"), steps);

        // registers and KPIs of the day
        String today = OffsetDateTime.now(SHANGHAI).toLocalDate().toString();
        expect(201, api.post(t, agent, "{\"type\":\"COMPLAINT\",\"grade\":\"IMPORTANT\",\"address\":\"锦绣路 8 号\",\"description\":\"抄表员态度差\"}"));
        JsonNode kpis = expect(200, api.get("/v1/tenants/tkt-east/ticketing/kpis?from=" + today + "&to=" + today, supervisor)).json();
        assertEquals(2, kpis.get("received").asInt());
        assertEquals(1, kpis.get("byType").get("REPAIR").asInt());
        assertEquals(1, kpis.get("byType").get("COMPLAINT").asInt());
        assertEquals(0.5, kpis.get("handlingRate").asDouble(), 0.0001);
        assertEquals(1.0, kpis.get("callbackRate").asDouble(), 0.0001);
        assertEquals(0.6667, kpis.get("callbackSuccessRate").asDouble(), 0.0001);
        assertEquals(5.0, kpis.get("meanSatisfaction").asDouble(), 0.0001);
        assertEquals(1.0, kpis.get("onTimeRate").get("ARRIVAL").asDouble(), 0.0001);
        Api.expectField(400, "from", api.get("/v1/tenants/tkt-east/ticketing/kpis?from=2026-13-01&to=" + today, supervisor));
        Reply csv = expect(200, api.get("/v1/tenants/tkt-east/ticketing/registers/complaints?from=" + today + "&to=" + today, supervisor));
        String body = csv.raw().body();
        assertTrue(body, body.contains("工单号") && body.contains("抄表员态度差") && !body.contains("灶具打不着火"));
        String summary = expect(200, api.get("/v1/tenants/tkt-east/ticketing/registers/callback-summary?from=" + today + "&to=" + today,
                supervisor)).raw().body();
        assertTrue(summary, summary.contains("REPAIR,1,1,1.0,1,1,1.0,5.00"));
        expect(404, api.get("/v1/tenants/tkt-east/ticketing/registers/gossip?from=" + today + "&to=" + today, supervisor));
    }

    @Test
    public void anOverdueClockIsEscalatedOnceAndRecorded() {
        String admin = api.adminToken();
        api.onboard(admin, "tkt-night", "night-admin", "ticketing");
        String agent = api.user(admin, "tkt-night", "night-agent", "AGENT");
        String supervisor = api.user(admin, "tkt-night", "night-sup", "SUPERVISOR");
        String t = "/v1/tenants/tkt-night/ticketing/tickets";
        // a leak alarm from the night duty log, entered two hours later: its 1-hour arrival clock has run out
        String twoHoursAgo = OffsetDateTime.now(SHANGHAI).minusHours(2).withNano(0).toString();
        String no = expect(201, api.post(t, agent, "{\"type\":\"EMERGENCY\",\"channel\":\"HOTLINE\",\"address\":\"和平路 3 号\","
                + "\"description\":\"楼道有燃气味\",\"receivedAt\":\"" + twoHoursAgo + "\"}")).json().get("ticketNo").asText();
        expect(400, api.post(t, agent, "{\"type\":\"EMERGENCY\",\"address\":\"x\",\"description\":\"x\",\"receivedAt\":\""
                + OffsetDateTime.now(SHANGHAI).plusHours(3).withNano(0) + "\"}"));
        assertEquals(1, expect(200, api.get(t + "?overdue=true", agent)).json().get("total").asInt());
        expect(403, api.post("/v1/tenants/tkt-night/ticketing/escalations:run", agent, null));
        JsonNode escalated = expect(200, api.post("/v1/tenants/tkt-night/ticketing/escalations:run", supervisor, null)).json();
        assertEquals(1, escalated.size());
        assertEquals("ESCALATE", escalated.get(0).get("action").asText());
        assertTrue(escalated.get(0).get("note").asText().contains("SHIFT_LEAD"));
        assertEquals(0, expect(200, api.post("/v1/tenants/tkt-night/ticketing/escalations:run", supervisor, null)).json().size());
        JsonNode ticket = expect(200, api.get(t + "/" + no, agent)).json();
        assertTrue(ticket.get("clocks").get(0).get("overdue").asBoolean());
        assertNotNull(ticket.get("clocks").get(0).get("escalatedAt").textValue());
        // without the accounts module an account number is kept as told
        expect(201, api.post(t, agent, "{\"type\":\"CONSULTATION\",\"accountNo\":\"OLD-123\",\"address\":\"x\",\"description\":\"气价咨询\"}"));
    }

    @Test
    public void plannedOutagesNeedTheMinimumNoticeAndReachTheArea() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "tkt-out", "out-admin", "accounts", "ticketing");
        String accountNo = account("tkt-out", branchAdmin);
        String o = "/v1/tenants/tkt-out/ticketing/outage-notices";
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).withNano(0);
        Reply tooLate = expect(422, api.post(o, branchAdmin, "{\"area\":\"西城区/锦绣小区\",\"startsAt\":\"" + now.plusHours(24) + "\",\"endsAt\":\""
                + now.plusHours(30) + "\",\"reason\":\"管网改造\"}"));
        assertEquals("startsAt", tooLate.json().get("errors").get(0).get("field").asText());
        assertEquals(0, expect(200, api.get(o, branchAdmin)).json().get("items").size());
        expect(400, api.post(o, branchAdmin, "{\"area\":\"西城区\",\"startsAt\":\"" + now.plusHours(80) + "\",\"endsAt\":\"" + now.plusHours(72)
                + "\",\"reason\":\"x\"}"));
        JsonNode planned = expect(201, api.post(o, branchAdmin, "{\"area\":\"西城区/锦绣小区\",\"startsAt\":\"" + now.plusHours(72) + "\",\"endsAt\":\""
                + now.plusHours(80) + "\",\"reason\":\"管网改造\"}")).json();
        assertEquals(List.of(accountNo), List.of(planned.get("affectedAccounts").get(0).asText()));
        JsonNode emergency = expect(201, api.post(o, branchAdmin, "{\"area\":\"东城区\",\"startsAt\":\"" + now.plusHours(1) + "\",\"endsAt\":\""
                + now.plusHours(5) + "\",\"reason\":\"管道破损抢修\",\"emergency\":true}")).json();
        assertEquals(0, emergency.get("affectedAccounts").size());
        // a branch can ask for more notice
        JsonNode policy = expect(200, api.get("/v1/tenants/tkt-out/ticketing/sla-policy", branchAdmin)).json();
        assertEquals(48, policy.get("outageNoticeHours").asInt());
        expect(400, api.call("PUT", "/v1/tenants/tkt-out/ticketing/sla-policy", branchAdmin, "{\"rules\":[{\"type\":\"REPAIR\",\"clock\":\"LUNCH\","
                + "\"amount\":1,\"unit\":\"HOURS\"}]}"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) policy).put("outageNoticeHours", 96);
        expect(200, api.call("PUT", "/v1/tenants/tkt-out/ticketing/sla-policy", branchAdmin, policy.toString()));
        expect(422, api.post(o, branchAdmin, "{\"area\":\"西城区\",\"startsAt\":\"" + now.plusHours(72) + "\",\"endsAt\":\"" + now.plusHours(80)
                + "\",\"reason\":\"x\"}"));
        // calendar import: all lines checked before any is kept
        expect(400, api.call("POST", "/v1/tenants/tkt-out/ticketing/calendar:import", branchAdmin, "2026-10-01,HOLIDAY,国庆节\nnot-a-date,HOLIDAY,x\n",
                "Content-Type", "text/csv"));
        assertEquals(0, expect(200, api.get("/v1/tenants/tkt-out/ticketing/calendar", branchAdmin)).json().get("items").size());
        expect(200, api.call("POST", "/v1/tenants/tkt-out/ticketing/calendar:import", branchAdmin,
                "date,kind,name\n2026-10-01,HOLIDAY,国庆节\n2026-10-10,WORKDAY,国庆调休\n", "Content-Type", "text/csv"));
        assertEquals(2, expect(200, api.get("/v1/tenants/tkt-out/ticketing/calendar?year=2026", branchAdmin)).json().get("items").size());
    }
}

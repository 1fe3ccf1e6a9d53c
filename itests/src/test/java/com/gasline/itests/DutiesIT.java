package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Duties through HTTP: the position catalogue per branch, roster gaps, handover with tickets and stock, checks, assessment. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DutiesIT {

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

    @Test
    public void everyBranchStartsFromTheCatalogueAndEditsItsOwn() {
        String admin = api.adminToken();
        String east = api.onboard(admin, "dut-east", "dut-east-admin", "duties");
        String west = api.onboard(admin, "dut-west", "dut-west-admin", "duties");
        String agent = api.user(admin, "dut-east", "dut-east-agent", "AGENT");
        JsonNode positions = expect(200, api.get("/v1/tenants/dut-east/duties/positions", agent)).json().get("items");
        List<String> names = new ArrayList<>();
        positions.forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("业务员", "抄表员", "营业员", "客服主管", "坐席员", "值长", "维修工", "运行工", "抢修队员", "调度员")));
        JsonNode reader = null;
        for (JsonNode p : positions) {
            if (p.get("name").asText().equals("抄表员")) {
                reader = p;
            }
        }
        assertTrue(reader.get("duties").toString().contains("三准"));

        ObjectNode edited = (ObjectNode) reader.deepCopy();
        edited.putArray("duties").add("按抄表日完成抄表，做到看准、抄准、算准").add("每月 25 日前上交抄表册");
        expect(403, api.call("PUT", "/v1/tenants/dut-east/duties/positions/meter-reader", agent, edited.toString()));
        expect(200, api.call("PUT", "/v1/tenants/dut-east/duties/positions/meter-reader", east, edited.toString()));
        // the stale version is refused, the other branch keeps the template
        expect(409, api.call("PUT", "/v1/tenants/dut-east/duties/positions/meter-reader", east, edited.toString()));
        JsonNode westPositions = expect(200, api.get("/v1/tenants/dut-west/duties/positions", west)).json().get("items");
        for (JsonNode p : westPositions) {
            if (p.get("code").asText().equals("meter-reader")) {
                assertTrue(p.get("duties").toString().contains("三准"));
                assertEquals(8, p.get("duties").size());
            }
        }
        expect(400, api.post("/v1/tenants/dut-east/duties/positions", east, "{\"code\":\"Bad Code\",\"name\":\"\",\"duties\":[]}"));
    }

    @Test
    public void rosterGapsHandoverChecksAndAssessment() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "dut-ops", "dut-ops-admin", "duties", "ticketing", "cylinders");
        String lead = api.user(admin, "dut-ops", "lead-zhou", "SHIFT_LEAD", "AGENT");
        String zhang = api.user(admin, "dut-ops", "agent-zhang", "AGENT");
        String wang = api.user(admin, "dut-ops", "agent-wang", "AGENT");
        String d = "/v1/tenants/dut-ops/duties";
        expect(422, api.post(d + "/staff", lead, "{\"username\":\"nobody\",\"name\":\"无名\",\"position\":\"agent\"}"));
        expect(201, api.post(d + "/staff", lead, "{\"username\":\"agent-zhang\",\"name\":\"张敏\",\"position\":\"agent\"}"));
        expect(201, api.post(d + "/staff", lead, "{\"username\":\"agent-wang\",\"name\":\"王强\",\"position\":\"agent\"}"));
        expect(201, api.post(d + "/staff", lead, "{\"username\":\"lead-zhou\",\"name\":\"周亮\",\"position\":\"shift-lead\"}"));
        expect(200, api.post(d + "/staff/agent-zhang/training", lead, "{\"trainedOn\":\"2026-03-01\",\"course\":\"岗前培训\",\"hours\":16,\"result\":\"合格\"}"));
        expect(201, api.post(d + "/shifts", lead, "{\"code\":\"day\",\"name\":\"白班\",\"starts\":\"08:00\",\"ends\":\"20:00\"}"));
        expect(201, api.post(d + "/shifts", lead, "{\"code\":\"night\",\"name\":\"夜班\",\"starts\":\"20:00\",\"ends\":\"08:00\"}"));
        Api.expectField(400, "starts", api.post(d + "/shifts", lead, "{\"code\":\"bad\",\"name\":\"x\",\"starts\":\"25:00\",\"ends\":\"08:00\"}"));
        // the 24-hour hotline: at least one agent every hour
        expect(200, api.call("PUT", d + "/seat-rules", lead, "[{\"position\":\"agent\",\"from\":\"00:00\",\"to\":\"24:00\",\"minSeats\":1}]"));

        LocalDate tomorrow = TODAY.plusDays(1);
        expect(403, api.call("PUT", d + "/rosters/" + tomorrow, zhang, "{\"assignments\":[]}"));
        expect(200, api.call("PUT", d + "/rosters/" + tomorrow, lead,
                "{\"assignments\":[{\"shift\":\"day\",\"username\":\"agent-zhang\"},{\"shift\":\"night\",\"username\":\"agent-wang\"}]}"));
        JsonNode gaps = expect(200, api.get(d + "/rosters/gaps?from=" + tomorrow + "&to=" + tomorrow, lead)).json().get("items");
        // nobody covers 00:00–08:00 tomorrow: tonight's night shift is not planned
        assertEquals(8, gaps.size());
        assertEquals(0, gaps.get(0).get("hour").asInt());
        assertEquals(7, gaps.get(7).get("hour").asInt());
        expect(200, api.call("PUT", d + "/rosters/" + TODAY, lead, "{\"assignments\":[{\"shift\":\"night\",\"username\":\"agent-zhang\"}]}"));
        assertEquals(0, expect(200, api.get(d + "/rosters/gaps?from=" + tomorrow + "&to=" + tomorrow, lead)).json().get("items").size());
        expect(409, api.call("PUT", d + "/rosters/" + TODAY.minusDays(1), lead, "{\"assignments\":[]}"));
        JsonNode own = expect(200, api.get(d + "/rosters?from=" + TODAY + "&to=" + tomorrow, wang)).json().get("items");
        assertEquals(1, own.size());
        assertEquals("agent-wang", own.get(0).get("assignments").get(0).get("username").asText());

        // handover: the open ticket and the point's stock are taken over from those modules
        String ticket = expect(201, api.post("/v1/tenants/dut-ops/ticketing/tickets", zhang,
                "{\"type\":\"REPAIR\",\"address\":\"中山路 9 号\",\"description\":\"热水器打不着\"}")).json().get("ticketNo").asText();
        expect(201, api.post("/v1/tenants/dut-ops/cylinders/points", branchAdmin, "{\"code\":\"P01\",\"name\":\"中山调瓶点\",\"address\":\"中山路 1 号\"}"));
        expect(201, api.post("/v1/tenants/dut-ops/cylinders/cylinders", branchAdmin, "{\"serial\":\"S-1\",\"spec\":\"YSP-15\",\"point\":\"P01\","
                + "\"nextInspectionOn\":\"" + TODAY.plusYears(2) + "\"}"));
        JsonNode handover = expect(201, api.post(d + "/handovers", zhang, "{\"shift\":\"night\",\"incoming\":\"agent-wang\",\"cashFen\":35000,"
                + "\"vouchers\":2,\"point\":\"P01\",\"tools\":\"对讲机 2 台\",\"incidents\":\"22:10 中山路报漏气，已派抢修\"}")).json();
        assertTrue(handover.get("openTickets").get(0).asText().startsWith(ticket));
        assertEquals("YSP-15 FULL 1", handover.get("cylinderStock").get(0).asText());
        String id = handover.get("id").asText();
        String li = api.user(admin, "dut-ops", "agent-li", "AGENT");
        expect(403, api.post(d + "/handovers/" + id + "/accept", li, null));
        expect(400, api.post(d + "/handovers/" + id + "/dispute", wang, "{}"));
        JsonNode accepted = expect(200, api.post(d + "/handovers/" + id + "/accept", wang, null)).json();
        assertEquals("ACCEPTED", accepted.get("status").asText());
        expect(409, api.post(d + "/handovers/" + id + "/accept", wang, null));
        expect(409, api.post(d + "/handovers/" + id + "/dispute", wang, "{\"reason\":\"现金少了\"}"));
        JsonNode annotated = expect(200, api.post(d + "/handovers/" + id + "/annotations", lead, "{\"reason\":\"现金已复点无误\"}")).json();
        assertEquals(1, annotated.get("annotations").size());
        assertEquals(35000, annotated.get("cashFen").asLong());

        // periodic checks: hourly on the night shift = 12 rounds
        String check = expect(201, api.post(d + "/checks", lead, "{\"name\":\"夜间巡查\",\"position\":\"agent\",\"shift\":\"night\",\"intervalMinutes\":60}"))
                .json().get("id").asText();
        expect(201, api.post(d + "/checks/" + check + "/records", wang, "{\"dayOn\":\"" + TODAY + "\",\"slot\":\"20:00\",\"done\":true}"));
        expect(201, api.post(d + "/checks/" + check + "/records", wang, "{\"dayOn\":\"" + TODAY + "\",\"slot\":\"21:00\",\"done\":true}"));
        expect(201, api.post(d + "/checks/" + check + "/records", wang, "{\"dayOn\":\"" + TODAY + "\",\"slot\":\"22:00\",\"done\":false,\"note\":\"处理报警\"}"));
        expect(409, api.post(d + "/checks/" + check + "/records", wang, "{\"dayOn\":\"" + TODAY + "\",\"slot\":\"22:00\",\"done\":true}"));
        JsonNode compliance = expect(200, api.get(d + "/checks/compliance?date=" + TODAY, lead)).json().get("items");
        assertEquals(12, compliance.get(0).get("due").asInt());
        assertEquals(2, compliance.get(0).get("done").asInt());
        assertEquals("agent-wang", compliance.get(1).get("username").asText());
        assertEquals(3, compliance.get(1).get("due").asInt());

        // agent-wang answers two consultations, one after its 24-hour clock ran out: half the points for tickets on time
        String tk = "/v1/tenants/dut-ops/ticketing/tickets";
        String asked = "{\"type\":\"CONSULTATION\",\"address\":\"中山路 9 号\",\"description\":\"咨询阶梯气价\"";
        String onTime = expect(201, api.post(tk, wang, asked + "}")).json().get("ticketNo").asText();
        String late = expect(201, api.post(tk, wang, asked + ",\"receivedAt\":\"" + OffsetDateTime.now().minusDays(2) + "\"}")).json()
                .get("ticketNo").asText();
        for (String no : List.of(onTime, late)) {
            expect(200, api.post(tk + "/" + no + "/resolve", wang, "{\"note\":\"已电话答复\"}"));
        }
        int onTimePoints = expect(200, api.get(d + "/assessments/scheme", lead)).json().get("onTimePoints").asInt();

        // assessment: manual items, ranked within the position
        String month = YearMonth.from(TODAY).toString();
        expect(201, api.post(d + "/assessments/items", lead, "{\"username\":\"agent-zhang\",\"month\":\"" + month + "\",\"points\":5,\"reason\":\"处理漏气报警及时\"}"));
        expect(201, api.post(d + "/assessments/items", lead, "{\"username\":\"agent-wang\",\"month\":\"" + month + "\",\"points\":-2,\"reason\":\"巡查漏记一次\"}"));
        Api.expectField(400, "month", api.post(d + "/assessments/items", lead, "{\"username\":\"agent-wang\",\"month\":\"2026/11\",\"points\":1,\"reason\":\"x\"}"));
        JsonNode scores = expect(200, api.get(d + "/assessments?month=" + month, lead)).json().get("items");
        JsonNode zhangScore = null;
        JsonNode wangScore = null;
        for (JsonNode s : scores) {
            if (s.get("username").asText().equals("agent-zhang")) {
                zhangScore = s;
            } else if (s.get("username").asText().equals("agent-wang")) {
                wangScore = s;
            }
        }
        assertEquals(onTimePoints / 2.0, wangScore.get("parts").get("ticketsOnTime").asDouble(), 0.001);
        assertEquals(105.0, zhangScore.get("score").asDouble(), 0.001);
        assertEquals(1, zhangScore.get("rank").asInt());
        assertEquals(2, zhangScore.get("rankedOf").asInt());
    }
}

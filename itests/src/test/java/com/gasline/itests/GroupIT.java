package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

/** The group layer through HTTP: templates published, issued, adopted and overridden by branches, and the drift view. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GroupIT {

    private static final String G = "/v1/group";
    private static final String SLA = "{\"content\":{\"rules\":[{\"type\":\"EMERGENCY\",\"clock\":\"ARRIVAL\",\"amount\":%d,\"unit\":\"HOURS\"},"
            + "{\"type\":\"COMPLAINT\",\"variant\":\"MAJOR\",\"clock\":\"REPLY\",\"amount\":2,\"unit\":\"DAYS\"}],\"outageNoticeHours\":%d},"
            + "\"overridable\":[\"outageNoticeHours\"],\"note\":\"集团客服标准\"}";
    private static final String POSITIONS = "{\"content\":{\"positions\":["
            + "{\"code\":\"agent\",\"name\":\"坐席员\",\"duties\":[\"受理用户来电\",\"按规定派发工单\"],\"standards\":[\"来电 3 声内接听\"],\"headcount\":6},"
            + "{\"code\":\"meter-reader\",\"name\":\"抄表员\",\"duties\":[\"按抄表日完成抄表\"],\"standards\":[\"看准、抄准、算准\"]}]},"
            + "\"overridable\":[\"meter-reader\"]}";

    private static final String STRUCTURE = "{\"content\":{\"categories\":[{\"category\":\"RESIDENTIAL\",\"tiers\":[%s],"
            + "\"yearStart\":\"01-01\",\"householdBase\":4,\"upliftPerPersonM3\":50}]},\"overridable\":[\"RESIDENTIAL.household\"]}";

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("ticketing", "duties");
    }

    @Test
    public void slaTemplateIsAdoptedOverriddenAndShownAsDrift() {
        String admin = api.adminToken();
        String east = api.onboard(admin, "g-east", "g-east-admin", "ticketing", "duties");
        api.onboard(admin, "g-west", "g-west-admin", "ticketing", "duties");
        api.onboard(admin, "g-gas", "g-gas-admin", "duties");
        assertTrue(expect(200, api.get(G + "/kinds", admin)).json().get("items").toString().contains("\"sla-policy\""));
        expect(403, api.get(G + "/kinds", east));

        // a template the module refuses: 422 naming the module's field
        Reply bad = expect(201, api.post(G + "/templates/sla-policy/versions", admin, String.format(SLA, 0, 48)));
        Reply refused = Api.expectField(422, "content.rules[0].amount", api.post(path(bad) + "/publish", admin, null));
        assertEquals(refused.toString(), 1, refused.json().get("errors").size());

        Reply draft = expect(201, api.post(G + "/templates/sla-policy/versions", admin, String.format(SLA, 1, 48)));
        assertEquals("DRAFT", expect(200, api.get(path(draft), admin)).json().get("status").asText());
        // the refused draft stays a draft and keeps its number: this one is the next
        int v = draft.json().get("version").asInt();
        assertEquals(bad.json().get("version").asInt() + 1, v);
        assertEquals("PUBLISHED", expect(200, api.post(path(draft) + "/publish", admin, null)).json().get("status").asText());
        expect(409, api.post(path(draft) + "/publish", admin, null));
        JsonNode issued = expect(200, api.post(path(draft) + "/issue", admin, "{}")).json();
        assertEquals(List.of("g-east", "g-west"), strings(issued.get("branches")));

        expect(200, api.call("PUT", G + "/branches/g-east/templates/sla-policy", admin, "{\"version\":" + v + "}"));
        expect(200, api.call("PUT", G + "/branches/g-west/templates/sla-policy", admin, "{\"followLatest\":true}"));
        // a branch without ticketing is not offered the kind
        expect(404, api.call("PUT", G + "/branches/g-gas/templates/sla-policy", admin, "{}"));
        expect(404, api.get(G + "/branches/g-gas/templates/sla-policy", admin));

        Api.expectField(422, "item", api.call("PUT", G + "/branches/g-east/templates/sla-policy/overrides/EMERGENCY.ARRIVAL", admin,
                "{\"value\":{\"type\":\"EMERGENCY\",\"clock\":\"ARRIVAL\",\"amount\":4,\"unit\":\"HOURS\"}}"));
        Api.expectField(422, "outageNoticeHours", api.call("PUT", G + "/branches/g-east/templates/sla-policy/overrides/outageNoticeHours", admin,
                "{\"value\":5000}"));
        expect(200, api.call("PUT", G + "/branches/g-east/templates/sla-policy/overrides/outageNoticeHours", admin, "{\"value\":72}"));
        // the branch's own policy is what the template and its override say
        JsonNode policy = expect(200, api.get("/v1/tenants/g-east/ticketing/sla-policy", east)).json();
        assertEquals(72, policy.get("outageNoticeHours").asInt());
        assertEquals(2, policy.get("rules").size());
        assertEquals(2, expect(200, api.get(G + "/branches/g-east/templates/sla-policy/records", admin)).json().get("total").asInt());

        JsonNode drift = expect(200, api.get(G + "/templates/sla-policy/drift", admin)).json();
        assertEquals(drift.toString(), 2, drift.get("branches").size());
        JsonNode eastDrift = branch(drift, "g-east");
        assertEquals("outageNoticeHours", eastDrift.get("overrides").get(0).get("item").asText());
        assertEquals(48, eastDrift.get("overrides").get(0).get("from").asInt());
        assertEquals(72, eastDrift.get("overrides").get(0).get("to").asInt());
        assertTrue(branch(drift, "g-west").get("overrides").isEmpty());
        Reply csv = expect(200, api.get(G + "/templates/sla-policy/drift.csv", admin));
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String body = csv.raw().body();
        assertTrue(body, body.contains("g-east," + v + "," + v + ",false,outageNoticeHours,48,72"));
        assertTrue(body, body.contains("g-west," + v + "," + v + ",true,,,"));

        // version 2: the follower adopts it at once, the other branch sees what changed
        Reply second = expect(201, api.post(G + "/templates/sla-policy/versions", admin, String.format(SLA, 2, 24)));
        expect(200, api.post(path(second) + "/publish", admin, null));
        assertEquals(List.of("g-west"), strings(expect(200, api.post(path(second) + "/issue", admin, "{}")).json().get("adopted")));
        assertEquals(24, expect(200, api.get("/v1/tenants/g-west/ticketing/sla-policy", api.login("g-west", "g-west-admin",
                "branch-password-1"))).json().get("outageNoticeHours").asInt());
        JsonNode eastNow = expect(200, api.get(G + "/branches/g-east/templates/sla-policy", admin)).json();
        assertEquals(v, eastNow.get("version").asInt());
        assertEquals(v + 1, eastNow.get("newest").asInt());
        assertEquals(eastNow.toString(), "EMERGENCY.ARRIVAL", eastNow.get("changes").get(0).get("item").asText());
    }

    @Test
    public void positionCatalogueReachesTheBranchesItIsIssuedTo() {
        String admin = api.adminToken();
        String north = api.onboard(admin, "g-north", "g-north-admin", "duties");
        api.onboard(admin, "g-south", "g-south-admin", "duties");
        Reply draft = expect(201, api.post(G + "/templates/positions/versions", admin, POSITIONS));
        expect(200, api.post(path(draft) + "/publish", admin, null));
        expect(200, api.post(path(draft) + "/issue", admin, "{\"branches\":[\"g-north\"]}"));
        expect(200, api.call("PUT", G + "/branches/g-north/templates/positions", admin, "{}"));
        // not issued to the other branch
        Api.expectField(422, "version", api.call("PUT", G + "/branches/g-south/templates/positions", admin, "{}"));
        expect(200, api.call("PUT", G + "/branches/g-north/templates/positions/overrides/meter-reader", admin,
                "{\"value\":{\"name\":\"抄表员\",\"duties\":[\"按抄表日完成抄表\",\"每月 25 日前上交抄表册\"],\"standards\":[]}}"));
        Api.expectField(422, "item", api.call("PUT", G + "/branches/g-north/templates/positions/overrides/agent", admin,
                "{\"value\":{\"name\":\"坐席\",\"duties\":[\"接电话\"]}}"));
        JsonNode agent = expect(200, api.get("/v1/tenants/g-north/duties/positions/agent", north)).json();
        assertEquals("[\"受理用户来电\",\"按规定派发工单\"]", agent.get("duties").toString());
        assertEquals(6, agent.get("headcount").asInt());
        assertEquals(2, expect(200, api.get("/v1/tenants/g-north/duties/positions/meter-reader", north)).json().get("duties").size());
        JsonNode drift = expect(200, api.get(G + "/templates/positions/drift", admin)).json();
        assertEquals("meter-reader", branch(drift, "g-north").get("overrides").get(0).get("item").asText());
        assertTrue(branch(drift, "g-south").get("version").isNull());

        // a catalogue the module refuses names the position and its field
        Reply bad = expect(201, api.post(G + "/templates/positions/versions", admin,
                "{\"content\":{\"positions\":[{\"code\":\"Bad Code\",\"name\":\"x\",\"duties\":[\"d\"]}]}}"));
        Api.expectField(422, "content.positions[0].code", api.post(path(bad) + "/publish", admin, null));
    }

    @Test
    public void tariffStructureKeepsTheBranchPrices() {
        api.awaitModules("metering");
        String admin = api.adminToken();
        String boss = api.onboard(admin, "g-meter", "g-meter-admin", "accounts", "metering", "duties");
        String tariff = "/v1/tenants/g-meter/metering/tariffs/RESIDENTIAL";
        expect(200, api.call("PUT", tariff, boss, Branch.TIERS));
        String kind = G + "/templates/tariff-structure/versions";
        // the module's own tier rule refuses descending bounds; a template brings no prices
        Reply bad = expect(201, api.post(kind, admin, String.format(STRUCTURE, "{\"upToM3\":600},{\"upToM3\":300},{}")));
        Api.expectField(422, "content.categories[0].tiers[1].upToM3", api.post(path(bad) + "/publish", admin, null));
        Reply priced = expect(201, api.post(kind, admin, String.format(STRUCTURE, "{\"upToM3\":350,\"priceFen\":1},{}")));
        Api.expectField(422, "content.categories[0].tiers[0].priceFen", api.post(path(priced) + "/publish", admin, null));
        // two tiers cannot take the branch's three prices: refused, and the branch's tariff is untouched
        Reply two = expect(201, api.post(kind, admin, String.format(STRUCTURE, "{\"upToM3\":350},{}")));
        expect(200, api.post(path(two) + "/publish", admin, null));
        expect(200, api.post(path(two) + "/issue", admin, "{}"));
        Api.expectField(422, "categories[0].tiers", api.call("PUT", G + "/branches/g-meter/templates/tariff-structure", admin, "{}"));
        assertEquals(1, expect(200, api.get(tariff, boss)).json().get("versions").size());

        Reply three = expect(201, api.post(kind, admin, String.format(STRUCTURE, "{\"upToM3\":350},{\"upToM3\":700},{}")));
        expect(200, api.post(path(three) + "/publish", admin, null));
        expect(200, api.post(path(three) + "/issue", admin, "{}"));
        expect(200, api.call("PUT", G + "/branches/g-meter/templates/tariff-structure", admin, "{}"));
        JsonNode versions = expect(200, api.get(tariff, boss)).json().get("versions");
        assertEquals(versions.toString(), 2, versions.size());
        JsonNode now = versions.get(1);
        JsonNode tiers = now.get("tiers");
        assertEquals(tiers.toString(), List.of(350, 700, 0), List.of(tiers.get(0).path("upToM3").asInt(), tiers.get(1).path("upToM3").asInt(),
                tiers.get(2).path("upToM3").asInt()));
        assertEquals(tiers.toString(), List.of(261, 313, 392), List.of(tiers.get(0).get("priceFen").asInt(), tiers.get(1).get("priceFen").asInt(),
                tiers.get(2).get("priceFen").asInt()));
        assertEquals(50, now.get("upliftPerPersonM3").asInt());
        Api.expectField(422, "item", api.call("PUT", G + "/branches/g-meter/templates/tariff-structure/overrides/RESIDENTIAL.tiers", admin,
                "{\"value\":[{\"upToM3\":400},{}]}"));
        expect(200, api.call("PUT", G + "/branches/g-meter/templates/tariff-structure/overrides/RESIDENTIAL.household", admin,
                "{\"value\":{\"householdBase\":5,\"upliftPerPersonM3\":40}}"));
        JsonNode last = expect(200, api.get(tariff, boss)).json().get("versions").get(2);
        assertEquals(5, last.get("householdBase").asInt());
        assertEquals(392, last.get("tiers").get(2).get("priceFen").asInt());

        // the branch's own admin lists what was issued to the branch and adopts the numbering rule, recorded as the branch's user
        Reply numbering = expect(201, api.post(G + "/templates/numbering/versions", admin, "{\"content\":{\"pattern\":\"GM{yyyy}{seq:6}\"}}"));
        expect(200, api.post(path(numbering) + "/publish", admin, null));
        expect(200, api.post(path(numbering) + "/issue", admin, "{}"));
        String mine = G + "/branches/g-meter/templates/numbering";
        assertEquals(1, expect(200, api.get(mine + "/versions", boss)).json().get("total").asInt());
        assertEquals(numbering.json().get("version").asInt(), expect(200, api.get(mine, boss)).json().get("newest").asInt());
        expect(200, api.call("PUT", mine, boss, "{}"));
        assertEquals("GM{yyyy}{seq:6}", expect(200, api.get("/v1/tenants/g-meter/accounts/numbering", boss)).json().get("pattern").asText());
        assertEquals("g-meter/g-meter-admin", expect(200, api.get(mine + "/records", boss)).json().get("items").get(0).get("by").asText());
        expect(403, api.call("PUT", G + "/branches/g-other/templates/numbering", boss, "{}"));
        expect(403, api.post(path(numbering) + "/issue", boss, "{}"));
        // check tasks need the branch's shift: refused until it has one, then the branch's check group-<key>, overridable
        String round = "{\"key\":\"night-round\",\"name\":\"夜间巡查\",\"position\":\"agent\",\"shift\":\"night\",\"intervalMinutes\":%d}";
        Reply tasks = expect(201, api.post(G + "/templates/check-tasks/versions", admin,
                "{\"content\":{\"tasks\":[" + String.format(round, 60) + "]},\"overridable\":[\"night-round\"]}"));
        expect(200, api.post(path(tasks) + "/publish", admin, null));
        expect(200, api.post(path(tasks) + "/issue", admin, "{\"branches\":[\"g-meter\"]}"));
        String checks = G + "/branches/g-meter/templates/check-tasks";
        Api.expectField(422, "tasks[0].shift", api.call("PUT", checks, boss, "{}"));
        expect(201, api.post("/v1/tenants/g-meter/duties/shifts", boss, "{\"code\":\"night\",\"name\":\"夜班\",\"starts\":\"20:00\",\"ends\":\"08:00\"}"));
        expect(200, api.call("PUT", checks, boss, "{}"));
        String check = "/v1/tenants/g-meter/duties/checks/group-night-round";
        assertEquals(60, expect(200, api.get(check, boss)).json().get("intervalMinutes").asInt());
        expect(200, api.call("PUT", checks + "/overrides/night-round", admin, "{\"value\":" + String.format(round, 30) + "}"));
        assertEquals(30, expect(200, api.get(check, boss)).json().get("intervalMinutes").asInt());
        // the other new kinds refuse what their modules refuse
        refused(admin, "numbering", "{\"pattern\":\"GM{seq:2}\"}", "content.pattern");
        refused(admin, "check-tasks", "{\"tasks\":[{\"key\":\"meter-round\",\"name\":\"仪表巡检\",\"position\":\"station-operator\",\"shift\":\"day\","
                + "\"intervalMinutes\":1}]}", "content.tasks[0].intervalMinutes");
        refused(admin, "assessment-scheme", "{\"base\":100,\"onTimePoints\":10,\"satisfactionPoints\":10,\"bandPercent\":80,\"minForBands\":5}",
                "content.bandPercent");
    }

    private void refused(String admin, String kind, String content, String field) {
        Reply draft = expect(201, api.post(G + "/templates/" + kind + "/versions", admin, "{\"content\":" + content + "}"));
        Api.expectField(422, field, api.post(path(draft) + "/publish", admin, null));
    }

    /** The path of a 201's {@code Location}, as the client would follow it. */
    private static String path(Reply created) {
        String location = created.header("Location");
        return location.substring(location.indexOf("/api/") + 4);
    }

    private static JsonNode branch(JsonNode drift, String code) {
        for (JsonNode b : drift.get("branches")) {
            if (b.get("branch").asText().equals(code)) {
                return b;
            }
        }
        throw new AssertionError(code + " not in " + drift);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

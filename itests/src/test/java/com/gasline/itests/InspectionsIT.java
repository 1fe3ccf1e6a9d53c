package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** 入户安检 through HTTP: a plan from the accounts, notice, visits of each kind, a hazard followed to its close, coverage. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InspectionsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CHECKED = "\"checklist\":[" + String.join(",",
            item("LEAK_JOINTS", "OK"), item("LEAK_METER", "OK"), item("HOSE_CLAMPS", "OK"), item("VENTILATION", "OK"),
            item("WATER_HEATER_FLUE", "OK"), item("COOKER_FLAMEOUT", "OK"), item("ILLEGAL_MODIFICATION", "OK"));

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts", "inspections");
    }

    private static String item(String item, String outcome) {
        return "{\"item\":\"" + item + "\",\"outcome\":\"" + outcome + "\"}";
    }

    /** A visit time the notice rule accepts: four days ahead, in a part of the day other than now's. */
    private static String laterAtAnotherTime() {
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        int hour = now.getHour() < 18 ? 19 : 9;
        return now.plusDays(4).truncatedTo(ChronoUnit.HOURS).withHour(hour).toOffsetDateTime().toString();
    }

    /** Uploads a photo as the inspector's phone would and returns its attachment id. */
    private static String upload(String token, String format) throws IOException {
        HttpResponse<byte[]> created = Uploads.send("POST", "/v1/tenants/insp-east/attachments?name=site." + format, token,
                Uploads.photo(640, 480, format));
        assertEquals(new String(created.body(), StandardCharsets.UTF_8), 201, created.statusCode());
        return new ObjectMapper().readTree(created.body()).get("id").asText();
    }

    private JsonNode schedule(String i, String token, String id, String visitAt) {
        return expect(200, api.post(i + "/inspections/" + id + "/schedule", token, "{\"visitAt\":\"" + visitAt + "\"}")).json();
    }

    @Test
    public void aHouseholdIsInspectedItsHazardFollowedUntilFixedAndCoverageCountsIt() throws IOException {
        String admin = api.adminToken();
        String boss = api.onboard(admin, "insp-east", "insp-admin", "accounts", "inspections");
        String clerk = api.user(admin, "insp-east", "insp-clerk", "CLERK");
        String inspector = api.user(admin, "insp-east", "insp-li", "INSPECTOR");
        String i = "/v1/tenants/insp-east/inspections";
        Branch branch = new Branch(api, "insp-east");
        String a = branch.activeAccount(clerk, "安检甲", 0);
        String b = branch.activeAccount(clerk, "安检乙", 0);
        String c = branch.activeAccount(clerk, "安检丙", 0);

        JsonNode rules = expect(200, api.get(i + "/rules", inspector)).json();
        assertEquals(6, rules.path("intervalMonths").path("RESIDENTIAL").asInt());
        assertEquals(72, rules.path("noticeHours").asInt());
        expectField(400, "noticeHours", api.call("PUT", i + "/rules", boss,
                "{\"intervalMonths\":{\"RESIDENTIAL\":6},\"noticeHours\":10,\"noAccessAttempts\":3}"));
        expect(200, api.call("PUT", i + "/rules", boss, "{\"intervalMonths\":{\"RESIDENTIAL\":6,\"COMMERCIAL\":12},\"noticeHours\":72,"
                + "\"noAccessAttempts\":2}"));

        String today = OffsetDateTime.now(SHANGHAI).toLocalDate().toString();
        String end = OffsetDateTime.now(SHANGHAI).toLocalDate().plusMonths(5).toString();
        String newPlan = "{\"area\":\"东城区/幸福小区\",\"periodStart\":\"" + today + "\",\"periodEnd\":\"" + end + "\"}";
        expect(403, api.post(i + "/plans", inspector, newPlan));
        JsonNode plan = expect(201, api.post(i + "/plans", boss, newPlan)).json();
        assertEquals(3, plan.get("planned").asInt());
        String planId = plan.get("id").asText();
        expect(409, api.post(i + "/plans", boss, newPlan));
        JsonNode listed = expect(200, api.get(i + "/inspections?plan=" + planId, inspector)).json();
        assertEquals(3, listed.get("total").asInt());
        String ia = planId + "-" + a;
        String ib = planId + "-" + b;
        String ic = planId + "-" + c;

        // a visit needs the customer told first, 72 hours ahead
        expect(422, api.post(i + "/inspections/" + ia + "/visits", inspector, "{\"result\":\"NO_ACCESS\"}"));
        expectField(400, "visitAt", api.post(i + "/inspections/" + ia + "/schedule", inspector,
                "{\"visitAt\":\"" + OffsetDateTime.now(SHANGHAI).plusHours(24) + "\"}"));
        assertEquals("NOTIFIED", schedule(i, inspector, ia, laterAtAnotherTime()).get("status").asText());

        // a checklist with two items missing and a hazardous hose without its hazard: refused, nothing recorded
        expectField(400, "checklist", api.post(i + "/inspections/" + ia + "/visits", inspector, "{\"result\":\"INSPECTED\"," + CHECKED + "]}"));
        String hose = "{\"result\":\"INSPECTED\"," + CHECKED + "," + item("HOSE_AGE", "HAZARD") + "," + item("VALVE", "OK") + "]";
        expectField(400, "hazards", api.post(i + "/inspections/" + ia + "/visits", inspector, hose + "}"));
        assertEquals(0, expect(200, api.get(i + "/inspections/" + ia, inspector)).json().get("visits").size());
        // the hazard photo and the customer's signature are uploaded first; an id that is not this branch's is refused
        String photo = upload(inspector, "jpeg");
        String signature = upload(inspector, "png");
        String withPhoto = hose + ",\"hazards\":[{\"item\":\"HOSE_AGE\",\"grade\":\"SERIOUS\",\"description\":\"灶具连接胶管老化龟裂\","
                + "\"photoIds\":[\"" + photo + "\"]}],\"signatureId\":\"";
        expectField(422, "signatureId", api.post(i + "/inspections/" + ia + "/visits", inspector, withPhoto + "sig-1\"}"));
        JsonNode inspected = expect(201, api.post(i + "/inspections/" + ia + "/visits", inspector, withPhoto + signature + "\"}")).json();
        assertEquals(signature, inspected.at("/visits/0/signatureId").asText());
        assertEquals("INSPECTED", inspected.get("status").asText());
        String hoseHazard = inspected.at("/visits/0/hazardIds/0").asText();
        JsonNode hazard = expect(200, api.get(i + "/hazards/" + hoseHazard, inspector)).json();
        assertEquals("OPEN", hazard.get("status").asText());
        assertEquals(photo, hazard.at("/photoIds/0").asText());
        // the customer was told of the visit and of the hazard: each has its delivery record (undeliverable: no contact on file)
        String notices = "/v1/tenants/insp-east/customer-notices?subject=";
        JsonNode told = expect(200, api.get(notices + "inspection:" + ia + "/1", boss)).json();
        assertEquals(1, told.get("total").asInt());
        assertEquals("INSPECTION", told.at("/items/0/kind").asText());
        assertEquals(1, expect(200, api.get(notices + "hazard:" + hoseHazard, boss)).json().get("total").asInt());
        assertEquals(OffsetDateTime.now(SHANGHAI).toLocalDate().plusDays(7).toString(), hazard.get("deadline").asText());

        // 复查: not fixed yet, then fixed; a closed hazard takes no more
        String h = i + "/hazards/" + hoseHazard + "/reinspections";
        assertEquals("OPEN", expect(200, api.post(h, inspector, "{\"fixed\":false,\"note\":\"用户尚未更换\"}")).json().get("status").asText());
        JsonNode fixed = expect(200, api.post(h, inspector, "{\"fixed\":true,\"note\":\"已更换金属波纹管，检漏合格\"}")).json();
        assertEquals("CLOSED", fixed.get("status").asText());
        assertEquals(2, fixed.get("reinspections").size());
        expect(409, api.post(h, inspector, "{\"fixed\":true,\"note\":\"再次复查\"}"));

        // 到访不遇: the re-visit must come at another time of day; after the second try nobody is home, the household is unreachable
        String nowSlot = ZonedDateTime.now(SHANGHAI).plusDays(7).toOffsetDateTime().toString();
        schedule(i, inspector, ib, laterAtAnotherTime());
        assertEquals("NO_ACCESS", expect(201, api.post(i + "/inspections/" + ib + "/visits", inspector, "{\"result\":\"NO_ACCESS\"}"))
                .json().get("status").asText());
        expectField(400, "visitAt", api.post(i + "/inspections/" + ib + "/schedule", inspector, "{\"visitAt\":\"" + nowSlot + "\"}"));
        schedule(i, inspector, ib, laterAtAnotherTime());

        // a critical hazard stops the supply through the accounts module, recorded in the account's history
        JsonNode critical = expect(201, api.post(i + "/inspections/" + ib + "/visits", inspector, "{\"result\":\"INSPECTED\"," + CHECKED + ","
                + item("HOSE_AGE", "OK") + "," + item("VALVE", "HAZARD") + "],\"hazards\":[{\"item\":\"VALVE\",\"grade\":\"CRITICAL\","
                + "\"description\":\"表前阀内漏\",\"suspendSupply\":true}]}")).json();
        String valveHazard = critical.at("/visits/1/hazardIds/0").asText();
        // the critical hazard is due tomorrow: its customer is reminded once, however often reminders run
        assertEquals(1, expect(200, api.post(i + "/hazards/reminders", boss, null)).json().get("reminded").asInt());
        expect(200, api.post(i + "/hazards/reminders", boss, null));
        assertEquals(1, expect(200, api.get("/v1/tenants/insp-east/customer-notices?subject=hazard-due:" + valveHazard, boss)).json()
                .get("total").asInt());
        assertTrue(expect(200, api.get(i + "/hazards/" + valveHazard, inspector)).json().get("supplySuspended").asBoolean());
        String acc = "/v1/tenants/insp-east/accounts/accounts/" + b;
        assertEquals("SUSPENDED", expect(200, api.get(acc, clerk)).json().get("state").asText());
        assertTrue(expect(200, api.get(acc + "/history", clerk)).json().toString().contains(valveHazard));

        // 拒检 with the customer's reason
        schedule(i, inspector, ic, laterAtAnotherTime());
        expectField(400, "refusalReason", api.post(i + "/inspections/" + ic + "/visits", inspector, "{\"result\":\"REFUSED\"}"));
        expect(201, api.post(i + "/inspections/" + ic + "/visits", inspector, "{\"result\":\"REFUSED\",\"refusalReason\":\"户主不同意入户\"}"));
        expect(409, api.post(i + "/inspections/" + ic + "/schedule", inspector, "{\"visitAt\":\"" + laterAtAnotherTime() + "\"}"));

        JsonNode line = expect(200, api.get(i + "/coverage", boss)).json().get("plans").get(0);
        assertEquals(planId, line.get("planId").asText());
        assertEquals(3, line.get("planned").asInt());
        assertEquals(2, line.get("inspected").asInt());
        assertEquals(1, line.get("refused").asInt());
        assertEquals(1, line.get("hazardsOpen").asInt());
        assertEquals(0, line.get("hazardsOverdue").asInt());
        String csv = expect(200, api.get(i + "/coverage.csv", boss)).raw().body();
        assertTrue(csv, csv.contains(planId + ",东城区/幸福小区," + today + "," + end + ",3,2,0,0,1,0,1,0"));
        assertEquals(1, expect(200, api.get(i + "/hazards?status=OPEN", inspector)).json().get("total").asInt());

        // another branch never sees this one's inspections
        String other = api.onboard(admin, "insp-west", "insp-west-admin", "accounts", "inspections");
        expect(404, api.get("/v1/tenants/insp-west/inspections/inspections/" + ia, other));
        expect(404, api.get("/v1/tenants/insp-west/inspections/hazards/" + hoseHazard, other));
        String westPlan = expect(201, api.post("/v1/tenants/insp-west/inspections/plans", other, newPlan)).json().get("id").asText();
        assertEquals(0, expect(200, api.get("/v1/tenants/insp-west/inspections/plans/" + westPlan, other)).json().get("planned").asInt());
    }
}

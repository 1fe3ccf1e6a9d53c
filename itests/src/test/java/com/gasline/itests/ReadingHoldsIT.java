package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
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

/**
 * Issue 12: an implausible rollover is refused, a 用气异常 is held from billing until a clerk approves or corrects
 * it, and an estimate (估抄) is billed marked so and trued up by the next actual reading.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReadingHoldsIT {

    private static final String TIERS = "{\"effectiveFrom\":\"2026-01-01\",\"kind\":\"TIERED\",\"yearStart\":\"01-01\",\"householdBase\":4,"
            + "\"upliftPerPersonM3\":60,\"tiers\":[{\"upToM3\":300,\"priceFen\":261},{\"upToM3\":600,\"priceFen\":313},{\"priceFen\":392}]}";

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts", "metering");
    }

    /** Registers and turns on a household of three through the accounts module; returns its number. */
    private String activeAccount(String tenant, String clerk, String name) {
        String b = "/v1/tenants/" + tenant + "/accounts";
        String customer = expect(201, api.post(b + "/customers", clerk, "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"category\":\"RESIDENTIAL\",\"householdSize\":3,\"phones\":[\"13900001111\"]}")).json().get("id").asText();
        String premises = expect(201, api.post(b + "/premises", clerk, "{\"district\":\"东城区\",\"community\":\"和平小区\",\"address\":\"和平路 "
                + name + " 号\"}")).json().get("id").asText();
        String no = expect(201, api.post(b + "/accounts", clerk, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}"))
                .json().get("accountNo").asText();
        expect(200, api.post(b + "/accounts/" + no + "/contract", clerk, "{\"contractNo\":\"HT-" + name + "\",\"openingFeeFen\":0}"));
        expect(200, api.post(b + "/accounts/" + no + "/install", clerk, "{}"));
        expect(200, api.post(b + "/accounts/" + no + "/activate", clerk, "{}"));
        return no;
    }

    private void meter(String m, String clerk, String serial, String accountNo) {
        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"" + serial + "\",\"accountNo\":\"" + accountNo
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-01-01\",\"initialReading\":0}"));
    }

    private JsonNode read(String m, String clerk, String serial, String value, String on) {
        return expect(201, api.post(m + "/readings", clerk, "{\"serial\":\"" + serial + "\",\"value\":" + value + ",\"readOn\":\"" + on + "\"}"))
                .json();
    }

    /** Starts a bill run for {@code period} and waits for it to finish. */
    private JsonNode billRun(String m, String clerk, String period) {
        String id = expect(202, api.post(m + "/bill-runs", clerk, "{\"period\":\"" + period + "\"}")).json().get("id").asText();
        for (int i = 0; i < 150; i++) {
            JsonNode run = expect(200, api.get(m + "/bill-runs/" + id, clerk)).json();
            if (!List.of("QUEUED", "RUNNING").contains(run.get("status").asText())) {
                assertEquals("DONE", run.get("status").asText());
                return run;
            }
            Api.pause(200);
        }
        throw new AssertionError("bill run " + id + " did not finish");
    }

    private static void assertM3(String expected, JsonNode value) {
        assertEquals(expected + " vs " + value, 0, new BigDecimal(expected).compareTo(value.decimalValue()));
    }

    @Test
    public void anImplausibleRolloverIsRefused() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "hold-roll", "hold-roll-admin", "accounts", "metering");
        String clerk = api.user(admin, "hold-roll", "hold-roll-clerk", "CLERK");
        String m = "/v1/tenants/hold-roll/metering";

        // the rules: defaults until the branch admin saves a version, every field checked
        JsonNode defaults = expect(200, api.get(m + "/settings", clerk)).json();
        assertM3("3", defaults.get("highFactor"));
        assertM3("3", defaults.get("rolloverFactor"));
        assertM3("500", defaults.get("firstReadingCapM3").get("RESIDENTIAL"));
        assertEquals(3, defaults.get("estimateReadings").asInt());
        expect(403, api.call("PUT", m + "/settings", clerk, "{\"rolloverFactor\":2}"));
        expectField(400, "highFactor", api.call("PUT", m + "/settings", branchAdmin, "{\"highFactor\":0.5}"));
        expectField(400, "firstReadingCapM3.HOUSE", api.call("PUT", m + "/settings", branchAdmin, "{\"firstReadingCapM3\":{\"HOUSE\":10}}"));
        expectField(400, "estimateReadings", api.call("PUT", m + "/settings", branchAdmin, "{\"estimateReadings\":0}"));
        JsonNode saved = expect(200, api.call("PUT", m + "/settings", branchAdmin, "{\"rolloverFactor\":4}")).json();
        assertM3("4", saved.get("rolloverFactor"));
        assertM3("3", saved.get("highFactor"));
        assertEquals("hold-roll-admin", expect(200, api.get(m + "/settings", clerk)).json().get("updatedBy").asText());
        expect(200, api.call("PUT", m + "/settings", branchAdmin, "{\"rolloverFactor\":3}"));

        String no = activeAccount("hold-roll", clerk, "赵");
        meter(m, clerk, "R-1", no);
        read(m, clerk, "R-1", "420", "2026-02-01");
        read(m, clerk, "R-1", "470", "2026-03-01");
        read(m, clerk, "R-1", "520", "2026-04-01");

        // the measured bug: 420 after 520 claimed as a rollover would be 99,900 m³
        Api.Reply refused = expectField(422, "rollover", api.post(m + "/readings", clerk,
                "{\"serial\":\"R-1\",\"value\":420,\"readOn\":\"2026-05-01\",\"rollover\":true}"));
        assertTrue(refused.json().toString(), refused.json().toString().contains("99900"));
        expectField(422, "value", api.post(m + "/readings", clerk, "{\"serial\":\"R-1\",\"value\":420,\"readOn\":\"2026-05-01\"}"));
        JsonNode meter = expect(200, api.get(m + "/meters/R-1", clerk)).json();
        assertM3("520", meter.get("lastReading"));
        assertEquals("2026-04-01", meter.get("lastReadOn").asText());
    }

    @Test
    public void anAnomalyIsHeldUntilReviewed() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "hold-a", "hold-a-admin", "accounts", "metering");
        String clerk = api.user(admin, "hold-a", "hold-a-clerk", "CLERK");
        String reader = api.user(admin, "hold-a", "hold-a-reader", "METER_READER");
        String m = "/v1/tenants/hold-a/metering";
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, TIERS));
        String wang = activeAccount("hold-a", clerk, "王");
        String li = activeAccount("hold-a", clerk, "李");
        meter(m, clerk, "H-1", wang);
        meter(m, clerk, "H-2", li);
        read(m, clerk, "H-1", "50", "2026-02-01");
        read(m, clerk, "H-2", "40", "2026-02-01");
        assertEquals(2, billRun(m, clerk, "2026-02").get("billed").asInt());

        // far above the average: accepted, flagged, and held by the next run
        JsonNode spike = read(m, clerk, "H-1", "400", "2026-03-01");
        assertEquals("HIGH", spike.get("anomaly").asText());
        JsonNode typo = read(m, clerk, "H-2", "400", "2026-03-01");
        assertEquals("HIGH", typo.get("anomaly").asText());
        JsonNode held = billRun(m, clerk, "2026-03");
        assertEquals(0, held.get("billed").asInt());
        assertEquals(2, held.get("held").asInt());
        assertEquals(0, held.get("skipped").asInt());
        JsonNode list = expect(200, api.get(m + "/bill-runs/" + held.get("id").asText() + "/held", clerk)).json();
        assertEquals(2, list.get("total").asInt());
        JsonNode first = list.get("items").get(0);
        assertEquals(wang.compareTo(li) < 0 ? "H-1" : "H-2", first.get("serial").asText());
        assertEquals("HIGH", first.get("reason").asText());
        assertEquals("2026-03-01", first.get("readOn").asText());
        assertEquals(1, expect(200, api.get(m + "/bill-runs/" + held.get("id").asText() + "/held?size=1", clerk)).json().get("items").size());
        expect(404, api.get(m + "/bill-runs/no-such-run/held", clerk));
        assertEquals(1, expect(200, api.get(m + "/accounts/" + wang + "/bills", clerk)).json().get("items").size());

        // APPROVE (no body, as before) releases it; a decided reading is not decided again
        String review = m + "/anomalies/" + spike.get("id").asText() + "/review";
        expect(403, api.post(review, reader, "{\"decision\":\"APPROVE\"}"));
        assertEquals("APPROVED", expect(200, api.post(review, clerk, null)).json().get("decision").asText());
        expect(409, api.post(review, clerk, "{\"decision\":\"APPROVE\"}"));
        expect(400, api.post(m + "/anomalies/" + typo.get("id").asText() + "/review", clerk, "{\"decision\":"));

        // CORRECT: a new reading replaces the typo, counted from the reading before it
        String correct = m + "/anomalies/" + typo.get("id").asText() + "/review";
        expectField(400, "value", api.post(correct, clerk, "{\"decision\":\"CORRECT\"}"));
        expectField(400, "decision", api.post(correct, clerk, "{\"decision\":\"MAYBE\"}"));
        JsonNode corrected = expect(200, api.post(correct, clerk, "{\"decision\":\"CORRECT\",\"value\":80,\"note\":\"抄错一位\"}")).json();
        assertEquals(typo.get("id").asText(), corrected.get("correctsId").asText());
        assertM3("40", corrected.get("consumption"));
        assertM3("80", expect(200, api.get(m + "/meters/H-2", clerk)).json().get("lastReading"));
        expect(409, api.post(correct, clerk, "{\"decision\":\"REREAD\"}"));
        assertEquals(0, expect(200, api.get(m + "/anomalies", clerk)).json().get("total").asInt());

        JsonNode released = billRun(m, clerk, "2026-03");
        assertEquals(2, released.get("billed").asInt());
        assertEquals(0, released.get("held").asInt());
        JsonNode wangBill = expect(200, api.get(m + "/accounts/" + wang + "/bills", clerk)).json().get("items").get(0);
        assertEquals("2026-03", wangBill.get("period").asText());
        // 50 m³ billed in February, 350 now: 250 more fill tier 1, the last 100 are tier 2
        assertEquals(250 * 261 + 100 * 313, wangBill.get("amountFen").asLong());
        JsonNode liBill = expect(200, api.get(m + "/accounts/" + li + "/bills", clerk)).json().get("items").get(0);
        assertM3("40", liBill.get("volume"));
        assertEquals(40 * 261, liBill.get("amountFen").asLong());

        // only the meter's latest reading can be corrected or re-read
        JsonNode later = read(m, clerk, "H-1", "3000", "2026-04-01");
        assertEquals("HIGH", later.get("anomaly").asText());
        read(m, clerk, "H-1", "3010", "2026-04-02");
        String laterReview = m + "/anomalies/" + later.get("id").asText() + "/review";
        expect(409, api.post(laterReview, clerk, "{\"decision\":\"CORRECT\",\"value\":450}"));
        expect(409, api.post(laterReview, clerk, "{\"decision\":\"REREAD\"}"));
        expect(200, api.post(laterReview, clerk, "{\"decision\":\"APPROVE\",\"note\":\"用户确认新增壁挂炉\"}"));
    }

    @Test
    public void anEstimateIsTrueUpByTheNextActualReading() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "hold-e", "hold-e-admin", "accounts", "metering");
        String clerk = api.user(admin, "hold-e", "hold-e-clerk", "CLERK");
        String m = "/v1/tenants/hold-e/metering";
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, TIERS));
        String wang = activeAccount("hold-e", clerk, "孙");
        meter(m, clerk, "E-1", wang);
        // 180 m³ over the 90 days from installation: 2 m³ a day
        read(m, clerk, "E-1", "62", "2026-02-01");
        read(m, clerk, "E-1", "118", "2026-03-01");
        read(m, clerk, "E-1", "180", "2026-04-01");
        assertEquals(1, billRun(m, clerk, "2026-04").get("billed").asInt());

        // 到访不遇: 30 days at 2 m³
        JsonNode estimate = expect(201, api.post(m + "/readings:estimate", clerk,
                "{\"serial\":\"E-1\",\"readOn\":\"2026-05-01\",\"reason\":\"到访不遇\"}")).json();
        assertEquals("ESTIMATE", estimate.get("source").asText());
        assertM3("60", estimate.get("consumption"));
        assertM3("240", estimate.get("value"));
        expectField(422, "readOn", api.post(m + "/readings:estimate", clerk, "{\"serial\":\"E-1\",\"readOn\":\"2026-05-01\"}"));
        assertEquals(1, billRun(m, clerk, "2026-05").get("billed").asInt());
        JsonNode estimated = expect(200, api.get(m + "/accounts/" + wang + "/bills", clerk)).json().get("items").get(0);
        assertTrue(estimated.get("estimated").asBoolean());
        assertEquals(60 * 261, estimated.get("amountFen").asLong());

        // the actual reading counts from the last actual one (180): 150 m³, of which 60 were billed as estimated
        JsonNode actual = read(m, clerk, "E-1", "330", "2026-06-01");
        assertM3("150", actual.get("consumption"));
        assertM3("60", actual.get("estimatedVolume"));
        assertEquals(1, billRun(m, clerk, "2026-06").get("billed").asInt());
        JsonNode trueUp = expect(200, api.get(m + "/accounts/" + wang + "/bills", clerk)).json().get("items").get(0);
        assertFalse(trueUp.get("estimated").asBoolean());
        JsonNode lines = trueUp.get("lines");
        // the year stood at 180 before the estimate: 120 m³ fill tier 1, 30 go to tier 2; the estimate's 60 at tier 1 come back
        assertEquals(3, lines.size());
        assertEquals("GAS", lines.get(0).get("kind").asText());
        assertM3("120", lines.get(0).get("volume"));
        assertM3("30", lines.get(1).get("volume"));
        assertEquals(313, lines.get(1).get("priceFen").asLong());
        assertEquals("TRUE_UP", lines.get(2).get("kind").asText());
        assertM3("-60", lines.get(2).get("volume"));
        assertEquals(-60 * 261, lines.get(2).get("amountFen").asLong());
        assertEquals(120 * 261 + 30 * 313 - 60 * 261, trueUp.get("amountFen").asLong());
        assertM3("90", trueUp.get("volume"));

        // a meter without actual readings cannot be estimated
        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"E-2\",\"accountNo\":\"" + wang
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-06-01\",\"initialReading\":0}"));
        expectField(422, "serial", api.post(m + "/readings:estimate", clerk, "{\"serial\":\"E-2\",\"readOn\":\"2026-06-15\"}"));
    }
}

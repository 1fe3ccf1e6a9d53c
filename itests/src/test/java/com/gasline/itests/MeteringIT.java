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

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.itests.Api.Reply;

/** Meter to cash through HTTP: readings under the 三准 rules, tiered bills, idempotent bill runs and payments, arrears. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MeteringIT {

    private static final String TIERS = Branch.TIERS;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts", "metering");
    }

    private String activeAccount(String tenant, String clerk, String name) {
        return new Branch(api, tenant).activeAccount(clerk, name, 0);
    }

    private JsonNode awaitRun(String m, String token, String id) {
        return Branch.awaitRun(api, m, token, id);
    }

    @Test
    public void meteringNeedsAccountsFirst() {
        String admin = api.adminToken();
        api.onboard(admin, "met-req", "req-admin");
        expect(422, api.call("PUT", "/v1/admin/tenants/met-req/modules/metering", admin, null));
    }

    @Test
    public void fromMeterReadingToCash() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "met-east", "met-admin", "accounts", "metering");
        String clerk = api.user(admin, "met-east", "met-clerk", "CLERK");
        String reader = api.user(admin, "met-east", "met-reader", "METER_READER");
        String otherReader = api.user(admin, "met-east", "met-reader2", "METER_READER");
        String cashier = api.user(admin, "met-east", "met-cashier", "CASHIER");
        String m = "/v1/tenants/met-east/metering";

        String wang = activeAccount("met-east", clerk, "王");
        String li = activeAccount("met-east", clerk, "李");

        // tariffs are the branch admin's; a version is never overwritten
        expect(403, api.call("PUT", m + "/tariffs/RESIDENTIAL", clerk, TIERS));
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, TIERS));
        expect(409, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, TIERS));
        Api.expectField(400, "priceFen", api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, "{\"effectiveFrom\":\"2027-01-01\",\"kind\":\"FLAT\",\"priceFen\":-5}"));

        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"M-001\",\"accountNo\":\"" + wang
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-09-25\",\"initialReading\":100}"));
        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"M-002\",\"accountNo\":\"" + li
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":4,\"installedOn\":\"2026-09-25\",\"initialReading\":9990}"));
        expect(409, api.post(m + "/meters", clerk, "{\"serial\":\"M-001\",\"accountNo\":\"" + wang + "\",\"type\":\"DIAPHRAGM\"}"));
        expect(422, api.post(m + "/meters", clerk, "{\"serial\":\"M-009\",\"accountNo\":\"NOPE\",\"type\":\"DIAPHRAGM\"}"));
        String route = expect(201, api.post(m + "/routes", clerk, "{\"name\":\"幸福小区一册\",\"reader\":\"met-reader\",\"readingDay\":25,"
                + "\"meters\":[\"M-001\",\"M-002\"]}")).json().get("id").asText();
        JsonNode orders = expect(200, api.get(m + "/routes/" + route + "/orders", reader)).json().get("items");
        assertEquals(2, orders.size());
        assertEquals("M-001", orders.get(0).get("serial").asText());

        // readers read their own books only
        expect(403, api.post(m + "/readings", otherReader, "{\"serial\":\"M-001\",\"value\":150,\"readOn\":\"2026-10-25\"}"));
        JsonNode first = expect(201, api.post(m + "/readings", reader, "{\"serial\":\"M-001\",\"value\":150,\"readOn\":\"2026-10-25\"}")).json();
        assertEquals(0, first.get("consumption").decimalValue().compareTo(new java.math.BigDecimal("50")));
        Reply below = expect(422, api.post(m + "/readings", reader, "{\"serial\":\"M-001\",\"value\":149,\"readOn\":\"2026-10-26\"}"));
        assertEquals("value", below.json().get("errors").get(0).get("field").asText());

        // bulk: a rollover, an unknown meter and a refused value, each answered on its own
        JsonNode bulk = expect(200, api.post(m + "/readings:bulk", reader, "{\"readings\":[{\"serial\":\"M-002\",\"value\":20,"
                + "\"readOn\":\"2026-10-25\",\"rollover\":true},{\"serial\":\"M-404\",\"value\":1},{\"serial\":\"M-001\",\"value\":1}]}")).json();
        assertEquals(1, bulk.get("accepted").asInt());
        assertEquals(2, bulk.get("rejected").asInt());
        assertEquals(201, bulk.get("results").get(0).get("status").asInt());
        assertEquals(0, bulk.get("results").get(0).get("reading").get("consumption").decimalValue().compareTo(new java.math.BigDecimal("30")));
        assertEquals(404, bulk.get("results").get(1).get("status").asInt());
        assertEquals(422, bulk.get("results").get(2).get("status").asInt());

        // bill run: both accounts billed once; a rerun bills nothing more
        Api.expectField(400, "period", api.post(m + "/bill-runs", clerk, "{\"period\":\"2026/10\"}"));
        JsonNode started = expect(202, api.post(m + "/bill-runs", clerk, "{\"period\":\"2026-10\"}")).json();
        JsonNode run = awaitRun(m, clerk, started.get("id").asText());
        assertEquals("DONE", run.get("status").asText());
        assertEquals(2, run.get("total").asInt());
        assertEquals(2, run.get("done").asInt());
        assertEquals(2, run.get("billed").asInt());
        JsonNode rerun = awaitRun(m, clerk, expect(202, api.post(m + "/bill-runs", clerk, "{\"period\":\"2026-10\"}")).json().get("id").asText());
        assertEquals(0, rerun.get("billed").asInt());
        assertEquals(2, rerun.get("skipped").asInt());

        JsonNode bills = expect(200, api.get(m + "/accounts/" + wang + "/bills", cashier)).json().get("items");
        assertEquals(1, bills.size());
        JsonNode bill = bills.get(0);
        assertEquals(50 * 261, bill.get("amountFen").asLong());
        assertEquals(1, bill.get("lines").size());
        assertEquals(261, bill.get("lines").get(0).get("priceFen").asLong());
        assertEquals("OPEN", bill.get("status").asText());

        // payment: oldest bill first, the rest kept as prepayment; a replay pays nothing
        expect(400, api.post(m + "/payments", cashier, "{\"accountNo\":\"" + wang + "\",\"amountFen\":20000}"));
        expect(403, api.call("POST", m + "/payments", reader, "{\"accountNo\":\"" + wang + "\",\"amountFen\":20000}", "Idempotency-Key", "k-0"));
        Reply paid = expect(201, api.call("POST", m + "/payments", cashier, "{\"accountNo\":\"" + wang + "\",\"amountFen\":20000}",
                "Idempotency-Key", "pay-wang-1"));
        assertEquals(13050, paid.json().get("allocations").get(0).get("amountFen").asLong());
        assertEquals(6950, paid.json().get("balanceFen").asLong());
        Reply replay = expect(201, api.call("POST", m + "/payments", cashier, "{\"accountNo\":\"" + wang + "\",\"amountFen\":20000}",
                "Idempotency-Key", "pay-wang-1"));
        assertEquals(paid.json().get("receiptNo").asText(), replay.json().get("receiptNo").asText());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(6950, replay.json().get("balanceFen").asLong());
        expect(409, api.call("POST", m + "/payments", cashier, "{\"accountNo\":\"" + wang + "\",\"amountFen\":1}", "Idempotency-Key", "pay-wang-1"));
        assertEquals("PAID", expect(200, api.get(m + "/accounts/" + wang + "/bills", cashier)).json().get("items").get(0).get("status").asText());

        // arrears: li's October bill (due 2026-11-20) is more than 90 days overdue in March
        JsonNode arrears = expect(200, api.get(m + "/arrears?asOf=2027-03-01", cashier)).json();
        assertEquals(1, arrears.get("accounts").size());
        assertEquals(li, arrears.get("accounts").get(0).get("accountNo").asText());
        assertEquals("90+", arrears.get("accounts").get(0).get("bucket").asText());
        assertEquals(30 * 261, arrears.get("owedFenByBucket").get("90+").asLong());
        assertEquals("2027-03-25", arrears.get("accounts").get(0).get("dunOn").asText());

        // 催缴 in order: li's bill has been overdue since 2026-11-20 (every day this test can run on), so a reminder is
        // due and a home visit is not yet
        String dunning = m + "/arrears/" + li + "/dunning";
        expect(422, api.post(dunning, cashier, "{\"step\":\"HOME_VISIT\"}"));
        JsonNode reminder = expect(201, api.post(dunning, cashier, "{\"step\":\"REMINDER\",\"note\":\"短信提醒，限期 12 月 10 日前缴清\"}"))
                .json();
        // the reminder is also a 催缴 notice to the customer; with no contact address it is recorded as undeliverable, not dropped
        JsonNode told = expect(200, api.get("/v1/tenants/met-east/customer-notices?subject=dunning:" + reminder.get("id").asText(), branchAdmin))
                .json().get("items").get(0);
        assertEquals("DUNNING", told.get("kind").asText());
        assertEquals(li, told.get("accountNo").asText());
        long owed = reminder.get("owedFen").asLong();
        assertTrue(told.get("body").asText(), told.get("body").asText().contains(String.format("%d.%02d 元", owed / 100, owed % 100)));
        assertEquals("UNDELIVERABLE", told.get("deliveries").get(0).get("status").asText());
        assertEquals("REMINDER", expect(200, api.get(dunning, cashier)).json().get("items").get(0).get("step").asText());
        assertEquals("REMINDER", expect(200, api.get(m + "/arrears?asOf=2027-03-01", cashier)).json().get("accounts").get(0)
                .get("lastDunningStep").asText());
        expect(422, api.post(m + "/arrears/" + wang + "/dunning", cashier, "{\"step\":\"REMINDER\"}"));
        expect(400, api.post(dunning, cashier, "{\"step\":\"SUSPEND\"}"));

        // a jump far above the meter's average is accepted and flagged for review
        JsonNode spike = expect(201, api.post(m + "/readings", reader, "{\"serial\":\"M-001\",\"value\":400,\"readOn\":\"2026-11-25\"}")).json();
        assertEquals("HIGH", spike.get("anomaly").asText());
        JsonNode anomalies = expect(200, api.get(m + "/anomalies", clerk)).json();
        assertEquals(1, anomalies.get("total").asInt());

        // 销户 takes the final reading through metering and bills it at once
        Api.expectField(422, "finalReading", api.post("/v1/tenants/met-east/accounts/accounts/" + li + "/close", clerk, "{\"reason\":\"迁出\"}"));
        expect(200, api.post("/v1/tenants/met-east/accounts/accounts/" + li + "/close", clerk, "{\"reason\":\"迁出\",\"finalReading\":45}"));
        JsonNode liBills = expect(200, api.get(m + "/accounts/" + li + "/bills", cashier)).json().get("items");
        assertEquals(2, liBills.size());
        assertTrue(liBills.get(0).get("period").asText().startsWith("FINAL-"));
        assertEquals(25 * 261, liBills.get(0).get("amountFen").asLong());
        assertEquals("REMOVED", expect(200, api.get(m + "/meters/M-002", clerk)).json().get("status").asText());
    }

    @Test
    public void otherBranchesSeeNoneOfIt() {
        String admin = api.adminToken();
        String east = api.onboard(admin, "met-a", "met-a-admin", "accounts", "metering");
        String west = api.onboard(admin, "met-b", "met-b-admin", "accounts", "metering");
        String no = activeAccount("met-a", east, "周");
        expect(201, api.post("/v1/tenants/met-a/metering/meters", east, "{\"serial\":\"X-1\",\"accountNo\":\"" + no + "\",\"type\":\"IC_CARD\"}"));
        expect(404, api.get("/v1/tenants/met-b/metering/meters/X-1", west));
        expect(404, api.get("/v1/tenants/met-a/metering/meters/X-1", west));
        // IC card sale priced by the same tariff, paid at once, idempotent
        expect(200, api.call("PUT", "/v1/tenants/met-a/metering/tariffs/RESIDENTIAL", east, TIERS));
        Reply sale = expect(201, api.call("POST", "/v1/tenants/met-a/metering/ic-purchases", east,
                "{\"accountNo\":\"" + no + "\",\"cardNo\":\"IC-77\",\"volume\":10}", "Idempotency-Key", "ic-1"));
        assertEquals(2610, sale.json().get("amountFen").asLong());
        assertEquals(0, sale.json().get("balanceFen").asLong());
        Reply again = expect(201, api.call("POST", "/v1/tenants/met-a/metering/ic-purchases", east,
                "{\"accountNo\":\"" + no + "\",\"cardNo\":\"IC-77\",\"volume\":10}", "Idempotency-Key", "ic-1"));
        assertEquals(sale.json().get("receiptNo").asText(), again.json().get("receiptNo").asText());
        assertEquals(1, expect(200, api.get("/v1/tenants/met-a/metering/accounts/" + no + "/bills", east)).json().get("items").size());
        // the card holder has no prepayment left: on the low-balance list
        JsonNode low = expect(200, api.get("/v1/tenants/met-a/metering/prepaid/low-balance?belowFen=100", east)).json().get("items");
        assertEquals(1, low.size());
        assertEquals(no, low.get(0).get("accountNo").asText());
        Api.expectField(400, "belowFen", api.get("/v1/tenants/met-a/metering/prepaid/low-balance?belowFen=0", east));
        // the list sent as notices: each account once a day, however often the clerk presses send
        String notices = "/v1/tenants/met-a/customer-notices?subject=";
        JsonNode sent = expect(200, api.post("/v1/tenants/met-a/metering/prepaid/low-balance:notify?belowFen=100", east, null)).json();
        assertEquals(1, sent.get("notices").asInt());
        expect(200, api.post("/v1/tenants/met-a/metering/prepaid/low-balance:notify?belowFen=100", east, null));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode told = expect(200, api.get(notices + "low-balance:" + no + ":" + today, east)).json();
        assertEquals(1, told.get("total").asInt());
        assertEquals("LOW_BALANCE", told.at("/items/0/kind").asText());
        // 气价调整通知: the next price version told to the category's active accounts
        expect(422, api.post("/v1/tenants/met-a/metering/tariffs/COMMERCIAL/notices:send", east, null));
        String from = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        expect(200, api.call("PUT", "/v1/tenants/met-a/metering/tariffs/RESIDENTIAL", east, "{\"effectiveFrom\":\"" + from
                + "\",\"kind\":\"FLAT\",\"priceFen\":300}"));
        JsonNode price = expect(200, api.post("/v1/tenants/met-a/metering/tariffs/RESIDENTIAL/notices:send", east, null)).json();
        assertEquals(1, price.get("notices").asInt());
        assertEquals(1, expect(200, api.get(notices + price.get("subject").asText(), east)).json().get("total").asInt());
    }
}

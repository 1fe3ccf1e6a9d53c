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

/** 收据 and 收费日报 through HTTP: a void asked by the cashier and approved by someone else, 补开, the day closed once. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReceiptsIT {

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

    /** Registers and turns on an account through the accounts module; returns its number. */
    private String activeAccount(String tenant, String clerk, String name) {
        String b = "/v1/tenants/" + tenant + "/accounts";
        String customer = expect(201, api.post(b + "/customers", clerk, "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"category\":\"RESIDENTIAL\",\"householdSize\":3,\"phones\":[\"13900001111\"]}")).json().get("id").asText();
        String premises = expect(201, api.post(b + "/premises", clerk, "{\"district\":\"东城区\",\"community\":\"幸福小区\",\"address\":\"幸福路 "
                + name + " 号\"}")).json().get("id").asText();
        String no = expect(201, api.post(b + "/accounts", clerk, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}"))
                .json().get("accountNo").asText();
        expect(200, api.post(b + "/accounts/" + no + "/contract", clerk, "{\"contractNo\":\"HT-" + name + "\",\"openingFeeFen\":0}"));
        expect(200, api.post(b + "/accounts/" + no + "/install", clerk, "{}"));
        expect(200, api.post(b + "/accounts/" + no + "/activate", clerk, "{}"));
        return no;
    }

    private JsonNode awaitRun(String m, String token, String id) {
        for (int i = 0; i < 150; i++) {
            JsonNode run = expect(200, api.get(m + "/bill-runs/" + id, token)).json();
            if (!java.util.List.of("QUEUED", "RUNNING").contains(run.get("status").asText())) {
                return run;
            }
            Api.pause(200);
        }
        throw new AssertionError("bill run " + id + " did not finish");
    }

    private JsonNode pay(String m, String cashier, String account, long fen, String channel, String key) {
        return expect(201, api.call("POST", m + "/payments", cashier, "{\"accountNo\":\"" + account + "\",\"amountFen\":" + fen
                + ",\"channel\":\"" + channel + "\"}", "Idempotency-Key", key)).json();
    }

    private static String reason(String text) {
        return "{\"reason\":\"" + text + "\"}";
    }

    @Test
    public void voidsReissuesAndTheCashiersDay() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "rct-east", "rct-admin", "accounts", "metering");
        String clerk = api.user(admin, "rct-east", "rct-clerk", "CLERK");
        String reader = api.user(admin, "rct-east", "rct-reader", "METER_READER");
        String cashier = api.user(admin, "rct-east", "rct-cashier", "CASHIER");
        String cashier2 = api.user(admin, "rct-east", "rct-cashier2", "CASHIER");
        String supervisor = api.user(admin, "rct-east", "rct-boss", "SUPERVISOR");
        String m = "/v1/tenants/rct-east/metering";
        String r = m + "/receipts/";

        // one October bill of 50 m³ at 2.61 yuan
        String wang = activeAccount("rct-east", clerk, "王");
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, TIERS));
        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"R-001\",\"accountNo\":\"" + wang
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-09-25\",\"initialReading\":100}"));
        expect(201, api.post(m + "/routes", clerk, "{\"name\":\"收费一册\",\"reader\":\"rct-reader\",\"readingDay\":25,\"meters\":[\"R-001\"]}"));
        expect(201, api.post(m + "/readings", reader, "{\"serial\":\"R-001\",\"value\":150,\"readOn\":\"2026-10-25\"}"));
        JsonNode run = awaitRun(m, clerk, expect(202, api.post(m + "/bill-runs", clerk, "{\"period\":\"2026-10\"}")).json().get("id").asText());
        assertEquals(1, run.get("billed").asInt());
        String bills = m + "/accounts/" + wang + "/bills";

        // paid by WeChat, then voided: asked by the cashier, refused once, asked again, approved by another person
        String first = pay(m, cashier, wang, 13050, "WECHAT", "rct-1").get("receiptNo").asText();
        assertEquals("PAID", expect(200, api.get(bills, cashier)).json().get("items").get(0).get("status").asText());
        JsonNode issued = expect(200, api.get(r + first, cashier)).json();
        assertEquals("ISSUED", issued.get("status").asText());
        assertEquals("PAYMENT", issued.get("kind").asText());
        assertEquals(13050, issued.get("amountFen").asLong());
        assertEquals(0, issued.get("copies").asInt());
        String day = issued.get("issuedOn").asText();
        expect(404, api.get(r + "SK209900000001", cashier));

        Api.expectField(400, "reason", api.post(r + first + "/void", cashier, "{}"));
        Api.expectField(400, "reason", api.post(r + first + "/void", cashier, reason("x".repeat(201))));
        expect(403, api.post(r + first + "/void", cashier2, reason("不是我的收据")));
        expect(409, api.post(r + first + "/void/approve", supervisor, null));
        JsonNode asked = expect(202, api.post(r + first + "/void", cashier, reason("金额录错"))).json();
        assertEquals("VOID_REQUESTED", asked.get("status").asText());
        expect(409, api.post(r + first + "/void", cashier, reason("再次申请")));
        expect(403, api.post(r + first + "/void/approve", cashier, null));
        assertEquals("ISSUED", expect(200, api.post(r + first + "/void/refuse", supervisor, reason("请核实"))).json().get("status").asText());
        expect(202, api.post(r + first + "/void", branchAdmin, reason("核实后确认录错")));
        expect(422, api.post(r + first + "/void/approve", branchAdmin, null));
        JsonNode voided = expect(200, api.post(r + first + "/void/approve", supervisor, null)).json();
        assertEquals("VOIDED", voided.get("status").asText());
        // asked, refused, asked again, voided: the refused approval left no trace
        assertEquals(4, voided.get("actions").size());
        assertEquals("VOIDED", voided.get("actions").get(3).get("action").asText());
        assertEquals("rct-boss", voided.get("actions").get(3).get("actor").asText());
        JsonNode bill = expect(200, api.get(bills, cashier)).json().get("items").get(0);
        assertEquals("OPEN", bill.get("status").asText());
        assertEquals(0, bill.get("paidFen").asLong());
        // a voided receipt stays voided and its number is not reused
        expect(409, api.post(r + first + "/void/approve", supervisor, null));
        expect(409, api.post(r + first + "/void", cashier, reason("再作废")));
        expect(409, api.post(r + first + "/reissue", cashier, reason("遗失")));
        Reply voidedPrint = expect(200, api.get(r + first + "/print", cashier));
        assertTrue(voidedPrint.raw().body().contains("作废"));

        // 补开 of a lost receipt: a marked copy
        String second = pay(m, cashier, wang, 1000, "CASH", "rct-2").get("receiptNo").asText();
        assertTrue(!second.equals(first));
        assertEquals(1000, expect(200, api.get(bills, cashier)).json().get("items").get(0).get("paidFen").asLong());
        Api.expectField(400, "reason", api.post(r + second + "/reissue", cashier, "{}"));
        assertEquals(1, expect(200, api.post(r + second + "/reissue", cashier, reason("客户遗失"))).json().get("copies").asInt());
        Reply print = expect(200, api.get(r + second + "/print", cashier));
        assertTrue(print.contentType(), print.contentType().startsWith("text/html"));
        assertTrue(print.raw().body().contains("补开（第 1 联复印件）"));
        assertTrue(print.raw().body().contains("壹拾元整"));
        assertTrue(print.raw().body().contains("¥10.00"));

        // the day: by channel what stands, the void apart; the branch view is the supervisor's
        pay(m, cashier2, wang, 500, "ALIPAY", "rct-3");
        JsonNode own = expect(200, api.get(m + "/cashier-days/" + day, cashier)).json();
        assertEquals(2, own.get("receipts").size());
        assertEquals(1, own.get("byChannel").size());
        assertEquals("CASH", own.get("byChannel").get(0).get("channel").asText());
        assertEquals(1000, own.get("byChannel").get(0).get("totalFen").asLong());
        assertEquals(1, own.get("voids").get("count").asInt());
        assertEquals(13050, own.get("voids").get("amountFen").asLong());
        assertEquals(1000, own.get("netFen").asLong());
        expect(403, api.get(m + "/cashier-days/" + day + "?cashier=*", cashier));
        expect(403, api.get(m + "/cashier-days/" + day + "?cashier=rct-cashier2", cashier));
        Api.expectField(400, "date", api.get(m + "/cashier-days/30-11-2026", cashier));
        JsonNode branch = expect(200, api.get(m + "/cashier-days/" + day + "?cashier=*", supervisor)).json();
        assertEquals(3, branch.get("receipts").size());
        assertEquals("CASH", branch.get("byChannel").get(0).get("channel").asText());
        assertEquals("ALIPAY", branch.get("byChannel").get(1).get("channel").asText());
        assertEquals(500, branch.get("byChannel").get(1).get("totalFen").asLong());
        assertEquals(1500, branch.get("netFen").asLong());

        // closing: not while a void waits, once, and no void afterwards
        expect(202, api.post(r + second + "/void", cashier, reason("重复收费")));
        expect(409, api.post(m + "/cashier-days/" + day + "/close", cashier, null));
        expect(200, api.post(r + second + "/void/refuse", supervisor, reason("并非重复")));
        Reply closed = expect(201, api.post(m + "/cashier-days/" + day + "/close", cashier, null));
        assertTrue(closed.json().get("closed").asBoolean());
        assertEquals("rct-cashier", closed.json().get("closedBy").asText());
        expect(409, api.post(m + "/cashier-days/" + day + "/close", cashier, null));
        Reply late = expect(409, api.post(r + second + "/void", cashier, reason("关账后发现")));
        assertTrue(late.raw().body().contains("日报已关账"));
        assertEquals("ISSUED", expect(200, api.get(r + second, cashier)).json().get("status").asText());
        JsonNode afterClose = expect(200, api.get(m + "/cashier-days/" + day + "?cashier=*", supervisor)).json();
        assertEquals(false, afterClose.get("closed").asBoolean());
        assertEquals(1, afterClose.get("closures").size());

        // the export: a BOM, the Chinese header, a row per receipt, the totals
        Reply csv = expect(200, api.get(m + "/cashier-days/" + day + "/export", cashier));
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String body = csv.raw().body();
        assertEquals('\uFEFF', body.charAt(0));
        assertTrue(body.startsWith("\uFEFF收据号,类别,户号"));
        assertTrue(body.contains(first + ",缴费," + wang + ",130.50,微信,rct-cashier,作废,"));
        assertTrue(body.contains(second + ",缴费," + wang + ",10.00,现金,rct-cashier,有效,"));
        assertTrue(body.contains("净额,,,10.00"));
    }
}

package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

/** Money a branch can trust: the account ledger, the opening prepayment, refunds, adjustments, reversals, concurrent cashiers. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MoneyIT {

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts", "metering");
    }

    /** Every line of the account's ledger, and a check that its running balance is the sum of the movements. */
    private List<JsonNode> ledger(String m, String token, String no) {
        JsonNode page = expect(200, api.get(m + "/accounts/" + no + "/ledger?size=500", token)).json();
        List<JsonNode> lines = new ArrayList<>();
        long sum = 0;
        for (JsonNode line : page.get("items")) {
            sum += line.get("amountFen").asLong();
            assertEquals("running balance at " + line, sum, line.get("balanceAfterFen").asLong());
            lines.add(line);
        }
        assertEquals(lines.size(), page.get("total").asInt());
        assertEquals(sum, expect(200, api.get(m + "/accounts/" + no + "/balance", token)).json().get("balanceFen").asLong());
        return lines;
    }

    private Reply pay(String m, String cashier, String no, long fen, String key) {
        return api.call("POST", m + "/payments", cashier, "{\"accountNo\":\"" + no + "\",\"amountFen\":" + fen + "}", "Idempotency-Key", key);
    }

    @Test
    public void theOpeningPrepaymentPaysTheFirstBillAndWhatIsLeftIsRefundedAtClosing() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "mon-east", "mon-admin", "accounts", "metering");
        String clerk = api.user(admin, "mon-east", "mon-clerk", "CLERK");
        String cashier = api.user(admin, "mon-east", "mon-cashier", "CASHIER");
        String m = "/v1/tenants/mon-east/metering";
        Branch branch = new Branch(api, "mon-east");
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, Branch.TIERS));
        String no = branch.activeAccount(clerk, "赵", 5_000);

        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"P-1\",\"accountNo\":\"" + no
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-09-25\",\"initialReading\":0}"));
        List<JsonNode> opened = ledger(m, cashier, no);
        assertEquals(1, opened.size());
        assertEquals("PREPAYMENT", opened.get(0).get("kind").asText());
        assertEquals(5_000, opened.get(0).get("amountFen").asLong());

        // 2,273 m³: 300 × 2.61 + 300 × 3.13 + 1,673 × 3.92 yuan = 828,016 fen, of which the prepayment pays 5,000
        expect(201, api.post(m + "/readings", clerk, "{\"serial\":\"P-1\",\"value\":2273,\"readOn\":\"2026-10-25\"}"));
        assertEquals("DONE", branch.billRun(clerk, "2026-10").get("status").asText());
        JsonNode bill = expect(200, api.get(m + "/accounts/" + no + "/bills", cashier)).json().get("items").get(0);
        assertEquals(828_016, bill.get("amountFen").asLong());
        assertEquals(5_000, bill.get("paidFen").asLong());
        JsonNode balance = expect(200, api.get(m + "/accounts/" + no + "/balance", cashier)).json();
        assertEquals(-823_016, balance.get("balanceFen").asLong());
        assertEquals(823_016, balance.get("owedFen").asLong());
        assertEquals(0, balance.get("creditFen").asLong());

        // the customer pays 4,600 fen more than owed: that is credit, and a refund can never exceed it
        expect(201, pay(m, cashier, no, 823_016 + 4_600, "zhao-1"));
        int movements = ledger(m, cashier, no).size();
        expectField(422, "amountFen", api.post(m + "/accounts/" + no + "/refunds", cashier, "{\"amountFen\":4601,\"reason\":\"多缴退还\"}"));
        expectField(400, "reason", api.post(m + "/accounts/" + no + "/refunds", cashier, "{\"amountFen\":100}"));
        assertEquals(movements, ledger(m, cashier, no).size());

        // 销户: 10 m³ more at 3.92 yuan is settled from the credit, the 680 fen left is refunded with its own receipt
        expect(200, api.post("/v1/tenants/mon-east/accounts/accounts/" + no + "/close", clerk, "{\"reason\":\"迁出\",\"finalReading\":2283}"));
        List<JsonNode> closed = ledger(m, cashier, no);
        JsonNode last = closed.get(closed.size() - 1);
        assertEquals("REFUND", last.get("kind").asText());
        assertEquals(-680, last.get("amountFen").asLong());
        assertEquals(0, last.get("balanceAfterFen").asLong());
        assertTrue(last.get("note").asText().startsWith("TK"));
        assertEquals("PAID", expect(200, api.get(m + "/accounts/" + no + "/bills", cashier)).json().get("items").get(0).get("status").asText());
        expect(404, api.get(m + "/accounts/NOSUCH/ledger", cashier));
        expect(404, api.get(m + "/accounts/NOSUCH/bills", cashier));
    }

    @Test
    public void aWrongBillIsReversedAndRebilledAndAdjustmentsNeedASecondPerson() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "mon-west", "monw-admin", "accounts", "metering");
        String clerk = api.user(admin, "mon-west", "monw-clerk", "CLERK");
        String cashier = api.user(admin, "mon-west", "monw-cashier", "CASHIER");
        String supervisor = api.user(admin, "mon-west", "monw-super", "SUPERVISOR");
        String m = "/v1/tenants/mon-west/metering";
        Branch branch = new Branch(api, "mon-west");
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, Branch.TIERS));
        String no = branch.activeAccount(clerk, "钱", 0);
        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"R-1\",\"accountNo\":\"" + no
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-09-25\",\"initialReading\":100}"));
        expect(201, api.post(m + "/readings", clerk, "{\"serial\":\"R-1\",\"value\":200,\"readOn\":\"2026-10-25\"}"));
        branch.billRun(clerk, "2026-10");
        JsonNode bill = expect(200, api.get(m + "/accounts/" + no + "/bills", cashier)).json().get("items").get(0);
        String billId = bill.get("id").asText();
        assertEquals(26_100, bill.get("amountFen").asLong());
        expect(201, pay(m, cashier, no, 10_000, "qian-1"));

        // 冲正 is a supervisor's, with a reason; the rebill takes the payment over from the reversed bill
        expect(403, api.post(m + "/bills/" + billId + "/reversal", cashier, "{\"reason\":\"抄错\"}"));
        expectField(400, "reason", api.post(m + "/bills/" + billId + "/reversal", supervisor, "{}"));
        expect(404, api.post(m + "/bills/nosuch/reversal", supervisor, "{\"reason\":\"抄错\"}"));
        JsonNode corrected = expect(200, api.post(m + "/bills/" + billId + "/reversal", supervisor, "{\"reason\":\"价格执行错误\",\"rebill\":true}"))
                .json();
        assertEquals("REVERSED", corrected.get("reversed").get("status").asText());
        assertEquals("2026-10/R1", corrected.get("rebill").get("period").asText());
        assertEquals(26_100, corrected.get("rebill").get("amountFen").asLong());
        assertEquals(10_000, corrected.get("rebill").get("paidFen").asLong());
        expect(409, api.post(m + "/bills/" + billId + "/reversal", supervisor, "{\"reason\":\"再次\"}"));
        Reply printed = expect(200, api.get(m + "/bills/" + billId + "/print", cashier));
        assertTrue(printed.contentType(), printed.contentType().startsWith("text/html"));
        String page = printed.raw().body();
        assertTrue(page, page.contains("已冲正：价格执行错误") && page.contains("贰佰陆拾壹元整") && page.contains("第 1 阶梯"));
        List<String> kinds = ledger(m, cashier, no).stream().map(l -> l.get("kind").asText()).toList();
        assertEquals(List.of("BILL", "PAYMENT", "REVERSAL", "BILL"), kinds);

        // 核销: asked by one person, approved by another; more than owed is refused and changes nothing
        expectField(400, "kind", api.post(m + "/accounts/" + no + "/adjustments", cashier, "{\"kind\":\"GIFT\",\"amountFen\":100,\"reason\":\"x\"}"));
        String tooMuch = expect(201, api.post(m + "/accounts/" + no + "/adjustments", cashier,
                "{\"kind\":\"WRITE_OFF\",\"amountFen\":16101,\"reason\":\"困难户\"}")).json().get("id").asText();
        expect(422, api.post(m + "/adjustments/" + tooMuch + "/approve", supervisor, null));
        expect(200, api.post(m + "/adjustments/" + tooMuch + "/refuse", supervisor, null));
        String writeOff = expect(201, api.post(m + "/accounts/" + no + "/adjustments", supervisor,
                "{\"kind\":\"WRITE_OFF\",\"amountFen\":16100,\"reason\":\"困难户减免\"}")).json().get("id").asText();
        expect(403, api.post(m + "/adjustments/" + writeOff + "/approve", cashier, null));
        expect(422, api.post(m + "/adjustments/" + writeOff + "/approve", supervisor, null));
        assertEquals(1, expect(200, api.get(m + "/adjustments", branchAdmin)).json().get("items").size());
        assertEquals("APPROVED", expect(200, api.post(m + "/adjustments/" + writeOff + "/approve", branchAdmin, null)).json().get("status").asText());
        expect(409, api.post(m + "/adjustments/" + writeOff + "/approve", branchAdmin, null));
        expect(404, api.post(m + "/adjustments/nosuch/approve", branchAdmin, null));
        List<JsonNode> lines = ledger(m, cashier, no);
        assertEquals("WRITE_OFF", lines.get(lines.size() - 1).get("kind").asText());
        assertEquals(0, lines.get(lines.size() - 1).get("balanceAfterFen").asLong());
    }

    @Test
    public void cashiersPayingTheSameBillAtOnceNeverAllocateMoreThanItsAmountNorDoesAVoidRacingThem() throws Exception {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "mon-busy", "monb-admin", "accounts", "metering");
        String clerk = api.user(admin, "mon-busy", "monb-clerk", "CLERK");
        List<String> cashiers = List.of(api.user(admin, "mon-busy", "monb-c1", "CASHIER"), api.user(admin, "mon-busy", "monb-c2", "CASHIER"));
        String supervisor = api.user(admin, "mon-busy", "monb-super", "SUPERVISOR");
        String m = "/v1/tenants/mon-busy/metering";
        Branch branch = new Branch(api, "mon-busy");
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", branchAdmin, Branch.TIERS));
        String no = branch.activeAccount(clerk, "孙", 0);
        expect(201, api.post(m + "/meters", clerk, "{\"serial\":\"C-1\",\"accountNo\":\"" + no
                + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,\"installedOn\":\"2026-09-25\",\"initialReading\":0}"));
        expect(201, api.post(m + "/readings", clerk, "{\"serial\":\"C-1\",\"value\":100,\"readOn\":\"2026-10-25\"}"));
        branch.billRun(clerk, "2026-10");

        ExecutorService counters = Executors.newFixedThreadPool(8);
        List<Future<Reply>> paid = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String key = "sun-" + i;
            String cashier = cashiers.get(i % 2);
            paid.add(counters.submit(() -> pay(m, cashier, no, 5_000, key)));
        }
        String firstReceipt = null;
        for (Future<Reply> p : paid) {
            String receipt = expect(201, p.get(60, TimeUnit.SECONDS)).json().get("receiptNo").asText();
            firstReceipt = firstReceipt == null ? receipt : firstReceipt;
        }

        // a void approved while four more payments arrive: the ledger still adds up
        expect(202, api.post(m + "/receipts/" + firstReceipt + "/void", cashiers.get(0), "{\"reason\":\"重复收费\"}"));
        String toVoid = firstReceipt;
        List<Future<Reply>> racing = new ArrayList<>();
        racing.add(counters.submit(() -> api.post(m + "/receipts/" + toVoid + "/void/approve", supervisor, null)));
        for (int i = 16; i < 20; i++) {
            String key = "sun-" + i;
            racing.add(counters.submit(() -> pay(m, cashiers.get(1), no, 5_000, key)));
        }
        for (Future<Reply> r : racing) {
            Reply reply = r.get(60, TimeUnit.SECONDS);
            assertTrue(reply.toString(), reply.status() == 200 || reply.status() == 201);
        }
        counters.shutdown();

        JsonNode bill = expect(200, api.get(m + "/accounts/" + no + "/bills", cashiers.get(0))).json().get("items").get(0);
        assertEquals(26_100, bill.get("amountFen").asLong());
        assertEquals(26_100, bill.get("paidFen").asLong());
        JsonNode balance = expect(200, api.get(m + "/accounts/" + no + "/balance", cashiers.get(0))).json();
        assertEquals(19 * 5_000 - 26_100, balance.get("creditFen").asLong());
        List<JsonNode> lines = ledger(m, cashiers.get(0), no);
        assertEquals(22, lines.size());
        assertEquals(1, lines.stream().filter(l -> l.get("kind").asText().equals("VOID")).count());
    }
}

package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

/** LPG exchange points through HTTP: the issuing rules, stock under concurrent exchanges, remittance reconciliation. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CylindersIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("cylinders");
    }

    private void register(String c, String token, String serial, String point, LocalDate next, String status) {
        expect(201, api.post(c + "/cylinders", token, "{\"serial\":\"" + serial + "\",\"spec\":\"YSP-15\",\"point\":\"" + point
                + "\",\"nextInspectionOn\":\"" + next + "\",\"status\":\"" + status + "\"}"));
    }

    private static int count(JsonNode stock, String status) {
        int n = 0;
        for (JsonNode l : stock.get("lines")) {
            if (l.get("status").asText().equals(status)) {
                n += l.get("count").asInt();
            }
        }
        return n;
    }

    @Test
    public void parallelExchangesNeverIssueMoreThanTheStock() throws Exception {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "cyl-rush", "rush-admin", "cylinders");
        String clerk = api.user(admin, "cyl-rush", "rush-clerk", "CYLINDER_CLERK");
        String c = "/v1/tenants/cyl-rush/cylinders";
        expect(201, api.post(c + "/points", branchAdmin, "{\"code\":\"P01\",\"name\":\"城东调瓶点\",\"address\":\"城东路 1 号\","
                + "\"staff\":[\"rush-clerk\"],\"lowStockThreshold\":3}"));
        for (int i = 0; i < 10; i++) {
            register(c, clerk, "R" + i, "P01", TODAY.plusYears(2), "FULL");
        }
        int n = 30;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            replies.add(pool.submit(() -> api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"customer\":\"客户" + k
                    + "\",\"priceFen\":12000,\"payment\":\"CASH\"}")));
        }
        int issued = 0;
        int refused = 0;
        List<String> serials = new ArrayList<>();
        for (Future<Reply> f : replies) {
            Reply r = f.get();
            if (r.status() == 201) {
                issued++;
                serials.add(r.json().get("issuedSerial").asText());
            } else {
                assertEquals(r.toString(), 422, r.status());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(10, issued);
        assertEquals(20, refused);
        assertEquals("each cylinder went out once", 10, serials.stream().distinct().count());
        JsonNode stock = expect(200, api.get(c + "/points/P01/stock", clerk)).json();
        assertEquals(0, count(stock, "FULL"));
        assertEquals(List.of("YSP-15"), List.of(stock.get("lowStock").get(0).asText()));
        // 盘点: one cylinder fewer found than the book says — kept as a difference of -1
        register(c, clerk, "R-extra", "P01", TODAY.plusYears(2), "EMPTY");
        register(c, clerk, "R-extra2", "P01", TODAY.plusYears(2), "EMPTY");
        JsonNode counted = expect(201, api.post(c + "/points/P01/stock-counts", clerk, "{\"lines\":[{\"spec\":\"YSP-15\",\"status\":\"EMPTY\","
                + "\"counted\":1}]}")).json();
        assertEquals(2, counted.get("lines").get(0).get("book").asInt());
        assertEquals(-1, counted.get("lines").get(0).get("difference").asInt());
        expect(409, api.post(c + "/points/P01/stock-counts", clerk, "{\"lines\":[{\"spec\":\"YSP-15\",\"status\":\"EMPTY\",\"counted\":2}]}"));
        assertEquals(-1, expect(200, api.get(c + "/points/P01/stock-counts", clerk)).json().get("items").get(0).get("lines").get(0).get("difference").asInt());

        // the day's cash is all there: no difference
        JsonNode remitted = expect(201, api.post(c + "/points/P01/remittances", clerk, "{\"dayOn\":\"" + TODAY + "\",\"cashFen\":120000,\"vouchers\":0}"))
                .json();
        assertEquals(120000, remitted.get("expectedCashFen").asLong());
        assertEquals(0, remitted.get("cashDifferenceFen").asLong());
        assertEquals(10, remitted.get("exchanges").asInt());
    }

    @Test
    public void dueRejectedAndForeignCylindersAreNeverIssued() {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "cyl-rules", "rules-admin", "cylinders");
        String clerk = api.user(admin, "cyl-rules", "rules-clerk", "CYLINDER_CLERK");
        String otherClerk = api.user(admin, "cyl-rules", "rules-clerk2", "CYLINDER_CLERK");
        String c = "/v1/tenants/cyl-rules/cylinders";
        expect(201, api.post(c + "/points", branchAdmin, "{\"code\":\"P01\",\"name\":\"城西调瓶点\",\"address\":\"城西路 2 号\",\"staff\":[\"rules-clerk\"]}"));
        expect(201, api.post(c + "/points", branchAdmin, "{\"code\":\"P02\",\"name\":\"城北调瓶点\",\"address\":\"城北路 3 号\",\"staff\":[\"rules-clerk2\"]}"));
        register(c, clerk, "DUE-1", "P01", TODAY, "FULL");
        register(c, clerk, "OK-1", "P01", TODAY.plusYears(3), "FULL");
        register(c, clerk, "OK-2", "P01", TODAY.plusYears(3), "FULL");
        register(c, clerk, "OK-3", "P01", TODAY.plusYears(3), "FULL");
        expect(403, api.post(c + "/exchanges", otherClerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"priceFen\":12000}"));

        Reply due = expect(422, api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"issuedSerial\":\"DUE-1\",\"priceFen\":12000}"));
        assertTrue(due.raw().body(), due.json().get("errors").get(0).get("message").asText().contains("检验"));
        expect(400, api.post(c + "/cylinders/OK-3/reject", clerk, "{}"));
        expect(200, api.post(c + "/cylinders/OK-3/reject", clerk, "{\"reason\":\"瓶阀漏气\"}"));
        expect(422, api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"issuedSerial\":\"OK-3\",\"priceFen\":12000}"));
        expect(422, api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-50\",\"priceFen\":30000}"));

        // OK-1 goes to a customer; when it comes back due, it goes to inspection and the customer is told
        JsonNode first = expect(201, api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"issuedSerial\":\"OK-1\","
                + "\"customer\":\"刘大妈\",\"priceFen\":12000,\"payment\":\"VOUCHER\",\"vouchers\":1}")).json();
        assertEquals("VOUCHER", first.get("payment").asText());
        // a due cylinder back from inspection is issuable again, four years on
        expect(200, api.post(c + "/cylinders/DUE-1/send-inspection", clerk, "{\"reason\":\"到期送检\"}"));
        JsonNode back = expect(200, api.post(c + "/cylinders/DUE-1/inspected", branchAdmin, "{\"passed\":true,\"point\":\"P01\"}")).json();
        assertEquals("EMPTY", back.get("status").asText());
        assertEquals(TODAY.plusYears(4).toString(), back.get("nextInspectionOn").asText());

        JsonNode cylinder = expect(200, api.get(c + "/cylinders/OK-1", clerk)).json();
        assertEquals("WITH_CUSTOMER", cylinder.get("status").asText());
        List<String> moves = new ArrayList<>();
        cylinder.get("movements").forEach(m -> moves.add(m.get("action").asText()));
        assertEquals(List.of("REGISTER", "EXCHANGE_OUT"), moves);
        JsonNode second = expect(201, api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"returnedSerial\":\"OK-1\","
                + "\"customer\":\"刘大妈\",\"priceFen\":12000}")).json();
        assertEquals("OK-2", second.get("issuedSerial").asText());
        assertEquals("EMPTY", expect(200, api.get(c + "/cylinders/OK-1", clerk)).json().get("status").asText());

        // a customer's own cylinder comes back due: taken for inspection, customer advised, an inspected one issued
        expect(201, api.post(c + "/cylinders", clerk, "{\"serial\":\"CUST-1\",\"spec\":\"YSP-15\",\"point\":\"P01\",\"owner\":\"CUSTOMER\","
                + "\"ownerName\":\"王大爷\",\"nextInspectionOn\":\"" + TODAY.minusDays(3) + "\",\"status\":\"WITH_CUSTOMER\"}"));
        JsonNode dueList = expect(200, api.get(c + "/cylinders/due?days=30", branchAdmin)).json().get("items");
        assertEquals(1, dueList.size());
        assertEquals("CUST-1", dueList.get(0).get("serial").asText());
        expect(403, api.get(c + "/cylinders/due?point=P01", otherClerk));
        // the inspected cylinder is refilled: delivered full to the point
        JsonNode refilled = expect(200, api.post(c + "/points/P01/deliveries", clerk, "{\"serials\":[\"DUE-1\"]}")).json();
        assertEquals(1, count(refilled, "FULL"));
        JsonNode swap = expect(201, api.post(c + "/exchanges", clerk, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"returnedSerial\":\"CUST-1\","
                + "\"customer\":\"王大爷\",\"priceFen\":12000,\"payment\":\"VOUCHER\",\"vouchers\":1}")).json();
        assertTrue(swap.get("returnedDue").asBoolean());
        assertTrue(swap.get("advice").asText().contains("告知"));
        assertEquals("DUE-1", swap.get("issuedSerial").asText());
        assertEquals("AWAITING_INSPECTION", expect(200, api.get(c + "/cylinders/CUST-1", clerk)).json().get("status").asText());
        Api.expectField(400, "days", api.get(c + "/cylinders/due?days=-1", branchAdmin));

        // remittance: 12000 cash + 2 vouchers expected; 11000 handed over is 1000 short, and kept
        JsonNode short10 = expect(201, api.post(c + "/points/P01/remittances", clerk, "{\"dayOn\":\"" + TODAY + "\",\"cashFen\":11000,\"vouchers\":2}"))
                .json();
        assertEquals(12000, short10.get("expectedCashFen").asLong());
        assertEquals(2, short10.get("expectedVouchers").asInt());
        assertEquals(-1000, short10.get("cashDifferenceFen").asLong());
        assertEquals(0, short10.get("voucherDifference").asInt());
        expect(409, api.post(c + "/points/P01/remittances", clerk, "{\"dayOn\":\"" + TODAY + "\",\"cashFen\":12000,\"vouchers\":1}"));
        assertEquals(-1000, expect(200, api.get(c + "/points/P01/remittances", clerk)).json().get("items").get(0).get("cashDifferenceFen").asLong());

        // the daily safety check, once a day
        expect(400, api.post(c + "/points/P01/checks", clerk, "{\"dry\":true}"));
        expect(201, api.post(c + "/points/P01/checks", clerk, "{\"dry\":true,\"ventilated\":true,\"fireSafe\":true,\"explosionSafe\":true,"
                + "\"theftSafe\":true,\"note\":\"灭火器压力正常\"}"));
        expect(409, api.post(c + "/points/P01/checks", clerk, "{\"dry\":true,\"ventilated\":true,\"fireSafe\":true,\"explosionSafe\":true,\"theftSafe\":true}"));

        String other = api.onboard(admin, "cyl-other", "other-admin", "cylinders");
        expect(404, api.get("/v1/tenants/cyl-other/cylinders/cylinders/OK-1", other));
        expect(404, api.get(c + "/cylinders/OK-1", other));
    }
}

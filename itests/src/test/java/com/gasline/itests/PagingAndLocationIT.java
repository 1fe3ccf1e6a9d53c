package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * API.md's list and create rules, walked the way a client developer meets them: every collection GET of
 * {@code /api/openapi.json} answers {@code {items, page, size, total}} with {@code size} honoured and a real total,
 * and every 201 (and 202) carries a {@code Location} that the same client follows to what it created.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PagingAndLocationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.now(SHANGHAI);
    private static final String BASE = "http://127.0.0.1:" + GaslineContainer.HTTP_PORT + "/api";
    /** Collections that stay JSON arrays, each with its reason in API.md. */
    private static final Set<String> ARRAYS = Set.of("/v1/admin/modules", "/v1/tenants/{tenant}/duties/seat-rules");
    private static final String ROLES = "\"BRANCH_ADMIN\",\"CLERK\",\"CASHIER\",\"SUPERVISOR\",\"SHIFT_LEAD\",\"AGENT\",\"CYLINDER_CLERK\","
            + "\"METER_READER\",\"DISPATCHER\"";

    private final Api api = new Api();
    private int followed;

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules(Api.ALL_MODULES.toArray(String[]::new));
    }

    @Test
    public void everyCreateIsFollowedToWhatItCreated() {
        seed("pl-loc");
        // every kind of create the API has, bar those needing history (estimates, dunning, IC purchases, imports)
        assertTrue("followed " + followed, followed >= 36);
    }

    @Test
    public void everyCollectionIsPagedWithARealTotal() {
        String admin = api.adminToken();
        String t = "pl-page";
        Map<String, String> ids = seed(t);
        String boss = ids.get("token");
        JsonNode doc = expect(200, api.get("/openapi.json", null)).json();
        JsonNode schemas = doc.path("components").path("schemas");
        List<String> paged = new ArrayList<>();
        Set<String> arrays = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(e -> {
            // swagger-core files a method's return type under "default" when no @ApiResponse names the status
            JsonNode responses = e.getValue().path("get").path("responses");
            JsonNode schema = (responses.has("200") ? responses.get("200") : responses.path("default")).path("content").path("application/json")
                    .path("schema");
            if (schema.isMissingNode()) {
                return;
            }
            String path = e.getKey();
            if ("array".equals(schema.path("type").asText())) {
                assertTrue(path + " answers a bare array", ARRAYS.contains(path));
                arrays.add(path);
                return;
            }
            String ref = schema.path("$ref").asText();
            JsonNode properties = schemas.path(ref.substring(ref.lastIndexOf('/') + 1)).path("properties");
            if (!properties.has("items") || !properties.has("total")) {
                return;
            }
            String token = path.startsWith("/v1/admin/") || path.startsWith("/v1/group/") ? admin : boss;
            String url = concrete(path, t, ids);
            checkPage(url, token);
            paged.add(path);
        });
        // the walk saw the lists of every module, not a few by accident
        assertTrue(paged.toString(), paged.size() >= 36);
        assertEquals(ARRAYS, arrays);
        String m = "/v1/tenants/" + t;
        assertEquals(2, total(m + "/cylinders/exchanges?point=P01", boss));
        assertEquals(2, total(m + "/duties/shifts", boss));
        assertEquals(2, total(m + "/duties/staff", boss));
        assertEquals(2, total(m + "/users", boss));
        assertEquals(2, total("/v1/admin/tenants/" + t + "/users", admin));
        assertEquals(1, total(m + "/ticketing/outage-notices", boss));
        assertEquals(2, total(m + "/cylinders/cylinders/due?days=366", boss));
        Api.expectField(400, "size", api.get("/v1/admin/tenants?size=501", admin));
        Api.expectField(400, "page", api.get(m + "/duties/positions?page=-1", boss));
        Api.expectField(400, "page", api.get(m + "/cylinders/points?page=2147483647&size=500", boss));
    }

    /** Size 1 is honoured, page 1 is the next item, and asking for everything returns {@code total} items. */
    private void checkPage(String url, String token) {
        JsonNode first = expect(200, api.get(url + sep(url) + "size=1", token)).json();
        assertTrue(url + " " + first, first.get("items").isArray() && first.get("page").asInt() == 0 && first.get("size").asInt() == 1);
        long total = first.get("total").asLong();
        assertTrue(url + " " + first, first.get("items").size() == Math.min(1, total));
        if (total >= 2) {
            JsonNode second = expect(200, api.get(url + sep(url) + "page=1&size=1", token)).json();
            assertEquals(url, 1, second.get("items").size());
            assertFalse(url, first.get("items").get(0).equals(second.get("items").get(0)));
        }
        if (total <= 500) {
            assertEquals(url, total, expect(200, api.get(url + sep(url) + "size=500", token)).json().get("items").size());
        }
    }

    private long total(String url, String token) {
        return expect(200, api.get(url, token)).json().get("total").asLong();
    }

    private static String sep(String url) {
        return url.contains("?") ? "&" : "?";
    }

    /** The OpenAPI path with the seeded ids in place of its parameters, and the query a list requires. */
    private static String concrete(String path, String t, Map<String, String> ids) {
        String url = path.replace("{tenant}", t).replace("admin/tenants/{code}", "admin/tenants/" + t).replace("points/{code}", "points/P01")
                .replace("routes/{id}", "routes/" + ids.get("route")).replace("bill-runs/{id}", "bill-runs/" + ids.get("run"))
                .replace("{accountNo}", ids.get("accountNo")).replace("{ticketNo}", ids.get("ticketNo")).replace("{category}", "RESIDENTIAL")
                .replace("{kind}", "sla-policy").replace("{branch}", t);
        assertFalse(url + " has a parameter the test does not know", url.contains("{"));
        Map<String, String> queries = Map.of("/cylinders/exchanges", "point=P01", "/duties/checks/compliance", "date=" + TODAY,
                "/duties/rosters", "from=" + TODAY + "&to=" + TODAY.plusDays(1), "/duties/rosters/gaps", "from=" + TODAY + "&to=" + TODAY.plusDays(1),
                "/duties/assessments", "month=" + YearMonth.from(TODAY), "/appointments/appointments", "day=" + TODAY.plusDays(1),
                "/customer-notices", "subject=appointment:seeded");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            if (url.endsWith(q.getKey())) {
                return url + "?" + q.getValue();
            }
        }
        return url;
    }

    /**
     * Onboards {@code t} with every module and creates one or two of everything through the API, following every
     * {@code Location}; returns the ids the lists need and the staff token under {@code token}.
     */
    private Map<String, String> seed(String t) {
        String admin = api.adminToken();
        Map<String, String> ids = new HashMap<>();
        follow(expect(201, api.post("/v1/admin/tenants", admin, "{\"code\":\"" + t + "\",\"name\":\"" + t + "\",\"region\":\"华东\"}")), admin, "code");
        for (String module : Api.ALL_MODULES) {
            expect(200, api.call("PUT", "/v1/admin/tenants/" + t + "/modules/" + module, admin, null));
        }
        follow(expect(201, api.post("/v1/admin/tenants/" + t + "/users", admin, "{\"username\":\"boss\",\"password\":\"staff-password-1\","
                + "\"displayName\":\"boss\",\"roles\":[" + ROLES + "]}")), admin, "username");
        String boss = api.login(t, "boss", "staff-password-1");
        ids.put("token", boss);
        String b = "/v1/tenants/" + t;
        follow(expect(201, api.post(b + "/users", boss, "{\"username\":\"clerk\",\"password\":\"staff-password-1\",\"displayName\":\"clerk\","
                + "\"roles\":[\"CLERK\",\"AGENT\"]}")), boss, "username");

        String a = b + "/accounts";
        String customer = follow(expect(201, api.post(a + "/customers", boss, "{\"kind\":\"PERSON\",\"name\":\"王\",\"category\":\"RESIDENTIAL\","
                + "\"householdSize\":3,\"phones\":[\"13900001111\"]}")), boss, "id").get("id").asText();
        String premises = follow(expect(201, api.post(a + "/premises", boss, "{\"district\":\"东城区\",\"community\":\"幸福小区\",\"address\":\"幸福路 1 号\"}")),
                boss, "id").get("id").asText();
        String no = follow(expect(201, api.post(a + "/accounts", boss, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}")),
                boss, "accountNo").get("accountNo").asText();
        ids.put("accountNo", no);
        expect(200, api.post(a + "/accounts/" + no + "/contract", boss, "{\"contractNo\":\"HT-1\",\"openingFeeFen\":0,\"prepaymentFen\":0}"));

        String m = b + "/metering";
        expect(200, api.call("PUT", m + "/tariffs/RESIDENTIAL", boss, Branch.TIERS));
        follow(expect(201, api.post(m + "/meters", boss, "{\"serial\":\"M-1\",\"accountNo\":\"" + no + "\",\"type\":\"DIAPHRAGM\",\"digits\":5,"
                + "\"installedOn\":\"" + TODAY.minusMonths(2) + "\",\"initialReading\":100}")), boss, "serial");
        ids.put("route", follow(expect(201, api.post(m + "/routes", boss, "{\"name\":\"一册\",\"reader\":\"boss\",\"readingDay\":25,\"meters\":[\"M-1\"]}")),
                boss, "id").get("id").asText());
        follow(expect(201, api.post(m + "/readings", boss, "{\"serial\":\"M-1\",\"value\":130,\"readOn\":\"" + TODAY + "\"}")), boss, "id");
        follow(expect(201, api.call("POST", m + "/payments", boss, "{\"accountNo\":\"" + no + "\",\"amountFen\":5000}", "Idempotency-Key",
                t + "-pay")), boss, "id");
        follow(expect(201, api.post(m + "/accounts/" + no + "/refunds", boss, "{\"amountFen\":100,\"reason\":\"多缴退还\"}")), boss, "receiptNo");
        follow(expect(201, api.post(m + "/accounts/" + no + "/adjustments", boss, "{\"kind\":\"ADJUSTMENT\",\"amountFen\":100,\"reason\":\"补收\"}")),
                boss, "id");
        ids.put("run", follow(expect(202, api.post(m + "/bill-runs", boss, "{\"period\":\"" + YearMonth.from(TODAY).minusMonths(1) + "\"}")),
                boss, "id").get("id").asText());
        follow(expect(201, api.post(m + "/cashier-days/" + TODAY + "/close", boss, null)), boss, "dayOn");

        String k = b + "/ticketing";
        ids.put("ticketNo", follow(expect(201, api.post(k + "/tickets", boss, "{\"type\":\"REPAIR\",\"address\":\"中山路 9 号\",\"description\":\"热水器打不着\"}")),
                boss, "ticketNo").get("ticketNo").asText());
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).withNano(0);
        follow(expect(201, api.post(k + "/outage-notices", boss, "{\"area\":\"东城区\",\"startsAt\":\"" + now.plusHours(72) + "\",\"endsAt\":\""
                + now.plusHours(80) + "\",\"reason\":\"管网改造\"}")), boss, "id");

        String c = b + "/cylinders";
        follow(expect(201, api.post(c + "/points", boss, "{\"code\":\"P01\",\"name\":\"城东调瓶点\",\"address\":\"城东路 1 号\",\"staff\":[\"boss\"]}")),
                boss, "code");
        for (String serial : List.of("C-1", "C-2", "C-3", "C-4")) {
            LocalDate next = serial.compareTo("C-3") < 0 ? TODAY.plusDays(100) : TODAY.plusYears(3);
            follow(expect(201, api.post(c + "/cylinders", boss, "{\"serial\":\"" + serial + "\",\"spec\":\"YSP-15\",\"point\":\"P01\","
                    + "\"nextInspectionOn\":\"" + next + "\",\"status\":\"FULL\"}")), boss, "serial");
        }
        for (int i = 0; i < 2; i++) {
            follow(expect(201, api.post(c + "/exchanges", boss, "{\"point\":\"P01\",\"spec\":\"YSP-15\",\"customer\":\"客户" + i
                    + "\",\"priceFen\":12000,\"payment\":\"CASH\"}")), boss, "id");
        }
        follow(expect(201, api.post(c + "/points/P01/checks", boss, "{\"dry\":true,\"ventilated\":true,\"fireSafe\":true,\"explosionSafe\":true,"
                + "\"theftSafe\":true}")), boss, "checkedOn");
        follow(expect(201, api.post(c + "/points/P01/remittances", boss, "{\"dayOn\":\"" + TODAY + "\",\"cashFen\":24000,\"vouchers\":0}")),
                boss, "dayOn");
        follow(expect(201, api.post(c + "/points/P01/stock-counts", boss, "{\"lines\":[{\"spec\":\"YSP-15\",\"status\":\"EMPTY\",\"counted\":2}]}")),
                boss, "countedOn");

        String d = b + "/duties";
        follow(expect(201, api.post(d + "/positions", boss, "{\"code\":\"patrol\",\"name\":\"巡线员\",\"duties\":[\"巡线\"]}")), boss, "code");
        follow(expect(201, api.post(d + "/staff", boss, "{\"username\":\"boss\",\"name\":\"周亮\",\"position\":\"shift-lead\"}")), boss, "username");
        follow(expect(201, api.post(d + "/staff", boss, "{\"username\":\"clerk\",\"name\":\"张敏\",\"position\":\"agent\"}")), boss, "username");
        follow(expect(201, api.post(d + "/shifts", boss, "{\"code\":\"day\",\"name\":\"白班\",\"starts\":\"08:00\",\"ends\":\"20:00\"}")), boss, "code");
        follow(expect(201, api.post(d + "/shifts", boss, "{\"code\":\"night\",\"name\":\"夜班\",\"starts\":\"20:00\",\"ends\":\"08:00\"}")), boss, "code");
        expect(200, api.call("PUT", d + "/rosters/" + TODAY.plusDays(1), boss, "{\"assignments\":[{\"shift\":\"day\",\"username\":\"clerk\"}]}"));
        follow(expect(201, api.post(d + "/handovers", boss, "{\"shift\":\"day\",\"incoming\":\"clerk\",\"cashFen\":0,\"point\":\"P01\"}")), boss, "id");
        String check = follow(expect(201, api.post(d + "/checks", boss, "{\"name\":\"夜间巡查\",\"position\":\"agent\",\"shift\":\"night\","
                + "\"intervalMinutes\":60}")), boss, "id").get("id").asText();
        follow(expect(201, api.post(d + "/checks/" + check + "/records", boss, "{\"dayOn\":\"" + TODAY + "\",\"slot\":\"21:00\",\"done\":true}")),
                boss, "slot");
        follow(expect(201, api.post(d + "/assessments/items", boss, "{\"username\":\"clerk\",\"month\":\"" + YearMonth.from(TODAY)
                + "\",\"points\":5,\"reason\":\"处理漏气报警及时\"}")), boss, "id");

        follow(expect(201, api.post(b + "/inspections/plans", boss, "{\"area\":\"东城区\",\"periodStart\":\"" + TODAY + "\",\"periodEnd\":\""
                + TODAY.plusMonths(6) + "\"}")), boss, "id");
        follow(expect(201, api.post(b + "/notices", boss, "{\"title\":\"冬季安全用气提示\",\"body\":\"请保持通风\"}")), boss, "id");
        return ids;
    }

    /** The Location is absolute, under the API, and a GET of it answers 200 with the same {@code field} as the create did. */
    private JsonNode follow(Reply created, String token, String field) {
        String location = created.header("Location");
        assertNotNull(created + " carries no Location", location);
        assertTrue(location, location.startsWith(BASE + "/v1/"));
        JsonNode got = expect(200, api.get(location.substring(BASE.length()), token)).json();
        assertEquals(location, created.json().get(field), got.get(field));
        followed++;
        return got;
    }
}

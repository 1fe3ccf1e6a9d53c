package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.itests.Api.Reply;

/** The customer archive through HTTP: life cycle, numbering under load, masking, isolation, CSV import. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccountsIT {

    @Inject
    @Filter("(dataSourceName=gasline)")
    private DataSource dataSource;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts");
    }

    private static String base(String tenant) {
        return "/v1/tenants/" + tenant + "/accounts";
    }

    private String customer(String tenant, String token, String name, String phone) {
        return expect(201, api.post(base(tenant) + "/customers", token, "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"idType\":\"身份证\",\"idNumber\":\"330102199001011234\",\"phones\":[\"" + phone
                + "\"],\"category\":\"RESIDENTIAL\",\"householdSize\":5}")).json().get("id").asText();
    }

    private String premises(String tenant, String token, String community, String room) {
        return expect(201, api.post(base(tenant) + "/premises", token, "{\"district\":\"东城区\",\"community\":\"" + community
                + "\",\"building\":\"3栋\",\"unit\":\"2单元\",\"room\":\"" + room + "\",\"address\":\"幸福路 8 号 " + community + " 3-2-" + room
                + "\"}")).json().get("id").asText();
    }

    private JsonNode account(String tenant, String token, String customerId, String premisesId) {
        return expect(201, api.post(base(tenant) + "/accounts", token,
                "{\"customerId\":\"" + customerId + "\",\"premisesId\":\"" + premisesId + "\"}")).json();
    }

    @Test
    public void accountLifeCycleIsKeptAsHistory() {
        String admin = api.adminToken();
        api.onboard(admin, "acc-life", "life-admin", "accounts");
        String clerk = api.user(admin, "acc-life", "life-clerk", "CLERK");
        String b = base("acc-life");

        String wang = customer("acc-life", clerk, "王建国", "13800001111");
        String li = customer("acc-life", clerk, "李秀英", "13900002222");
        JsonNode created = account("acc-life", clerk, wang, premises("acc-life", clerk, "幸福小区", "502"));
        String no = created.get("accountNo").asText();
        assertEquals("APPLIED", created.get("state").asText());
        assertEquals("东城区/幸福小区/3栋/2单元/502", created.get("area").asText());

        // gas cannot be turned on before contract and installation
        expect(409, api.post(b + "/accounts/" + no + "/activate", clerk, "{}"));
        // fees are fen, never negative
        Reply negative = expect(400, api.post(b + "/accounts/" + no + "/contract", clerk, "{\"contractNo\":\"HT-1\",\"openingFeeFen\":-1}"));
        assertEquals("openingFeeFen", negative.json().get("errors").get(0).get("field").asText());

        JsonNode contracted = expect(200, api.post(b + "/accounts/" + no + "/contract", clerk,
                "{\"contractNo\":\"GY-2026-0001\",\"signedOn\":\"2026-11-20\",\"openingFeeFen\":50000,\"prepaymentFen\":20000}")).json();
        assertEquals("CONTRACTED", contracted.get("state").asText());
        assertEquals(50000, contracted.get("openingFeeFen").asLong());
        JsonNode installed = expect(200, api.post(b + "/accounts/" + no + "/install", clerk, "{}")).json();
        assertNotNull("installation starts the 3-day ignition commitment", installed.get("turnOnDueBy").textValue());
        expect(200, api.post(b + "/accounts/" + no + "/activate", clerk, "{\"reason\":\"点火通气\"}"));
        // suspension is a recorded decision: a reason is required
        Api.expectField(400, "reason", api.post(b + "/accounts/" + no + "/suspend", clerk, "{}"));
        JsonNode suspended = expect(200, api.post(b + "/accounts/" + no + "/suspend", clerk, "{\"reason\":\"安全隐患整改\"}")).json();
        // a stale version is refused instead of overwriting someone else's change
        long stale = suspended.get("version").asLong() - 1;
        expect(409, api.post(b + "/accounts/" + no + "/activate", clerk, "{\"version\":" + stale + "}"));
        expect(200, api.post(b + "/accounts/" + no + "/activate", clerk, "{\"reason\":\"整改完成\",\"version\":" + suspended.get("version").asLong() + "}"));
        expect(200, api.post(b + "/accounts/" + no + "/rename", clerk, "{\"newName\":\"王建国（户主）\"}"));
        JsonNode transferred = expect(200, api.post(b + "/accounts/" + no + "/transfer", clerk, "{\"newCustomerId\":\"" + li + "\",\"reason\":\"房屋买卖\"}")).json();
        assertEquals("李秀英", transferred.get("holderName").asText());
        Api.expectField(422, "newCustomerId", api.post(b + "/accounts/" + no + "/transfer", clerk, "{\"newCustomerId\":\"no-such-customer\"}"));
        Api.expectField(400, "finalReading", api.post(b + "/accounts/" + no + "/close", clerk, "{\"reason\":\"迁出\",\"finalReading\":-3}"));
        JsonNode closed = expect(200, api.post(b + "/accounts/" + no + "/close", clerk, "{\"reason\":\"迁出\",\"finalReading\":1234.5}")).json();
        assertEquals("CLOSED", closed.get("state").asText());
        // closed stays closed
        expect(409, api.post(b + "/accounts/" + no + "/activate", clerk, "{}"));
        expect(409, api.post(b + "/accounts/" + no + "/rename", clerk, "{\"newName\":\"x\"}"));

        JsonNode history = expect(200, api.get(b + "/accounts/" + no + "/history", clerk)).json().get("items");
        List<String> states = new ArrayList<>();
        for (JsonNode h : history) {
            if ("state".equals(h.get("field").asText())) {
                states.add(h.get("newValue").asText());
            }
            assertEquals("life-clerk", h.get("actor").asText());
        }
        assertEquals(List.of("APPLIED", "CONTRACTED", "INSTALLED", "ACTIVE", "SUSPENDED", "ACTIVE", "CLOSED"), states);
        boolean renameKept = false;
        boolean transferKept = false;
        for (JsonNode h : history) {
            renameKept |= "holderName".equals(h.get("field").asText()) && "王建国".equals(h.get("oldValue").asText())
                    && "王建国（户主）".equals(h.get("newValue").asText());
            transferKept |= "customerId".equals(h.get("field").asText()) && wang.equals(h.get("oldValue").asText())
                    && li.equals(h.get("newValue").asText()) && "房屋买卖".equals(h.get("reason").asText());
        }
        assertTrue("rename kept with old and new name: " + history, renameKept);
        assertTrue("transfer kept with old and new owner: " + history, transferKept);
    }

    @Test
    public void concurrentOpeningsGetDistinctNumbersFromTheBranchRule() throws Exception {
        String admin = api.adminToken();
        String branchAdmin = api.onboard(admin, "acc-num", "num-admin", "accounts");
        String b = base("acc-num");
        Api.expectField(400, "pattern", api.call("PUT", b + "/numbering", branchAdmin, "{\"pattern\":\"DQ{seq:2}\"}"));
        expect(200, api.call("PUT", b + "/numbering", branchAdmin, "{\"pattern\":\"DQ{yyyy}{seq:6}\"}"));
        String customer = customer("acc-num", branchAdmin, "赵大勇", "13700003333");
        String premises = premises("acc-num", branchAdmin, "和平小区", "101");

        int n = 20;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            replies.add(pool.submit(() -> api.post(b + "/accounts", branchAdmin,
                    "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}")));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<Reply> f : replies) {
            numbers.add(expect(201, f.get()).json().get("accountNo").asText());
        }
        pool.shutdown();
        assertEquals(n, numbers.size());
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
        for (int i = 1; i <= n; i++) {
            assertTrue(numbers + " lacks serial " + i, numbers.contains(String.format("DQ%s%06d", year, i)));
        }
    }

    @Test
    public void privateDataIsMaskedForAgentsAndFullReadsAreAudited() throws Exception {
        String admin = api.adminToken();
        api.onboard(admin, "acc-mask", "mask-admin", "accounts");
        String clerk = api.user(admin, "acc-mask", "mask-clerk", "CLERK");
        String agent = api.user(admin, "acc-mask", "mask-agent", "AGENT");
        String b = base("acc-mask");
        String id = customer("acc-mask", clerk, "孙丽", "13812345678");
        account("acc-mask", clerk, id, premises("acc-mask", clerk, "阳光小区", "201"));

        JsonNode full = expect(200, api.get(b + "/customers/" + id, clerk)).json();
        assertEquals("330102199001011234", full.get("idNumber").asText());
        assertEquals("13812345678", full.get("phones").get(0).asText());
        JsonNode masked = expect(200, api.get(b + "/customers/" + id, agent)).json();
        assertEquals("330***********1234", masked.get("idNumber").asText());
        assertEquals("138****5678", masked.get("phones").get(0).asText());
        JsonNode list = expect(200, api.get(b + "/customers?q=孙", clerk)).json();
        assertEquals("138****5678", list.get("items").get(0).get("phones").get(0).asText());
        JsonNode byPhone = expect(200, api.get(b + "/accounts?phone=5678", agent)).json();
        assertEquals(1, byPhone.get("total").asInt());
        assertEquals("138****5678", byPhone.get("items").get(0).get("phone").asText());

        // agents read, they do not write
        expect(403, api.post(b + "/customers", agent, "{\"kind\":\"PERSON\",\"name\":\"x\",\"category\":\"RESIDENTIAL\"}"));

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT username FROM platform_audit WHERE tenant_id = ? AND action = ? AND target LIKE ?")) {
            s.setString(1, "acc-mask");
            s.setString(2, "customer.read-full");
            s.setString(3, "%" + id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("the clerk's full read is audited", rs.next());
                assertEquals("mask-clerk", rs.getString(1));
                assertFalse("the masked read is not a full read", rs.next());
            }
        }
    }

    @Test
    public void anotherBranchFindsNothingAndBadInputChangesNothing() {
        String admin = api.adminToken();
        String east = api.onboard(admin, "acc-east", "east-admin", "accounts");
        String west = api.onboard(admin, "acc-west", "west-admin", "accounts");
        String id = customer("acc-east", east, "周明", "13600004444");
        String no = account("acc-east", east, id, premises("acc-east", east, "东湖小区", "301")).get("accountNo").asText();

        expect(404, api.get(base("acc-west") + "/accounts/" + no, west));
        expect(404, api.get(base("acc-west") + "/customers/" + id, west));
        expect(404, api.get(base("acc-east") + "/accounts/" + no, west));
        assertEquals(0, expect(200, api.get(base("acc-west") + "/accounts?name=周", west)).json().get("total").asInt());

        Reply bad = expect(400, api.post(base("acc-west") + "/customers", west,
                "{\"kind\":\"PERSON\",\"name\":\"\",\"category\":\"MARS\",\"phones\":[\"abc\"]}"));
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        Reply missing = expect(400, api.post(base("acc-west") + "/customers", west, "{\"kind\":\"PERSON\",\"phones\":[\"abc\"],\"householdSize\":0}"));
        Set<String> fields = new HashSet<>();
        missing.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("name", "category", "phones[0]", "householdSize"), fields);
        assertEquals(0, expect(200, api.get(base("acc-west") + "/customers", west)).json().get("total").asInt());
        expect(422, api.post(base("acc-west") + "/accounts", west, "{\"customerId\":\"" + id + "\",\"premisesId\":\"x\"}"));
    }

    @Test
    public void csvArchiveImportsGoodRowsAndReportsBadOnes() {
        String admin = api.adminToken();
        String token = api.onboard(admin, "acc-csv", "csv-admin", "accounts");
        String b = base("acc-csv");
        String csv = "\uFEFF户号,户名,客户类型,证件类型,证件号,电话,类别,人口数,区,小区,楼栋,单元,房号,地址,状态\n"
                + "A0001,钱文,个人,身份证,330102198001010011,13811110001,居民,3,南城区,春晖小区,1栋,1单元,101,春晖路 1 号 1-1-101,已通气\n"
                + "A0002,孔亮,个人,身份证,330102198001010022,13811110002,火星,3,南城区,春晖小区,1栋,1单元,102,春晖路 1 号 1-1-102,已通气\n"
                + "A0003,红星饭店,单位,营业执照,91330100MA2XXXX01,0571-88880003,公服(商业),,南城区,春晖小区,,,,春晖路 5 号,停气\n"
                + "A0001,重号,个人,,,13811110004,居民,2,南城区,春晖小区,1栋,1单元,104,春晖路 1 号 1-1-104,\n"
                + ",新户,个人,,,13811110005,居民,2,南城区,夏园小区,2栋,1单元,201,夏园路 2 号 2-1-201,已申请\n";
        Reply started = expect(202, api.call("POST", b + "/imports", token, csv, "Content-Type", "text/csv; charset=UTF-8"));
        String job = started.json().get("id").asText();
        JsonNode done = null;
        for (int i = 0; i < 100; i++) {
            done = expect(200, api.get(b + "/imports/" + job, token)).json();
            if (!java.util.List.of("QUEUED", "RUNNING").contains(done.get("status").asText())) {
                break;
            }
            Api.pause(200);
        }
        assertEquals("DONE", done.get("status").asText());
        assertEquals(5, done.get("total").asInt());
        assertEquals(3, done.get("imported").asInt());
        assertEquals(2, done.get("failed").asInt());
        Set<Integer> badRows = new HashSet<>();
        done.get("errors").forEach(e -> badRows.add(e.get("row").asInt()));
        assertEquals(Set.of(2, 4), badRows);

        assertEquals("SUSPENDED", expect(200, api.get(b + "/accounts/A0003", token)).json().get("state").asText());
        assertEquals("钱文", expect(200, api.get(b + "/accounts/A0001", token)).json().get("holderName").asText());
        // the bad rows left nothing behind: no customer 孔亮, no second customer on A0001
        assertEquals(0, expect(200, api.get(b + "/customers?q=孔亮", token)).json().get("total").asInt());
        assertEquals(0, expect(200, api.get(b + "/customers?q=重号", token)).json().get("total").asInt());
        // area and address searches find the imported archive
        assertEquals(3, expect(200, api.get(b + "/accounts?area=南城区", token)).json().get("total").asInt());
        assertEquals(1, expect(200, api.get(b + "/accounts?area=南城区/夏园小区", token)).json().get("total").asInt());
        assertEquals(1, expect(200, api.get(b + "/accounts?address=5%20号", token)).json().get("total").asInt());
        assertEquals(2, expect(200, api.get(b + "/premises?area=南城区/春晖小区", token)).json().get("total").asInt());

        Reply unknownColumn = expect(400, api.call("POST", b + "/imports", token, "户名,颜色\n张三,红\n", "Content-Type", "text/csv"));
        assertTrue(unknownColumn.raw().body().contains("颜色"));
    }
}

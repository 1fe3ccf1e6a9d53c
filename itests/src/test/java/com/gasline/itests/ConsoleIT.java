package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console in a real browser: the distribution runs as a server (PaxExamServer) and this JVM drives Chromium against
 * it, as a person would. Screenshots of every page visited are left in target/console/{h2,postgresql}/.
 * Against a console already running: -Dgasline.itest.console.base=http://127.0.0.1:8181 -Dgasline.itest.console.admin=PASSWORD
 */
public class ConsoleIT {

    private static final String RUNNING = System.getProperty("gasline.itest.console.base", "");
    private static final File UNPACK = new File("target/exam-console");

    @ClassRule
    public static final TestRule CONTAINER = RUNNING.isEmpty() ? new PaxExamServer() : new ExternalResource() { };

    private static final Api API = new Api(RUNNING.isEmpty() ? "http://127.0.0.1:" + GaslineContainer.HTTP_PORT : RUNNING);
    private static String admin;
    private static Browser browser;

    @Configuration
    public Option[] config() {
        return GaslineContainer.options(UNPACK);
    }

    @Rule
    public final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            browser.keep("FAILED-" + description.getMethodName());
        }
    };

    @BeforeClass
    public static void ready() {
        API.awaitFromOutside(List.of("accounts", "metering", "ticketing", "cylinders", "duties"));
        admin = API.login(null, "admin", adminPassword());
        Path shots = Path.of("target", "console", System.getProperty("gasline.itest.db", "h2"));
        browser = new Browser(API.host(), shots);
        browser.home();
        assertEquals("the browser's days are not the branch's", Browser.ZONE, browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
    }

    @AfterClass
    public static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The first admin's password, from the data directory of the container this run unpacked last. */
    private static String generatedAdminPassword() throws IOException {
        try (Stream<Path> runs = Files.list(UNPACK.toPath())) {
            Path run = runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
            return Files.readString(run.resolve("data/gasline/initial-admin-password"), StandardCharsets.UTF_8).trim();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
    }

    @Test
    public void aGroupAdminOnboardsABranchThroughTheWizard() {
        String code = unique("web");
        assertTrue(browser.home().contains("/console/"));
        browser.signIn(null, "admin", adminPassword());
        browser.text("#content h1", "分公司");
        browser.shot("01-branches");
        browser.click("#menu a[data-path='/branches/new']");
        // a wrong field: the API's message stands under the field it names, in Chinese, then in English with the input kept
        browser.type("#f-code", "Wrong Code");
        browser.click("form#wizard-branch button[type=submit]");
        assertTrue(browser.text(".field-error[data-for=code]", "格式不正确").getText().contains("格式不正确"));
        assertEquals("必填", browser.find(".field-error[data-for=name]").getText());
        browser.shot("02-wizard-field-errors");
        browser.click("#lang");
        assertEquals("Wrong Code", browser.find("#f-code").getAttribute("value"));
        browser.click("form#wizard-branch button[type=submit]");
        assertTrue(browser.text(".field-error[data-for=code]", "wrong format").getText().contains("wrong format"));
        browser.click("#lang");
        long started = System.nanoTime();
        browser.type("#f-code", code);
        browser.type("#f-name", "城东分公司");
        browser.type("#f-region", "华东");
        browser.click("form#wizard-branch button[type=submit]");
        // metering requires accounts: ticking it ticks accounts as well
        browser.click("input[name=module][value=metering]");
        browser.click("input[name=module][value=ticketing]");
        assertTrue(browser.find("input[name=module][value=accounts]").isSelected());
        browser.shot("03-wizard-modules");
        browser.click("form#wizard-modules button[type=submit]");
        browser.type("form#wizard-admin #f-username", "east-admin");
        browser.type("form#wizard-admin #f-displayName", "王主任");
        browser.type("form#wizard-admin #f-password", "east-password-1");
        browser.click("form#wizard-admin button[type=submit]");
        browser.text("#wizard-done", code);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue("onboarding took " + seconds + " s", seconds < 60);
        browser.shot("04-wizard-done");

        JsonNode tenant = expect(200, API.get("/v1/admin/tenants/" + code, admin)).json();
        assertEquals(List.of("accounts", "metering", "ticketing"), sorted(tenant.get("modules")));
        API.login(code, "east-admin", "east-password-1");

        browser.click("#wizard-done a");
        browser.text("#users", "east-admin");
        browser.shot("05-branch-users");
        browser.click("#menu a[data-path='/modules']");
        WebElement cell = browser.find("tr[data-branch='" + code + "'] button[data-module=duties]");
        assertFalse(cell.getAttribute("class").contains("on"));
        browser.shot("06-module-matrix");
        browser.click("#menu a[data-path='/catalog']");
        browser.text("#catalog", "ticketing");
        browser.shot("07-module-catalog");
        browser.signOut();
    }

    private static List<String> sorted(JsonNode array) {
        return Stream.of(array).flatMap(a -> {
            List<String> out = new java.util.ArrayList<>();
            a.forEach(x -> out.add(x.asText()));
            return out.stream();
        }).sorted().toList();
    }

    private static String adminPassword() {
        try {
            return RUNNING.isEmpty() ? generatedAdminPassword() : System.getProperty("gasline.itest.console.admin");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void anAgentSeesALeakCountDownAndTheSupervisorSeesWhatIsOverdue() {
        String code = unique("tk");
        API.onboard(admin, code, code + "-admin", "ticketing");
        API.user(admin, code, code + "-agent", "AGENT");
        API.user(admin, code, code + "-lead", "SUPERVISOR");
        API.user(admin, code, code + "-fix", "TECHNICIAN");
        browser.signIn(code, code + "-agent", "staff-password-1");
        browser.text("#content h1", "工单看板");
        browser.click("#menu a[data-path='/tickets/new']");
        browser.choose("#f-type", "EMERGENCY");
        browser.type("#f-callerName", "李女士");
        browser.type("#f-callerPhone", "13800138000");
        browser.type("#f-address", "和平路 8 号 2 单元 301");
        browser.type("#f-description", "厨房有很浓的燃气味");
        browser.choose("#f-priority", "URGENT");
        browser.click("form#intake button[type=submit]");
        String leak = browser.find("#created .notice.ok").getAttribute("data-ticket");
        browser.shot("10-ticket-intake");

        browser.click("#menu a[data-path='/tickets']");
        WebElement clock = browser.find("#board tbody tr td[data-key=due] .sla");
        long left = Long.parseLong(clock.getAttribute("data-left"));
        assertTrue("a leak's arrival clock is one hour: " + left + " s left", left > 3300 && left <= 3600);
        assertTrue(clock.getAttribute("class"), clock.getAttribute("class").contains("ok"));
        assertTrue(clock.getText(), clock.getText().matches("到场 剩余 0:5\\d|到场 剩余 1:00"));
        assertTrue(browser.find("#board").getText().contains(leak));
        browser.shot("11-ticket-board");

        // a consultation is answered at the desk and closed, without a dispatch or a callback
        browser.click("#menu a[data-path='/tickets/new']");
        browser.choose("#f-type", "CONSULTATION");
        browser.type("#f-address", "和平路 8 号 2 单元 301");
        browser.type("#f-description", "咨询阶梯气价怎么算");
        browser.click("form#intake button[type=submit]");
        String asked = browser.find("#created .notice.ok").getAttribute("data-ticket");
        browser.open("#/tickets/" + asked);
        browser.text("#ticket h1", asked);
        browser.type("form#step-resolve #f-note", "已电话答复：按年度用气量分三档");
        browser.click("form#step-resolve button[type=submit]");
        browser.text("#ticket .facts", "已办结");
        assertTrue("closing is the supervisor's", browser.all("form#step-close").isEmpty());

        // a leak from the night duty log, entered two hours late: its clock has already run out
        browser.click("#menu a[data-path='/tickets/new']");
        browser.choose("#f-type", "EMERGENCY");
        browser.type("#f-address", "建设路 12 号");
        browser.type("#f-description", "夜班记录：楼道燃气味，已通知抢修");
        String twoHoursAgo = ZonedDateTime.now(Browser.BRANCH_ZONE).minusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        browser.script("arguments[0].value = arguments[1]", browser.find("#f-receivedAt"), twoHoursAgo);
        browser.click("form#intake button[type=submit]");
        String late = browser.find("#created .notice.ok").getAttribute("data-ticket");
        browser.signOut();

        browser.signIn(code, code + "-lead", "staff-password-1");
        browser.text("#content h1", "超时工单");
        WebElement overdue = browser.text("#overdue tbody", late);
        assertFalse(overdue.getText(), overdue.getText().contains(leak));
        assertTrue(browser.find("#overdue .sla").getAttribute("class").contains("overdue"));
        assertTrue(browser.find("#overdue .sla").getText().contains("已超时"));
        assertTrue(browser.text("#due-soon tbody", leak).getText().contains(leak));
        browser.shot("12-overdue-list");
        // escalating now, rather than on the sweep's next minute, also keeps that sweep from changing the ticket under the dispatch
        browser.click("#escalate");
        browser.message("#escalated");
        browser.text("#overdue tbody", late);

        browser.click("#overdue a");
        browser.text("#ticket h1", late);
        browser.type("form#step-dispatch #f-department", "抢修队");
        browser.type("form#step-dispatch #f-technician", code + "-fix");
        browser.click("form#step-dispatch button[type=submit]");
        browser.text("#ticket .facts", code + "-fix");
        browser.find("form#step-start");
        browser.shot("13-ticket-dispatched");

        // the supervisor closes the answered consultation: no callback is owed for it
        browser.open("#/tickets/" + asked);
        browser.text("#ticket h1", asked);
        browser.click("form#step-close button[type=submit]");
        browser.text("#ticket .facts", "已关闭");

        browser.click("#menu a[data-path='/kpis']");
        browser.text("#kpi-received .value", "3");
        browser.find("#chart-by-type canvas");
        browser.shot("14-kpis");

        // on a tablet held upright the menu runs across the top and the board still fits
        browser.resize(800, 1280);
        browser.click("#menu a[data-path='/tickets']");
        browser.text("#board tbody", leak);
        assertTrue(browser.find("#menu").getSize().getWidth() > 700);
        browser.shot("15-board-tablet");
        browser.resize(1366, 768);

        // the supervisor is disabled while signed in: the next request goes back to sign-in with the reason
        expect(200, API.post("/v1/admin/tenants/" + code + "/users/" + code + "-lead/disable", admin, null));
        browser.click("#menu a[data-path='/overdue']");
        assertTrue(browser.message("#expired").contains("登录已过期"));
        browser.find("form#signin");
    }

    @Test
    public void aCashierTakesAPaymentAndOpensTheReceipt() {
        String code = unique("pay");
        String branchAdmin = API.onboard(admin, code, code + "-admin", "accounts", "metering");
        API.user(admin, code, code + "-till", "CASHIER");
        String accountNo = new Branch(API, code).activeAccount(branchAdmin, "赵六", 0);
        browser.signIn(code, code + "-till", "staff-password-1");
        browser.text("#content h1", "用户查询");
        browser.type("#f-name", "赵六");
        browser.click("form#account-search button[type=submit]");
        browser.text("#accounts tbody", accountNo);
        browser.shot("20-account-search");
        browser.click("#accounts tbody a[href='#/pay/" + accountNo + "']");
        browser.text("#content h1", accountNo);
        browser.type("#f-amountFen", "12.345");
        browser.click("form#payment button[type=submit]");
        browser.message(".field-error[data-for=amountFen]");
        browser.shot("21-payment-field-error");
        browser.type("#f-amountFen", "200.50");
        browser.choose("#f-channel", "WECHAT");
        browser.click("form#payment button[type=submit]");
        browser.click("#open-receipt");
        WebElement receipt = browser.text("#receipt", "¥200.50");
        assertTrue(receipt.getText(), receipt.getText().contains(accountNo) && receipt.getText().contains("微信"));
        browser.shot("22-receipt");
        // a void needs a second person: the day cannot be closed while one waits, the branch admin approves it
        String receiptNo = browser.url().substring(browser.url().lastIndexOf('/') + 1);
        browser.click("details.change summary");
        browser.type("form#receipt-void #f-reason", "客户要求改为银行卡支付");
        browser.click("form#receipt-void button[type=submit]");
        browser.text("#receipt", "待作废");
        browser.click("#menu a[data-path='/cashier-day']");
        browser.text("#day-receipts", accountNo);
        browser.click("#close-day");
        assertTrue(browser.message("#cashier-day .field-error").contains(receiptNo));
        browser.shot("23-cashier-day-void-pending");
        browser.signOut();
        browser.signIn(code, code + "-admin", "branch-password-1");
        browser.open("#/receipts/" + receiptNo);
        browser.click("form#void-approve button[type=submit]");
        browser.text("#receipt", "已作废");
        browser.shot("24-receipt-voided");
        browser.signOut();
        browser.signIn(code, code + "-till", "staff-password-1");
        browser.click("#menu a[data-path='/cashier-day']");
        browser.click("#close-day");
        browser.text("#day-closed", code + "-till");
        browser.shot("25-cashier-day-closed");
        JsonNode ledger = expect(200, API.get("/v1/tenants/" + code + "/metering/accounts/" + accountNo + "/balance", branchAdmin)).json();
        assertEquals("the voided payment left the credit", 0, ledger.get("creditFen").asLong());
        browser.signOut();
    }

    @Test
    public void aClerkAReaderACylinderClerkAndAShiftLeadWorkTheirScreens() {
        String code = unique("all");
        String branchAdmin = API.onboard(admin, code, code + "-admin", "accounts", "metering", "cylinders", "duties");
        String staff = code + "-staff";
        String lead = API.user(admin, code, staff, "CLERK", "METER_READER", "CYLINDER_CLERK", "SHIFT_LEAD");
        String older = new Branch(API, code).activeAccount(branchAdmin, "钱七", 0);
        String m = "/v1/tenants/" + code + "/metering";
        expect(201, API.post(m + "/meters", branchAdmin, "{\"serial\":\"W-1\",\"accountNo\":\"" + older
                + "\",\"type\":\"DIAPHRAGM\",\"initialReading\":100,\"installedOn\":\"" + LocalDate.now(Browser.BRANCH_ZONE).minusDays(40) + "\"}"));
        String route = expect(201, API.post(m + "/routes", branchAdmin, "{\"name\":\"幸福小区一册\",\"reader\":\"" + staff
                + "\",\"readingDay\":25,\"meters\":[\"W-1\"]}")).json().get("id").asText();
        expect(201, API.post("/v1/tenants/" + code + "/cylinders/points", branchAdmin, "{\"code\":\"P01\",\"name\":\"城东调瓶点\","
                + "\"address\":\"城东路 1 号\",\"staff\":[\"" + staff + "\"],\"lowStockThreshold\":3}"));
        for (String serial : List.of("GP-001", "GP-002")) {
            expect(201, API.post("/v1/tenants/" + code + "/cylinders/cylinders", branchAdmin, "{\"serial\":\"" + serial
                    + "\",\"spec\":\"YSP-15\",\"point\":\"P01\",\"status\":\"FULL\",\"nextInspectionOn\":\"" + LocalDate.now(Browser.BRANCH_ZONE).plusYears(2)
                    + "\"}"));
        }
        String d = "/v1/tenants/" + code + "/duties";
        String agent = code + "-agent";
        API.user(admin, code, agent, "AGENT");
        expect(201, API.post(d + "/staff", lead, "{\"username\":\"" + staff + "\",\"name\":\"周亮\",\"position\":\"shift-lead\"}"));
        expect(201, API.post(d + "/staff", lead, "{\"username\":\"" + agent + "\",\"name\":\"张敏\",\"position\":\"agent\"}"));
        expect(201, API.post(d + "/shifts", lead, "{\"code\":\"day\",\"name\":\"白班\",\"starts\":\"08:00\",\"ends\":\"20:00\"}"));
        expect(201, API.post(d + "/shifts", lead, "{\"code\":\"night\",\"name\":\"夜班\",\"starts\":\"20:00\",\"ends\":\"08:00\"}"));
        expect(200, API.call("PUT", d + "/seat-rules", lead, "[{\"position\":\"agent\",\"from\":\"00:00\",\"to\":\"24:00\",\"minSeats\":1}]"));
        expect(200, API.call("PUT", d + "/rosters/" + LocalDate.now(Browser.BRANCH_ZONE).plusDays(1), lead,
                "{\"assignments\":[{\"shift\":\"day\",\"username\":\"" + agent + "\"}]}"));
        browser.signIn(code, staff, "staff-password-1");

        // clerk: a new account from one form (customer, premises, account), then a rename kept in its history
        browser.click("#menu a[data-path='/accounts/new']");
        browser.type("#f-name", "孙八");
        browser.type("#f-phones", "13700001234");
        browser.type("#f-district", "西城区");
        browser.type("#f-address", "锦绣路 5 号 1 单元 202");
        browser.click("form#open-account button[type=submit]");
        String opened = browser.find("#opened a").getText();
        browser.shot("30-account-opened");
        browser.click("#opened a");
        browser.text("#account h1", opened);
        // 签约 → 安装 → 通气, each the next step the page offers
        browser.click("details.change:has(form#account-contract) summary");
        browser.type("form#account-contract #f-contractNo", "HT-2026-0001");
        browser.type("form#account-contract #f-prepaymentFen", "50");
        browser.click("form#account-contract button[type=submit]");
        browser.text("#account .facts", "已签约");
        browser.click("details.change:has(form#account-install) summary");
        browser.click("form#account-install button[type=submit]");
        browser.text("#account .facts", "已安装");
        browser.click("details.change:has(form#account-activate) summary");
        browser.click("form#account-activate button[type=submit]");
        browser.text("#account .facts", "正常");
        browser.click("details.change:has(form#account-rename) summary");
        browser.type("form#account-rename #f-newName", "孙八妹");
        browser.type("form#account-rename #f-reason", "户主更名，凭户口本");
        browser.click("form#account-rename button[type=submit]");
        browser.text("#account h1", "孙八妹");
        browser.text("#history", "更名");
        browser.shot("31-account-page");

        // meter reader: a reading below the last one is refused on its own row, the route's other work goes on
        browser.click("#menu a[data-path='/readings']");
        browser.type("#f-routeId", route);
        browser.click("form#route button[type=submit]");
        browser.type("input.reading[data-serial='W-1']", "90");
        browser.click("#send-readings");
        assertFalse(browser.message("tr[data-serial='W-1'] .result.refused").isBlank());
        browser.shot("32-readings-refused");
        browser.type("input.reading[data-serial='W-1']", "126.5");
        browser.click("#send-readings");
        browser.text("tr[data-serial='W-1'] .result.ok", "已录入");
        browser.shot("33-readings");

        // cylinder clerk: two full cylinders under a threshold of three is low stock; a spec not in stock is refused with
        // the reason, one in stock is issued; the day's cash is reconciled against the exchanges
        browser.click("#menu a[data-path='/cylinders']");
        browser.text("#low-stock", "YSP-15");
        browser.type("form#exchange #f-spec", "YSP-50");
        browser.type("form#exchange #f-priceFen", "120");
        browser.click("form#exchange button[type=submit]");
        assertFalse(browser.message("form#exchange .form-problem").isBlank());
        browser.type("form#exchange #f-spec", "YSP-15");
        browser.type("form#exchange #f-customer", "周九");
        browser.click("form#exchange button[type=submit]");
        browser.text("#stock tbody", "1");
        browser.type("form#remittance #f-cashFen", "100");
        browser.click("form#remittance button[type=submit]");
        assertTrue(browser.text("#remitted", "¥120.00").getText().contains("差额 -¥20.00"));
        browser.shot("34-cylinder-point");

        // shift lead: tomorrow only the day shift has an agent, so its night hours are gaps; then the handover to that agent
        browser.click("#menu a[data-path='/roster']");
        String tomorrow = LocalDate.now(Browser.BRANCH_ZONE).plusDays(1).toString();
        WebElement night = browser.find("#gaps tbody tr:nth-child(2)");
        assertTrue(night.getText(), night.getText().startsWith(tomorrow));
        assertEquals(12, night.findElements(org.openqa.selenium.By.cssSelector("td.gap")).size());
        browser.shot("35-roster-gaps");
        browser.click("#menu a[data-path='/handover']");
        browser.choose("form#handover #f-shift", "day");
        browser.type("form#handover #f-incoming", agent);
        browser.type("form#handover #f-cashFen", "350");
        browser.type("form#handover #f-incidents", "22:10 中山路报漏气，已派抢修");
        browser.click("form#handover button[type=submit]");
        String handover = browser.find("#handed-over").getAttribute("data-id");
        browser.shot("36-handover");
        browser.signOut();
        browser.signIn(code, agent, "staff-password-1");
        browser.click("#menu a[data-path='/handover']");
        browser.type("form#handover-accept #f-id", handover);
        browser.click("form#handover-accept button[type=submit]");
        browser.find("#handover-accepted");
        assertEquals("ACCEPTED", expect(200, API.get(d + "/handovers/" + handover, branchAdmin)).json().get("status").asText());
        browser.signOut();
    }
}

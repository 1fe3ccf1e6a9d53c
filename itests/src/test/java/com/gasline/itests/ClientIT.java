package com.gasline.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.ContractRequest;
import com.gasline.accounts.api.rest.CustomerKind;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.api.rest.StateChange;
import com.gasline.client.AccountsClient;
import com.gasline.client.CashierClient;
import com.gasline.client.GaslineClient;
import com.gasline.client.GaslineProblemException;
import com.gasline.client.Page;
import com.gasline.cylinders.api.rest.Exchange;
import com.gasline.cylinders.api.rest.NewCylinder;
import com.gasline.cylinders.api.rest.NewExchange;
import com.gasline.cylinders.api.rest.NewPoint;
import com.gasline.cylinders.api.rest.Stock;
import com.gasline.cylinders.api.rest.Transfer;
import com.gasline.duties.api.rest.Assignment;
import com.gasline.duties.api.rest.Handover;
import com.gasline.duties.api.rest.NewHandover;
import com.gasline.duties.api.rest.Roster;
import com.gasline.duties.api.rest.Shift;
import com.gasline.duties.api.rest.Staff;
import com.gasline.metering.api.rest.Adjustment;
import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.api.rest.CashierDay;
import com.gasline.metering.api.rest.MeterType;
import com.gasline.metering.api.rest.NewAdjustment;
import com.gasline.metering.api.rest.NewBillRun;
import com.gasline.metering.api.rest.NewMeter;
import com.gasline.metering.api.rest.NewPayment;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.NewRefund;
import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Reading;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.UserInfo;
import com.gasline.ticketing.api.rest.Callback;
import com.gasline.ticketing.api.rest.Dispatch;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.Step;
import com.gasline.ticketing.api.rest.Ticket;

/** Every module through the Java client (gasline-client), installed in the container as a staff application would use it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClientIT {

    private static final String API = "http://127.0.0.1:" + GaslineContainer.HTTP_PORT + "/api";
    private static final String BRANCH = "cli-east";
    private static final String PASSWORD = "staff-password-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static GaslineClient group;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        // the client is for staff applications, not part of the server: installed here to test it
        Option client = CoreOptions.bundle(new File(System.getProperty("gasline.client")).toURI().toString());
        return OptionUtils.combine(GaslineContainer.options(), client);
    }

    /** One branch with every module, onboarded through the client's admin facade by the first test that runs. */
    @Before
    public synchronized void branch() {
        api.awaitModules("accounts", "metering", "ticketing", "cylinders", "duties");
        if (group != null) {
            return;
        }
        group = GaslineClient.at(API).loginGroupAdmin("admin", Api.adminPassword());
        group.admin().onboard(new NewTenant(BRANCH, "客户端测试分公司", "华东"), List.of("accounts", "metering", "ticketing", "cylinders", "duties"),
                new NewUser("cli-admin", PASSWORD, "分公司管理员", List.of("BRANCH_ADMIN")));
        user("cli-agent", "AGENT", "SHIFT_LEAD");
        user("cli-agent2", "AGENT");
        user("cli-tech", "TECHNICIAN");
        user("cli-sup", "SUPERVISOR");
        user("cli-cashier", "CASHIER");
        user("cli-till", "CASHIER");
        user("cli-cyl", "CYLINDER_CLERK");
    }

    private static void user(String username, String... roles) {
        group.admin().createUser(BRANCH, new NewUser(username, PASSWORD, username, List.of(roles)));
    }

    private static GaslineClient as(String username) {
        return GaslineClient.login(API, BRANCH, username, PASSWORD);
    }

    private static GaslineProblemException refused(Runnable call) {
        try {
            call.run();
        } catch (GaslineProblemException problem) {
            return problem;
        }
        throw new AssertionError("expected the server to refuse");
    }

    private static String activeAccount(AccountsClient accounts, String name) {
        String customer = accounts.createCustomer(new NewCustomer(CustomerKind.PERSON, name, "身份证", "330102199203030033",
                List.of("13566667777"), CustomerCategory.RESIDENTIAL, 3)).id();
        String premises = accounts.createPremises(new NewPremises("北城区", "翠苑小区", "5栋", "1单元", "601", "翠苑路 5 号 5-1-601")).id();
        String no = accounts.openAccount(new NewAccount(customer, premises, null)).accountNo();
        accounts.contract(no, new ContractRequest("HT-" + name, TODAY, 50000L, 20000L, null, null));
        accounts.install(no, new StateChange(null, null));
        return accounts.activate(no, new StateChange("点火通气", null)).accountNo();
    }

    @Test
    public void theGroupAdminOnboardsABranchAndItsUsers() {
        Tenant branch = group.admin().tenant(BRANCH);
        assertTrue(branch.modules().containsAll(List.of("accounts", "metering", "ticketing", "cylinders", "duties")));
        UserInfo agent = group.admin().user(BRANCH, "cli-agent");
        assertEquals(List.of("AGENT", "SHIFT_LEAD"), agent.roles().stream().sorted().toList());
        assertTrue(group.admin().users(BRANCH, 0, 50).items().stream().anyMatch(u -> u.username().equals("cli-admin")));
        assertTrue(group.admin().modules().stream().anyMatch(m -> m.id().equals("duties") && m.active()));

        GaslineProblemException badCode = refused(() -> group.admin().createTenant(new NewTenant("No Spaces!", "坏代码", "华东")));
        assertEquals(400, badCode.status());
        assertTrue(badCode.getMessage(), badCode.error("code").isPresent());
        assertEquals(403, refused(() -> as("cli-agent").admin().tenants(0, 10)).status());
        assertEquals(401, refused(() -> GaslineClient.login(API, BRANCH, "cli-agent", "wrong-password")).status());
    }

    @Test
    public void accountsAreOpenedAndReadBack() {
        AccountsClient accounts = as("cli-admin").accounts();
        String customer = accounts.createCustomer(new NewCustomer(CustomerKind.PERSON, "吴敏", "身份证", "330102199203030033",
                List.of("13566667777"), CustomerCategory.RESIDENTIAL, 3)).id();
        String premises = accounts.createPremises(new NewPremises("南城区", "夏园小区", "2栋", "1单元", "301", "夏园路 2 号 2-1-301")).id();
        Account opened = accounts.openAccount(new NewAccount(customer, premises, null));
        assertEquals(AccountState.APPLIED, opened.state());

        assertEquals("吴敏", accounts.account(opened.accountNo()).holderName());
        Page<Account> found = accounts.accounts(AccountsClient.Filter.byArea("南城区/夏园小区"), 0, 10);
        assertEquals(1, found.total());
        assertEquals(opened.accountNo(), found.items().get(0).accountNo());
        assertEquals(409, refused(() -> accounts.activate(opened.accountNo(), new StateChange(null, null))).status());
        GaslineProblemException negative = refused(() -> accounts.contract(opened.accountNo(),
                new ContractRequest("HT-1", TODAY, -1L, null, null, null)));
        assertEquals(400, negative.status());
        assertEquals("openingFeeFen", negative.errors().get(0).field());
    }

    @Test
    public void aMeterIsReadAndAPaymentIsTakenOnce() {
        GaslineClient admin = as("cli-admin");
        String accountNo = activeAccount(admin.accounts(), "钱文");
        admin.metering().installMeter(new NewMeter("CLI-M-1", accountNo, MeterType.DIAPHRAGM, 5, TODAY.minusDays(30), new BigDecimal("100")));
        Reading read = admin.metering().submitReading(new NewReading("CLI-M-1", new BigDecimal("130"), TODAY, "READER", null));
        assertEquals(0, new BigDecimal("30").compareTo(read.consumption()));
        assertEquals(0, new BigDecimal("130").compareTo(admin.metering().meter("CLI-M-1").lastReading()));
        GaslineProblemException below = refused(() -> admin.metering().submitReading(new NewReading("CLI-M-1", new BigDecimal("120"), TODAY, "READER", null)));
        assertEquals(422, below.status());

        GaslineClient cashier = as("cli-cashier");
        Payment paid = cashier.metering().pay("cli-pay-1", new NewPayment(accountNo, 5000L, "CASH"));
        Payment replayed = cashier.metering().pay("cli-pay-1", new NewPayment(accountNo, 5000L, "CASH"));
        assertEquals("a replay returns the first payment", paid.id(), replayed.id());
        assertNotNull(paid.receiptNo());
        GaslineProblemException noAmount = refused(() -> cashier.metering().pay("cli-pay-2", new NewPayment(accountNo, null, "CASH")));
        assertEquals(400, noAmount.status());
        assertTrue(noAmount.getMessage(), noAmount.error("amountFen").isPresent());
    }

    @Test
    public void theCashiersDayIsWorkedAndClosed() {
        String accountNo = activeAccount(as("cli-admin").accounts(), "孙丽");
        GaslineClient till = as("cli-till");
        CashierClient desk = till.cashier();
        CashierClient supervisor = as("cli-sup").cashier();
        Payment kept = till.metering().pay("cli-day-1", new NewPayment(accountNo, 200000L, "CASH"));
        Payment wrong = till.metering().pay("cli-day-2", new NewPayment(accountNo, 3000L, "WECHAT"));
        assertEquals(200000L, desk.payment(kept.id()).amountFen());

        // a void is asked by the cashier and decided by someone else
        assertEquals("VOID_REQUESTED", desk.requestVoid(wrong.receiptNo(), "金额录错").status());
        assertEquals(403, refused(() -> desk.approveVoid(wrong.receiptNo())).status());
        assertEquals("VOIDED", supervisor.approveVoid(wrong.receiptNo()).status());
        assertEquals(1, desk.reissue(kept.receiptNo(), "客户遗失").copies());
        assertEquals(400, refused(() -> desk.reissue(kept.receiptNo(), " ")).status());

        // money back from the credit, and an adjustment that waits for approval
        assertEquals(2000L, desk.refund(accountNo, new NewRefund(2000L, "退还多缴气费")).amountFen());
        assertEquals(422, refused(() -> desk.refund(accountNo, new NewRefund(100_000_000L, "超过余额"))).status());
        Adjustment pending = desk.requestAdjustment(accountNo, new NewAdjustment("ADJUSTMENT", 500L, "抄表误差多计气量"));
        assertEquals("PENDING", pending.status());
        assertTrue(supervisor.adjustments(0, 50).items().stream().anyMatch(a -> a.id().equals(pending.id())));
        assertEquals("APPROVED", supervisor.approveAdjustment(pending.id()).status());

        // the day: the void apart, the refund out; closed once
        CashierDay day = desk.day(TODAY, null);
        assertEquals(1, day.voids().count());
        assertEquals(3000L, day.voids().amountFen());
        assertEquals(1, day.refunds().count());
        assertEquals(200000L - 2000L, day.netFen());
        assertTrue(desk.closeDay(TODAY, null).closed());
        assertEquals(409, refused(() -> desk.closeDay(TODAY, null)).status());
        assertEquals(409, refused(() -> desk.requestVoid(kept.receiptNo(), "关账后发现")).status());
    }

    @Test
    public void aBillRunIsFollowedAsAJob() {
        GaslineClient admin = as("cli-admin");
        BillRun run = admin.metering().startBillRun(new NewBillRun(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString(), null));
        admin.metering().awaitBillRun(run.id(), Duration.ofSeconds(60));
        Page<Job> jobs = admin.jobs().jobs(null, 0, 50);
        assertTrue("the bill run is among the branch's jobs", jobs.items().stream().anyMatch(j -> j.ended() && j.type().contains("bill")));
        Job first = jobs.items().get(0);
        assertEquals(first.id(), admin.jobs().job(first.id()).id());
        assertEquals(404, refused(() -> admin.jobs().job("no-such-job")).status());
    }

    @Test
    public void aRepairTicketIsWorkedToClosed() {
        GaslineClient agent = as("cli-agent");
        GaslineProblemException incomplete = refused(() -> agent.ticketing().open(new NewTicket(null, null, null, "HOTLINE", null, null,
                null, "中山路 9 号", "灶具打不着火", null, null)));
        assertEquals(400, incomplete.status());
        assertEquals("type", incomplete.errors().get(0).field());

        Ticket ticket = agent.ticketing().open(new NewTicket("REPAIR", null, null, "HOTLINE", "郑华", "13700001234", null, "中山路 9 号",
                "灶具打不着火", null, null));
        assertEquals("RECEIVED", ticket.status());
        ticket = agent.ticketing().dispatch(ticket.ticketNo(), new Dispatch("维修班", "cli-tech", null, ticket.version()));
        String no = ticket.ticketNo();
        GaslineClient tech = as("cli-tech");
        tech.ticketing().start(no, new Step(null, null));
        tech.ticketing().resolve(no, new Step("更换点火针", null));
        assertEquals(400, refused(() -> agent.ticketing().callback(no, new Callback(true, 9, null, null))).status());
        agent.ticketing().callback(no, new Callback(true, 5, "满意", null));
        assertEquals(403, refused(() -> agent.ticketing().close(no, new Step(null, null))).status());
        Ticket closed = as("cli-sup").ticketing().close(no, new Step(null, null));

        assertEquals("CLOSED", closed.status());
        assertEquals(Integer.valueOf(5), closed.satisfaction());
        assertEquals(List.of("RECEIVE", "DISPATCH", "START", "RESOLVE", "CALLBACK", "CLOSE"),
                agent.ticketing().events(no, 0, 50).items().stream().map(e -> e.action()).toList());
        assertEquals(404, refused(() -> agent.ticketing().ticket("GD-NOPE")).status());
    }

    @Test
    public void cylindersAreDeliveredAndExchanged() {
        GaslineClient admin = as("cli-admin");
        admin.cylinders().createPoint(new NewPoint("CP1", "城东调瓶点", "城东路 1 号", "08:00-18:00", List.of("cli-cyl"), 1));
        GaslineClient clerk = as("cli-cyl");
        for (String serial : List.of("CLI-C1", "CLI-C2")) {
            clerk.cylinders().register(new NewCylinder(serial, "YSP-15", null, null, null, null, TODAY.plusYears(3), null, "CP1", "EMPTY"));
        }
        Stock delivered = clerk.cylinders().deliver("CP1", new Transfer(List.of("CLI-C1", "CLI-C2"), "灌装站送来"));
        assertEquals(2, full(delivered));

        Exchange exchange = clerk.cylinders().exchange(new NewExchange("CP1", "YSP-15", null, "CLI-C1", "刘大妈", null, 12000L, "CASH", null));
        assertEquals("CLI-C1", exchange.issuedSerial());
        assertEquals("WITH_CUSTOMER", clerk.cylinders().cylinder("CLI-C1").status());
        assertEquals(1, full(clerk.cylinders().stock("CP1")));
        assertEquals(1, clerk.cylinders().exchanges("CP1", TODAY.toString(), 0, 50).total());
        GaslineProblemException noSuchSpec = refused(() -> clerk.cylinders().exchange(new NewExchange("CP1", "YSP-50", null, null, null, null,
                30000L, "CASH", null)));
        assertEquals(422, noSuchSpec.status());
    }

    private static int full(Stock stock) {
        return stock.lines().stream().filter(l -> l.status().equals("FULL")).mapToInt(Stock.Line::count).sum();
    }

    @Test
    public void aRosterIsPlannedAndAHandoverAccepted() {
        GaslineClient lead = as("cli-agent");
        lead.duties().addStaff(new Staff("cli-agent", "周亮", "shift-lead", null, null, null));
        lead.duties().addStaff(new Staff("cli-agent2", "王强", "agent", null, null, null));
        assertTrue(lead.duties().staff(0, 50).items().stream().anyMatch(s -> s.username().equals("cli-agent2")));
        lead.duties().createShift(new Shift("cli-day", "白班", "08:00", "20:00", null));
        GaslineProblemException badHour = refused(() -> lead.duties().createShift(new Shift("cli-bad", "坏班", "25:00", "08:00", null)));
        assertEquals(400, badHour.status());
        assertTrue(badHour.getMessage(), badHour.error("starts").isPresent());
        String tomorrow = TODAY.plusDays(1).toString();
        Roster planned = lead.duties().planRoster(tomorrow, new Roster(null, null, List.of(new Assignment("cli-day", "cli-agent2"))));
        assertEquals("cli-agent2", planned.assignments().get(0).username());
        assertFalse(lead.duties().rosters(tomorrow, tomorrow, 0, 50).items().isEmpty());

        Handover handover = lead.duties().handOver(new NewHandover("cli-day", null, "cli-agent2", 35000L, 0, null, "对讲机 2 台", null, null));
        assertEquals(403, refused(() -> as("cli-tech").duties().accept(handover.id())).status());
        Handover accepted = as("cli-agent2").duties().accept(handover.id());
        assertEquals("ACCEPTED", accepted.status());
        assertEquals(35000L, accepted.cashFen());
    }
}

package com.gasline.example.quickstart;

import java.util.List;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.Customer;
import com.gasline.accounts.api.rest.CustomerKind;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.api.rest.Premises;
import com.gasline.client.GaslineClient;
import com.gasline.client.GaslineProblemException;
import com.gasline.client.TicketingClient;
import com.gasline.platform.api.tenant.NewTenant;
import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.ticketing.api.rest.Callback;
import com.gasline.ticketing.api.rest.Dispatch;
import com.gasline.ticketing.api.rest.NewTicket;
import com.gasline.ticketing.api.rest.Step;
import com.gasline.ticketing.api.rest.Ticket;
import com.gasline.ticketing.api.rest.TicketEvent;

/**
 * The Java client end to end: the group admin onboards a branch with accounts and ticketing and creates its staff;
 * the branch registers a customer; an agent takes a repair call, a refused ticket shows the problem's field errors;
 * the ticket is dispatched, worked, called back and closed.
 *
 * <pre>
 * GASLINE_ADMIN_PASSWORD=… java -jar target/gasline-client-quickstart-0.1.0-SNAPSHOT.jar http://localhost:8181/api [branch-code]
 * </pre>
 */
public final class Quickstart {

    private static final String STAFF_PASSWORD = "quickstart-password-1";

    private Quickstart() {
    }

    public static void main(String[] args) {
        String api = args.length > 0 ? args[0] : "http://localhost:8181/api";
        String branch = args.length > 1 ? args[1] : "demo-" + Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        String adminPassword = System.getenv("GASLINE_ADMIN_PASSWORD");
        if (adminPassword == null) {
            System.err.println("Set GASLINE_ADMIN_PASSWORD to the group admin's password (see README, \"The first group admin\").");
            System.exit(2);
        }
        try {
            run(api, branch, adminPassword);
        } catch (GaslineProblemException refused) {
            System.err.println("Refused: " + refused.getMessage());
            System.exit(1);
        }
    }

    static void run(String api, String branch, String adminPassword) {
        // 1. the group admin onboards the branch and creates its staff
        GaslineClient group = GaslineClient.at(api).language("zh-CN").loginGroupAdmin("admin", adminPassword);
        Tenant tenant = group.admin().onboard(new NewTenant(branch, "演示燃气分公司", "华东"), List.of("accounts", "ticketing"),
                new NewUser(branch + "-admin", STAFF_PASSWORD, "分公司管理员", List.of("BRANCH_ADMIN")));
        say("onboarded %s (%s), modules %s", tenant.code(), tenant.name(), tenant.modules());
        staff(group, branch, "agent", "坐席员 小李", "AGENT");
        staff(group, branch, "tech", "维修工 老王", "TECHNICIAN");
        staff(group, branch, "sup", "客服主管 陈姐", "SUPERVISOR");

        // 2. the branch admin registers the caller's household (用户档案)
        GaslineClient admin = as(api, branch, "admin");
        Customer customer = admin.accounts().createCustomer(new NewCustomer(CustomerKind.PERSON, "王建国", "身份证",
                "330102199001011234", List.of("13800001111"), CustomerCategory.RESIDENTIAL, 3));
        Premises home = admin.accounts().createPremises(new NewPremises("东城区", "幸福小区", "3栋", "2单元", "502", "幸福路 8 号 3-2-502"));
        Account account = admin.accounts().openAccount(new NewAccount(customer.id(), home.id(), null));
        say("account %s for %s at %s (%s)", account.accountNo(), account.holderName(), account.address(), account.state());

        // 3. the agent takes the call; an incomplete ticket is refused with the fields to fix
        TicketingClient agent = as(api, branch, "agent").ticketing();
        try {
            agent.open(new NewTicket(null, null, null, "HOTLINE", "王建国", "13800001111", account.accountNo(), null, null, null, null));
        } catch (GaslineProblemException refused) {
            say("refused as expected: %d %s", refused.status(), refused.title());
            refused.errors().forEach(e -> say("  %s: %s", e.field(), e.message()));
        }
        Ticket ticket = agent.open(new NewTicket("REPAIR", null, null, "HOTLINE", "王建国", "13800001111", account.accountNo(),
                account.address(), "灶具打不着火", null, null));
        say("ticket %s %s, %s", ticket.ticketNo(), ticket.status(), ticket.clocks().stream()
                .map(c -> c.clock() + " due " + c.dueAt()).toList());

        // 4. dispatched, worked, called back and closed
        ticket = agent.dispatch(ticket.ticketNo(), new Dispatch("维修班", branch + "-tech", "请尽快上门", ticket.version()));
        say("dispatched to %s: %s", ticket.assignee(), ticket.status());
        TicketingClient tech = as(api, branch, "tech").ticketing();
        ticket = tech.start(ticket.ticketNo(), new Step("已到达现场", ticket.version()));
        ticket = tech.resolve(ticket.ticketNo(), new Step("更换点火针", ticket.version()));
        say("resolved by %s: %s", ticket.assignee(), ticket.status());
        ticket = agent.callback(ticket.ticketNo(), new Callback(true, 5, "满意", ticket.version()));
        say("callback: satisfaction %d, %s", ticket.satisfaction(), ticket.status());
        ticket = as(api, branch, "sup").ticketing().close(ticket.ticketNo(), new Step("回访满意，结单", ticket.version()));
        say("closed at %s", ticket.closedAt());
        for (TicketEvent e : agent.events(ticket.ticketNo(), 0, 50).items()) {
            say("  #%d %-9s %-16s %11s → %-11s %s", e.seq(), e.action(), e.actor(), e.fromStatus() == null ? "" : e.fromStatus(),
                    e.toStatus(), e.note() == null ? "" : e.note());
        }
    }

    private static void staff(GaslineClient group, String branch, String who, String displayName, String role) {
        group.admin().createUser(branch, new NewUser(branch + "-" + who, STAFF_PASSWORD, displayName, List.of(role)));
        say("user %s-%s (%s)", branch, who, role);
    }

    private static GaslineClient as(String api, String branch, String who) {
        return GaslineClient.login(api, branch, branch + "-" + who, STAFF_PASSWORD);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}

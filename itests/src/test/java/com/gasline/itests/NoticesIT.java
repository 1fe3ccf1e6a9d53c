package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.URL;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * 停气通知 that reach customers: publishing an outage mails every affected account's customer who left an e-mail
 * address, through the distribution's e-mail channel to a real SMTP server (GreenMail, started in the container on
 * the port etc/com.gasline.notify.mail.cfg names), and records the customer without one as UNDELIVERABLE. The delivery
 * log of the outage lists all of them; quiet hours hold ordinary notices back, not emergencies.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NoticesIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int SMTP_PORT = 13025 + GaslineContainer.PORT_OFFSET;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private static GreenMail smtp;

    @Inject
    private BundleContext context;

    @Inject
    private Notifications notifications;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(GaslineContainer.options()));
        options.add(editConfigurationFilePut("etc/com.gasline.notify.mail.cfg", "host", "127.0.0.1"));
        options.add(editConfigurationFilePut("etc/com.gasline.notify.mail.cfg", "port", String.valueOf(SMTP_PORT)));
        options.add(editConfigurationFilePut("etc/com.gasline.notify.mail.cfg", "from", "notice@gas.example"));
        // the sweep every 5 s and a first retry 10 s after a failure, instead of a minute each, so the retry test waits seconds
        String dispatch = "etc/com.gasline.platform.internal.notify.NoticeDispatch.cfg";
        options.add(editConfigurationFilePut(dispatch, "scheduler.period", "5"));
        options.add(editConfigurationFilePut(dispatch, "retry.backoff.seconds", "10"));
        options.add(mavenBundle("com.icegreen", "greenmail", System.getProperty("gasline.greenmail.version")));
        return options.toArray(new Option[0]);
    }

    @Before
    public void ready() {
        api.awaitModules("accounts", "ticketing");
        Services.await(context, "com.gasline.platform.api.notify.NoticeChannel", 2);
        // Pax Exam runs each test method as its own JUnit request (an @AfterClass would stop it after each): one server
        // for the container's life
        if (smtp == null) {
            smtp = withMailProviders(() -> {
                GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                g.start();
                return g;
            });
        }
    }

    @Test
    public void anOutageIsMailedToEveryAffectedAccountAndTheOneWithoutAnAddressIsRecorded() {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "ntc-east", "ntc-admin", "accounts", "ticketing");
        String base = "/v1/tenants/ntc-east/customer-notices";
        // quiet hours well away from now, so that this test means the same at any time of day
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        quietHours(base, branch, now.plusHours(3), now.plusHours(4));

        String[] wang = account("ntc-east", branch, "王芳", "北城区", "和平小区");
        String[] li = account("ntc-east", branch, "李强", "北城区", "和平小区");
        String[] zhao = account("ntc-east", branch, "赵敏", "北城区", "和平小区");
        account("ntc-east", branch, "钱多", "南城区", "春风小区");
        expectField(400, "addresses.email", api.call("PUT", base + "/contacts/" + wang[0], branch,
                "{\"channels\":[\"email\"],\"addresses\":{\"email\":\"not-an-address\"}}"));
        expect(404, api.get(base + "/contacts/" + wang[0], branch));
        expect(200, api.call("PUT", base + "/contacts/" + wang[0], branch,
                "{\"channels\":[\"email\"],\"addresses\":{\"email\":\"wang.fang@example.com\"}}"));
        JsonNode liPrefs = expect(200, api.call("PUT", base + "/contacts/" + li[0], branch,
                "{\"channels\":[\"wechat\",\"email\"],\"addresses\":{\"email\":\"li.qiang@example.com\",\"wechat\":\"o-li\"},"
                        + "\"optOuts\":[\"PRICE_CHANGE\"]}")).json();
        assertEquals(1, liPrefs.get("version").asInt());
        assertEquals("li.qiang@example.com", expect(200, api.get(base + "/contacts/" + li[0], branch)).json().get("addresses").get("email").asText());

        OffsetDateTime start = now.plusDays(3).withMinute(0).withSecond(0).withNano(0);
        OffsetDateTime end = start.plusHours(10);
        JsonNode outage = expect(201, api.post("/v1/tenants/ntc-east/ticketing/outage-notices", branch, "{\"area\":\"北城区/和平小区\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\",\"reason\":\"燃气管网改造施工\"}")).json();
        assertEquals(3, outage.get("affectedAccounts").size());
        String subject = "outage:" + outage.get("id").asText();

        List<MimeMessage> mails = awaitMails(2, "wang.fang@example.com", "li.qiang@example.com");
        for (MimeMessage mail : mails) {
            String to = withMailProviders(() -> recipient(mail));
            String body = withMailProviders(() -> body(mail));
            assertEquals("停气通知", withMailProviders(() -> subjectOf(mail)));
            assertTrue(body, body.contains(WHEN.format(start.atZoneSameInstant(SHANGHAI)) + " 至 " + WHEN.format(end.atZoneSameInstant(SHANGHAI))));
            assertTrue(body, body.contains("燃气管网改造施工"));
            assertTrue(body, body.contains(to.startsWith("wang") ? "王芳您好" : "李强您好"));
            assertTrue(body, body.contains(to.startsWith("wang") ? wang[1] : li[1]));
        }

        // the proof: all three affected accounts in the outage's delivery log, the mails SENT, the third UNDELIVERABLE with why
        JsonNode log = awaitLog(base + "?subject=" + subject, branch, "SENT", 2);
        assertEquals(3, log.get("total").asInt());
        Map<String, JsonNode> byAccount = new HashMap<>();
        log.get("items").forEach(n -> byAccount.put(n.get("accountNo").asText(), n));
        assertEquals("email", last(byAccount.get(wang[1])).get("channel").asText());
        assertEquals("wang.fang@example.com", last(byAccount.get(wang[1])).get("address").asText());
        JsonNode unreachable = last(byAccount.get(zhao[1]));
        assertEquals("UNDELIVERABLE", unreachable.get("status").asText());
        assertTrue(unreachable.toString(), unreachable.get("reason").asText().contains("no contact address"));
        assertEquals("赵敏", byAccount.get(zhao[1]).get("customerName").asText());
        assertEquals(1, expect(200, api.get(base + "?customer=" + zhao[0], branch)).json().get("total").asInt());
        expectField(400, "subject", api.get(base, branch));

        // telling the same outage again (a retried publish) sends nothing twice
        notifications.sendAll("ntc-east", List.of(new NoticeRequest(NoticeKinds.OUTAGE, new NoticeRequest.Recipient(wang[0], wang[1], "王芳"),
                Map.of(), Map.of("area", "北城区/和平小区", "reason", "燃气管网改造施工", "startsAt", "x", "endsAt", "y"), false, subject)));
        Api.pause(3000);
        assertEquals(2, received("wang.fang@example.com", "li.qiang@example.com").size());
        assertEquals(3, expect(200, api.get(base + "?subject=" + subject, branch)).json().get("total").asInt());

        // another branch sees nothing of it
        String other = api.onboard(admin, "ntc-west", "ntc-west-admin", "accounts", "ticketing");
        assertEquals(0, expect(200, api.get("/v1/tenants/ntc-west/customer-notices?subject=" + subject, other)).json().get("total").asInt());
    }

    @Test
    public void quietHoursHoldOrdinaryNoticesBackButNotEmergencies() {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "ntc-night", "night-admin", "accounts", "ticketing");
        String base = "/v1/tenants/ntc-night/customer-notices";
        assertEquals("21:00", expect(200, api.get(base + "/quiet-hours", branch)).json().get("from").asText());
        expectField(400, "from", api.call("PUT", base + "/quiet-hours", branch, "{\"from\":\"25:00\",\"to\":\"08:00\"}"));
        // quiet now: from an hour ago until two hours from now, branch time
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        String until = quietHours(base, branch, now.minusHours(1), now.plusHours(2));

        String[] sun = account("ntc-night", branch, "孙丽", "东城区", "幸福小区");
        expect(200, api.call("PUT", base + "/contacts/" + sun[0], branch,
                "{\"channels\":[\"email\"],\"addresses\":{\"email\":\"sun.li@example.com\"}}"));
        OffsetDateTime start = now.plusDays(3).withMinute(0).withSecond(0).withNano(0);
        String planned = expect(201, api.post("/v1/tenants/ntc-night/ticketing/outage-notices", branch, "{\"area\":\"东城区/幸福小区\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(8) + "\",\"reason\":\"阀门检修\"}")).json().get("id").asText();
        JsonNode held = last(expect(200, api.get(base + "?subject=outage:" + planned, branch)).json().get("items").get(0));
        assertEquals("QUEUED", held.get("status").asText());
        OffsetDateTime due = OffsetDateTime.parse(held.get("dueAt").asText()).atZoneSameInstant(SHANGHAI).toOffsetDateTime();
        assertEquals(until, HHMM.format(due));
        assertTrue(due.isAfter(now));

        String emergency = expect(201, api.post("/v1/tenants/ntc-night/ticketing/outage-notices", branch, "{\"area\":\"东城区/幸福小区\","
                + "\"startsAt\":\"" + now.plusMinutes(30).withNano(0) + "\",\"endsAt\":\"" + now.plusHours(4).withNano(0)
                + "\",\"reason\":\"管道泄漏抢修\",\"emergency\":true}")).json().get("id").asText();
        awaitLog(base + "?subject=outage:" + emergency, branch, "SENT", 1);
        List<MimeMessage> mails = awaitMails(1, "sun.li@example.com");
        assertTrue(withMailProviders(() -> body(mails.get(0))).contains("管道泄漏抢修"));
        // the planned one is still waiting for the end of quiet hours
        assertEquals("QUEUED", last(expect(200, api.get(base + "?subject=outage:" + planned, branch)).json().get("items").get(0))
                .get("status").asText());
        assertEquals(1, received("sun.li@example.com").size());
    }

    @Test
    public void aMailServerThatIsDownIsRecordedAndTheJobsServiceTriesAgain() {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "ntc-retry", "retry-admin", "accounts");
        String base = "/v1/tenants/ntc-retry/customer-notices";
        String[] zhou = account("ntc-retry", branch, "周杰", "西城区", "锦绣小区");
        expect(200, api.call("PUT", base + "/contacts/" + zhou[0], branch,
                "{\"channels\":[\"email\"],\"addresses\":{\"email\":\"zhou.jie@example.com\"}}"));
        smtp.stop();
        try {
            notifications.send("ntc-retry", new NoticeRequest(NoticeKinds.OUTAGE, new NoticeRequest.Recipient(zhou[0], zhou[1], "周杰"), Map.of(),
                    Map.of("area", "西城区/锦绣小区", "reason", "管道抢修", "startsAt", "今天 14:00", "endsAt", "今天 18:00"), true, "outage:retry-1"));
            JsonNode failed = awaitAttempts(base + "?subject=outage:retry-1", branch, 2);
            assertEquals(2, failed.size());
            assertEquals("FAILED", failed.get(0).get("status").asText());
            assertTrue(failed.get(0).toString(), failed.get(0).get("reason").asText().contains("mail server unavailable"));
            assertEquals(2, failed.get(1).get("attempt").asInt());
        } finally {
            smtp = withMailProviders(() -> {
                GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                g.start();
                return g;
            });
        }
        // once its backoff (10 s here) has passed, the sweep sends the second attempt
        JsonNode sent = awaitLog(base + "?subject=outage:retry-1", branch, "SENT", 1, 60_000).get("items").get(0).get("deliveries");
        assertEquals(2, sent.get(1).get("attempt").asInt());
        assertEquals(1, awaitMails(1, "zhou.jie@example.com").size());
    }

    /** Sets quiet hours from..to (branch time, HH:mm) and returns the end as HH:mm. */
    private String quietHours(String base, String token, OffsetDateTime from, OffsetDateTime to) {
        String f = HHMM.format(from.atZoneSameInstant(SHANGHAI));
        String t = HHMM.format(to.atZoneSameInstant(SHANGHAI));
        JsonNode set = expect(200, api.call("PUT", base + "/quiet-hours", token, "{\"from\":\"" + f + "\",\"to\":\"" + t + "\"}")).json();
        assertEquals(t, set.get("to").asText());
        LocalTime.parse(t);
        return t;
    }

    /** A customer with one account in district/community; returns {customerId, accountNo}. */
    private String[] account(String tenant, String token, String name, String district, String community) {
        String b = "/v1/tenants/" + tenant + "/accounts";
        String customer = expect(201, api.post(b + "/customers", token, "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"category\":\"RESIDENTIAL\"}")).json().get("id").asText();
        String premises = expect(201, api.post(b + "/premises", token, "{\"district\":\"" + district + "\",\"community\":\"" + community
                + "\",\"building\":\"1栋\",\"address\":\"" + community + " 1 栋 " + name + "\"}")).json().get("id").asText();
        String accountNo = expect(201, api.post(b + "/accounts", token, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises
                + "\"}")).json().get("accountNo").asText();
        return new String[] { customer, accountNo };
    }

    private static JsonNode last(JsonNode notice) {
        JsonNode deliveries = notice.get("deliveries");
        return deliveries.get(deliveries.size() - 1);
    }

    /** Polls the delivery log until {@code count} notices' latest delivery has {@code status}; the jobs service sends asynchronously. */
    private JsonNode awaitLog(String path, String token, String status, int count) {
        return awaitLog(path, token, status, count, 60_000);
    }

    private JsonNode awaitLog(String path, String token, String status, int count, long timeoutMillis) {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            JsonNode log = expect(200, api.get(path, token)).json();
            int n = 0;
            for (JsonNode notice : log.get("items")) {
                n += status.equals(last(notice).get("status").asText()) ? 1 : 0;
            }
            if (n >= count) {
                return log;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("expected " + count + " deliveries " + status + " but the log says " + log);
            }
            Api.pause(250);
        }
    }

    /** The deliveries of the first notice at {@code path} once there are {@code attempts} of them. */
    private JsonNode awaitAttempts(String path, String token, int attempts) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode deliveries = expect(200, api.get(path, token)).json().get("items").get(0).get("deliveries");
            if (deliveries.size() >= attempts) {
                return deliveries;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("expected " + attempts + " attempts but the log says " + deliveries);
            }
            Api.pause(250);
        }
    }

    private static List<MimeMessage> awaitMails(int count, String... to) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            List<MimeMessage> mails = received(to);
            if (mails.size() >= count) {
                return mails;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("expected " + count + " mails to " + List.of(to) + " but got " + mails.size());
            }
            Api.pause(250);
        }
    }

    private static List<MimeMessage> received(String... to) {
        return withMailProviders(() -> {
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (List.of(to).contains(recipient(m))) {
                    mine.add(m);
                }
            }
            return mine;
        });
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Jakarta Mail finds its providers through the context class loader (see notify-mail's ProviderClassLoader): GreenMail's
     * threads and the message parsing here run with one that sees the Angus bundles.
     */
    private static <T> T withMailProviders(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new Joined(List.of(loaderOf("org.eclipse.angus.mail.smtp.SMTPTransport"),
                loaderOf("org.eclipse.angus.activation.MailcapRegistryProviderImpl"), GreenMail.class.getClassLoader())));
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader loaderOf(String className) {
        try {
            return Class.forName(className).getClassLoader();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the distribution lacks " + className, e);
        }
    }

    private static final class Joined extends ClassLoader {
        private final List<ClassLoader> loaders;

        Joined(List<ClassLoader> loaders) {
            super(null);
            this.loaders = loaders;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (ClassLoader l : loaders) {
                try {
                    return l.loadClass(name);
                } catch (ClassNotFoundException e) {
                    // next
                }
            }
            throw new ClassNotFoundException(name);
        }

        @Override
        protected URL findResource(String name) {
            for (ClassLoader l : loaders) {
                URL u = l.getResource(name);
                if (u != null) {
                    return u;
                }
            }
            return null;
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            List<URL> all = new ArrayList<>();
            for (ClassLoader l : loaders) {
                all.addAll(Collections.list(l.getResources(name)));
            }
            return Collections.enumeration(all);
        }
    }
}

package com.gasline.notify.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gasline.platform.api.notify.NoticeDelivery;
import com.gasline.platform.api.notify.DeliveryResult;
import com.gasline.platform.api.notify.NoticeChannel.RenderedNotice;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** The channel against a real SMTP server (GreenMail) on a free port. */
class MailChannelTest {

    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aChineseNoticeArrivesWithItsSubjectAndBody() throws Exception {
        DeliveryResult r = channel(port).deliver("wang@example.com", new RenderedNotice("east", "n-1", "OUTAGE", "停气通知",
                "王芳您好：因管网改造，将于 2027年3月10日 08:00 至 18:00 停止供气。"));
        assertEquals(NoticeDelivery.SENT, r.status());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("停气通知", received[0].getSubject());
        assertEquals("wang@example.com", received[0].getAllRecipients()[0].toString());
        assertEquals("n-1", received[0].getHeader("X-Gasline-Notice")[0]);
        assertTrue(GreenMailUtil.getBody(received[0]).length() > 0);
        assertTrue(new String(received[0].getInputStream().readAllBytes(), "UTF-8").contains("2027年3月10日 08:00 至 18:00"));
    }

    @Test
    void aMalformedAddressIsRejectedWithoutRetry() {
        DeliveryResult r = channel(port).deliver("not an address", new RenderedNotice("east", "n-2", "OUTAGE", "停气通知", "x"));
        assertEquals(NoticeDelivery.FAILED, r.status());
        assertFalse(r.retry());
        assertTrue(r.reason().contains("invalid e-mail address"), r.reason());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsAFailureToRetry() throws Exception {
        int closed = freePort();
        DeliveryResult r = channel(closed).deliver("wang@example.com", new RenderedNotice("east", "n-3", "OUTAGE", "停气通知", "x"));
        assertEquals(NoticeDelivery.FAILED, r.status());
        assertTrue(r.retry());
        assertTrue(r.reason().contains("mail server unavailable"), r.reason());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static MailChannel channel(int port) {
        return new MailChannel(new MailConfig() {
            @Override public Class<? extends Annotation> annotationType() { return MailConfig.class; }
            @Override public String host() { return "127.0.0.1"; }
            @Override public int port() { return port; }
            @Override public String from() { return "客服中心 <notice@gas.example>"; }
            @Override public String user() { return ""; }
            @Override public String password() { return ""; }
            @Override public boolean starttls() { return false; }
            @Override public boolean ssl() { return false; }
            @Override public int timeoutMillis() { return 3000; }
        });
    }
}

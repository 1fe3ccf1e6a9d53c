package com.gasline.notify.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.notify.DeliveryResult;
import com.gasline.platform.api.notify.NoticeChannel;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The {@code email} notice channel: one plain-text UTF-8 mail per notice over SMTP. Present only while
 * {@code etc/com.gasline.notify.mail.cfg} exists; a changed file applies in place. A malformed or refused address
 * is rejected (no retry); a server that is down or times out is a failure the platform retries.
 */
@Component(service = NoticeChannel.class, configurationPid = "com.gasline.notify.mail", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MailConfig.class)
public class MailChannel implements NoticeChannel {

    private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);
    private static final ClassLoader PROVIDERS = new ProviderClassLoader(List.of(SMTPTransport.class.getClassLoader(),
            MailcapRegistryProviderImpl.class.getClassLoader(), MailChannel.class.getClassLoader()));

    private volatile Settings settings;

    @Activate
    public MailChannel(MailConfig config) {
        modified(config);
    }

    @Modified
    void modified(MailConfig config) {
        this.settings = Settings.of(config);
        LOG.info("E-mail notices go through {}:{} from {}", config.host(), config.port(), config.from());
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public DeliveryResult deliver(String address, RenderedNotice notice) {
        Settings s = settings;
        InternetAddress to;
        try {
            to = new InternetAddress(address, true);
        } catch (AddressException e) {
            return DeliveryResult.rejected("邮箱地址无效 / invalid e-mail address: " + e.getMessage());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PROVIDERS);
        try {
            Session session = Session.getInstance(s.properties(), s.authenticator());
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(s.from()));
            mail.setRecipient(Message.RecipientType.TO, to);
            mail.setSubject(notice.title(), "UTF-8");
            mail.setSentDate(new Date());
            // a DataSource carries its own bytes: no mailcap lookup for text/plain is needed to write it
            mail.setDataHandler(new DataHandler(new ByteArrayDataSource(notice.body().getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8")));
            mail.setHeader("Content-Transfer-Encoding", "base64");
            mail.setHeader("X-Gasline-Notice", notice.noticeId());
            Transport.send(mail);
            return DeliveryResult.sent();
        } catch (SendFailedException e) {
            return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    ? DeliveryResult.rejected("邮件服务器拒收 / refused by the mail server: " + e.getMessage())
                    : DeliveryResult.failed("邮件发送失败 / sending failed: " + e.getMessage());
        } catch (MessagingException e) {
            return DeliveryResult.failed("邮件服务器不可用 / mail server unavailable: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The configuration as Jakarta Mail wants it. */
    record Settings(Properties properties, Authenticator authenticator, String from) {

        static Settings of(MailConfig c) {
            Properties p = new Properties();
            String protocol = c.ssl() ? "smtps" : "smtp";
            p.setProperty("mail.transport.protocol", protocol);
            p.setProperty("mail." + protocol + ".host", c.host());
            p.setProperty("mail." + protocol + ".port", String.valueOf(c.port()));
            p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(c.timeoutMillis()));
            p.setProperty("mail." + protocol + ".timeout", String.valueOf(c.timeoutMillis()));
            p.setProperty("mail." + protocol + ".writetimeout", String.valueOf(c.timeoutMillis()));
            p.setProperty("mail.mime.charset", "UTF-8");
            if (c.starttls()) {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            Authenticator auth = null;
            if (c.user() != null && !c.user().isBlank()) {
                p.setProperty("mail." + protocol + ".auth", "true");
                PasswordAuthentication credentials = new PasswordAuthentication(c.user(), c.password());
                auth = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return credentials;
                    }
                };
            }
            return new Settings(p, auth, c.from());
        }
    }
}

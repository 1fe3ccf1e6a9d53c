package com.gasline.notify.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/com.gasline.notify.mail.cfg}: the SMTP server that sends customers' e-mail notices. */
@ObjectClassDefinition(name = "Gasline e-mail notices")
public @interface MailConfig {

    @AttributeDefinition(description = "SMTP host")
    String host() default "localhost";

    @AttributeDefinition(description = "SMTP port (25, 587 with starttls, 465 with ssl)")
    int port() default 25;

    @AttributeDefinition(description = "Sender address, e.g. 客服中心 <notice@example.com>")
    String from() default "notice@localhost";

    @AttributeDefinition(description = "SMTP user; empty for no authentication", required = false)
    String user() default "";

    @AttributeDefinition(description = "SMTP password", required = false, type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Upgrade the connection with STARTTLS (required when true)")
    boolean starttls() default false;

    @AttributeDefinition(description = "Implicit TLS (SMTPS, usually port 465)")
    boolean ssl() default false;

    @AttributeDefinition(description = "Connect and read timeout in milliseconds")
    int timeoutMillis() default 10000;
}

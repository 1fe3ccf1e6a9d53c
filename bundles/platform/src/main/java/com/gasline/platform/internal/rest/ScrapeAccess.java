package com.gasline.platform.internal.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Which peers may read {@code /api/metrics} without a token: the addresses of {@code etc/com.gasline.metrics.cfg}
 * (loopback by default, for a Prometheus on the same host), compared as IP addresses so {@code ::1} matches
 * {@code 0:0:0:0:0:0:0:1}. Everyone else needs a group admin's token. Changes apply in place.
 */
@Component(service = ScrapeAccess.class, configurationPid = "com.gasline.metrics")
@Designate(ocd = MetricsConfig.class)
public class ScrapeAccess {

    /** Dotted IPv4, or anything with a colon (IPv6): InetAddress parses these without asking DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    private volatile Set<InetAddress> trusted;

    @Activate
    public ScrapeAccess(MetricsConfig config) {
        modified(config);
    }

    @Modified
    void modified(MetricsConfig config) {
        trusted = parse(config.scrape_addresses());
    }

    boolean trusted(String peer) {
        return peer != null && literal(peer).map(trusted::contains).orElse(false);
    }

    static Set<InetAddress> parse(String addresses) {
        return Arrays.stream(addresses.split(",")).map(String::trim).filter(a -> !a.isEmpty())
                .map(a -> literal(a).orElseThrow(() -> new IllegalArgumentException("not an IP address: " + a)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An IP literal only: a host name here would cost a DNS lookup per request. */
    private static Optional<InetAddress> literal(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

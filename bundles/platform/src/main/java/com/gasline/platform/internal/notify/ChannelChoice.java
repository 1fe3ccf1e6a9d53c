package com.gasline.platform.internal.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gasline.platform.api.notify.ContactPreferences;

/**
 * Which channel and address reach a customer: the customer's preferred channels in order, then any other channel
 * for which an address is known (the customer's own addresses win over the caller's); only channels installed in
 * this container count. None left, or the kind opted out (and not an emergency): undeliverable, with the reason.
 */
public final class ChannelChoice {

    private ChannelChoice() {
    }

    public record Choice(String channel, String address, String undeliverable) {
        public boolean reachable() {
            return undeliverable == null;
        }
    }

    public static Choice choose(String kind, boolean emergency, ContactPreferences prefs, Map<String, String> callerAddresses,
            Set<String> installed) {
        if (!emergency && prefs != null && prefs.optOuts().contains(kind)) {
            return new Choice(null, null, "客户已退订此类通知 / the customer opted out of " + kind + " notices");
        }
        Map<String, String> addresses = new LinkedHashMap<>();
        callerAddresses.forEach((c, a) -> {
            if (a != null && !a.isBlank()) {
                addresses.put(c, a.trim());
            }
        });
        Set<String> order = new LinkedHashSet<>();
        if (prefs != null) {
            prefs.addresses().forEach((c, a) -> {
                if (a != null && !a.isBlank()) {
                    addresses.put(c, a.trim());
                }
            });
            order.addAll(prefs.channels());
        }
        order.addAll(addresses.keySet());
        List<String> unusable = new ArrayList<>();
        for (String channel : order) {
            String address = addresses.get(channel);
            if (address == null) {
                continue;
            }
            if (installed.contains(channel)) {
                return new Choice(channel, address, null);
            }
            unusable.add(channel);
        }
        if (addresses.isEmpty()) {
            return new Choice(null, null, "客户没有任何联系方式 / the customer has no contact address");
        }
        return new Choice(null, null, "客户的联系方式没有可用的发送渠道 / no channel installed for the customer's addresses ("
                + String.join(", ", unusable) + ")");
    }
}

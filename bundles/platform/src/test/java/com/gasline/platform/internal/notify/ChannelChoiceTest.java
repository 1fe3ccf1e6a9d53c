package com.gasline.platform.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.notify.ContactPreferences;

class ChannelChoiceTest {

    private static ContactPreferences prefs(List<String> channels, Map<String, String> addresses, List<String> optOuts) {
        return new ContactPreferences("c1", channels, addresses, optOuts, 1, null, "clerk");
    }

    @Test
    void theFirstPreferredChannelThatIsInstalledWins() {
        ChannelChoice.Choice c = ChannelChoice.choose("OUTAGE", false,
                prefs(List.of("wechat", "email", "sms"), Map.of("wechat", "o-123", "email", "w@x.cn", "sms", "13800001234"), List.of()),
                Map.of(), Set.of("email", "sms", "log"));
        assertEquals("email", c.channel());
        assertEquals("w@x.cn", c.address());
    }

    @Test
    void theCustomersOwnAddressOverridesTheCallers() {
        ChannelChoice.Choice c = ChannelChoice.choose("OUTAGE", false, prefs(List.of("email"), Map.of("email", "new@x.cn"), List.of()),
                Map.of("email", "old@x.cn"), Set.of("email"));
        assertEquals("new@x.cn", c.address());
    }

    @Test
    void withoutPreferencesTheCallersAddressesAreUsed() {
        ChannelChoice.Choice c = ChannelChoice.choose("DUNNING", false, null, Map.of("sms", "13800001234"), Set.of("sms"));
        assertEquals("sms", c.channel());
    }

    @Test
    void noAddressAtAllIsUndeliverableWithTheReason() {
        ChannelChoice.Choice c = ChannelChoice.choose("OUTAGE", false, null, Map.of(), Set.of("email", "log"));
        assertFalse(c.reachable());
        assertTrue(c.undeliverable().contains("no contact address"), c.undeliverable());
    }

    @Test
    void anAddressForAChannelThatIsNotInstalledIsUndeliverableAndSaysWhich() {
        ChannelChoice.Choice c = ChannelChoice.choose("OUTAGE", false, null, Map.of("sms", "13800001234"), Set.of("email", "log"));
        assertFalse(c.reachable());
        assertTrue(c.undeliverable().contains("(sms)"), c.undeliverable());
    }

    @Test
    void anOptOutStopsOrdinaryNoticesButNotEmergencies() {
        ContactPreferences p = prefs(List.of("email"), Map.of("email", "w@x.cn"), List.of("OUTAGE"));
        ChannelChoice.Choice ordinary = ChannelChoice.choose("OUTAGE", false, p, Map.of(), Set.of("email"));
        assertFalse(ordinary.reachable());
        assertTrue(ordinary.undeliverable().contains("opted out"));
        assertEquals("email", ChannelChoice.choose("OUTAGE", true, p, Map.of(), Set.of("email")).channel());
        assertEquals("email", ChannelChoice.choose("DUNNING", false, p, Map.of(), Set.of("email")).channel());
    }

    @Test
    void blankAddressesDoNotCount() {
        assertFalse(ChannelChoice.choose("OUTAGE", false, prefs(List.of("email"), Map.of("email", " "), List.of()), Map.of(),
                Set.of("email")).reachable());
    }
}

package com.gasline.ticketing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.gasline.ticketing.api.rest.SlaRule;

/**
 * The published service commitments (DOMAIN.md, "SLA clocks") that a branch starts from, each pinned
 * by name: changing one is a change of what the group promises its customers.
 */
class SlaCommitmentsTest {

    static Stream<Arguments> commitments() {
        return Stream.of(
                commitment("a leak or emergency: on site within 1 hour, day and night", "EMERGENCY", null, "ARRIVAL", 1, "HOURS", false),
                commitment("callback 3 days after a leak repair", "EMERGENCY", null, "CALLBACK", 3, "DAYS", false),
                commitment("an indoor fault: on site within 4 hours, reported after 19:00 by noon the next day", "REPAIR", null, "ARRIVAL", 4,
                        "HOURS", true),
                commitment("callback 2 days after a repair", "REPAIR", null, "CALLBACK", 2, "DAYS", false),
                commitment("a complaint is answered within 24 hours", "COMPLAINT", null, "REPLY", 24, "HOURS", false),
                commitment("callback 2 days after a complaint", "COMPLAINT", null, "CALLBACK", 2, "DAYS", false),
                commitment("a minor complaint is resolved within 2 days", "COMPLAINT", "MINOR", "RESOLUTION", 2, "DAYS", false),
                commitment("an important complaint goes to the department head within 1 hour", "COMPLAINT", "IMPORTANT", "ESCALATION", 1,
                        "HOURS", false),
                commitment("an important complaint is handled within 3 days", "COMPLAINT", "IMPORTANT", "RESOLUTION", 3, "DAYS", false),
                commitment("a major complaint is escalated the same day", "COMPLAINT", "MAJOR", "ESCALATION", 0, "END_OF_DAY", false),
                commitment("a major complaint gets a clear reply within 2 days", "COMPLAINT", "MAJOR", "REPLY", 2, "DAYS", false),
                commitment("a major complaint is resolved within 10 days", "COMPLAINT", "MAJOR", "RESOLUTION", 10, "DAYS", false),
                commitment("gas is turned on within 3 calendar days", "APPOINTMENT", "TURN_ON", "RESOLUTION", 3, "DAYS", false),
                commitment("a simple indoor modification within 5 working days", "APPOINTMENT", "MODIFICATION", "RESOLUTION", 5, "WORKING_DAYS",
                        false),
                commitment("a relocation within 5 working days", "APPOINTMENT", "RELOCATION", "RESOLUTION", 5, "WORKING_DAYS", false),
                commitment("an inspection within 5 working days", "APPOINTMENT", "INSPECTION", "RESOLUTION", 5, "WORKING_DAYS", false),
                commitment("a new installation within 15 working days of the paperwork", "APPOINTMENT", "INSTALLATION", "RESOLUTION", 15,
                        "WORKING_DAYS", false),
                commitment("callback 2 days after an appointment", "APPOINTMENT", null, "CALLBACK", 2, "DAYS", false),
                commitment("a consultation is handled within 24 hours", "CONSULTATION", null, "RESOLUTION", 24, "HOURS", false),
                commitment("a suggestion is handled within 24 hours", "SUGGESTION", null, "RESOLUTION", 24, "HOURS", false),
                commitment("a request for help is handled within 24 hours", "HELP", null, "RESOLUTION", 24, "HOURS", false));
    }

    private static Arguments commitment(String name, String type, String variant, String clock, int amount, String unit, boolean eveningNextNoon) {
        return Arguments.of(name, new SlaRule(type, variant, clock, amount, unit, eveningNextNoon));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commitments")
    void theStartingPolicyKeepsThePublishedCommitment(String name, SlaRule promised) {
        SlaRule rule = SlaClocks.applicable(SlaClocks.DEFAULTS, promised.type(), promised.variant(), SlaClocks.CALLBACK.equals(promised.clock()))
                .get(promised.clock());
        assertNotNull(rule, name);
        assertEquals(promised.amount(), rule.amount(), name);
        assertEquals(promised.unit(), rule.unit(), name);
        assertEquals(promised.eveningNextNoon(), Boolean.TRUE.equals(rule.eveningNextNoon()), name);
    }

    @Test
    void theStartingPolicyHoldsTheTwentyOnePublishedCommitmentsAndNothingElse() {
        List<SlaRule> promised = commitments().map(a -> (SlaRule) a.get()[1]).toList();
        List<SlaRule> defaults = SlaClocks.DEFAULTS.stream()
                .map(r -> new SlaRule(r.type(), r.variant(), r.clock(), r.amount(), r.unit(), Boolean.TRUE.equals(r.eveningNextNoon()))).toList();
        assertEquals(promised, defaults);
    }

    @Test
    void theStartingPolicyPassesItsOwnCheck() {
        SlaClocks.check(SlaClocks.DEFAULTS);
    }
}

package com.gasline.accounts.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;

class NumberPatternTest {

    @Test
    void areaCodeYearAndSerial() {
        NumberPattern p = NumberPattern.parse("DQ{yyyy}{seq:6}");
        String prefix = p.prefix(LocalDate.of(2026, 11, 24));
        assertEquals("DQ2026", prefix);
        assertEquals("DQ2026000042", p.format(prefix, 42));
    }

    @Test
    void shortYear() {
        NumberPattern p = NumberPattern.parse("E-{yy}-{seq:4}");
        assertEquals("E-26-0007", p.format(p.prefix(LocalDate.of(2026, 1, 1)), 7));
    }

    @Test
    void defaultIsEightDigits() {
        NumberPattern p = NumberPattern.parse(NumberPattern.DEFAULT);
        assertEquals("00000001", p.format(p.prefix(LocalDate.now()), 1));
    }

    @Test
    void exhaustedSerialIsRefusedNotWrapped() {
        NumberPattern p = NumberPattern.parse("{seq:4}");
        assertEquals("9999", p.format("", 9999));
        ProblemException e = assertThrows(ProblemException.class, () -> p.format("", 10000));
        assertEquals(422, e.status());
    }

    @Test
    void badRulesNameThePatternField() {
        for (String bad : new String[] { "", "DQ", "{seq:6}DQ", "{seq:4}{seq:4}", "D Q{seq:6}", "{seq:2}", "{yyyy}{mm}{seq:6}" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> NumberPattern.parse(bad), bad);
            assertEquals(400, e.status(), bad);
            assertEquals("pattern", e.errors().get(0).field(), bad);
        }
    }

    @Test
    void aSerialHasFourToTwelveDigits() {
        assertEquals("0001", NumberPattern.parse("{seq:4}").format("", 1));
        assertEquals("000000000001", NumberPattern.parse("{seq:12}").format("", 1));
        for (String bad : new String[] { "{seq:3}", "{seq:13}" }) {
            assertEquals(400, assertThrows(ProblemException.class, () -> NumberPattern.parse(bad), bad).status());
        }
    }

    @Test
    void aRuleIsAtMostFortyCharacters() {
        String forty = "A".repeat(33) + "{seq:6}";
        assertEquals(forty, NumberPattern.parse(forty).pattern());
        assertEquals(400, assertThrows(ProblemException.class, () -> NumberPattern.parse("A" + forty)).status());
    }
}

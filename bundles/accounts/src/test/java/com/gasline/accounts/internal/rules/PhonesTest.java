package com.gasline.accounts.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A customer's phones as stored, and the tail clerks search by (手机尾号). */
class PhonesTest {

    @Test
    void phonesAreStoredCommaJoinedAndReadBackInOrder() {
        String joined = Phones.join(List.of(" 13800001111", "0571-88886666 "));
        assertEquals("13800001111,0571-88886666", joined);
        assertEquals(List.of("13800001111", "0571-88886666"), Phones.split(joined));
    }

    @Test
    void noPhoneIsStoredAsNothing() {
        assertNull(Phones.join(null));
        assertNull(Phones.join(List.of()));
        assertEquals(List.of(), Phones.split(null));
        assertEquals(List.of(), Phones.split(""));
    }

    @Test
    void theSearchTailIsTheLastFourDigitsOfThePrimaryPhone() {
        assertEquals("6666", Phones.tail(List.of("0571-8888-6666", "13800001111")));
        assertEquals("1234", Phones.tail(List.of("1234")));
        assertEquals("123", Phones.tail(List.of("1-2-3")));
        assertEquals("2345", Phones.tail(List.of("12345")));
        assertNull(Phones.tail(null));
        assertNull(Phones.tail(List.of()));
    }
}

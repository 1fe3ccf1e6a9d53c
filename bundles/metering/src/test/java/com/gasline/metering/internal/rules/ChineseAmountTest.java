package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} fen = {1}")
    @CsvSource({
            "0, 零元整",
            "5, 伍分",
            "50, 伍角",
            "55, 伍角伍分",
            "100, 壹元整",
            "105, 壹元零伍分",
            "110, 壹元壹角",
            "1000, 壹拾元整",
            "1234, 壹拾贰元叁角肆分",
            "10100, 壹佰零壹元整",
            "101000, 壹仟零壹拾元整",
            "828000, 捌仟贰佰捌拾元整",
            "1000000, 壹万元整",
            "10000000, 壹拾万元整",
            "20050000, 贰拾万零伍佰元整",
            "100100000, 壹佰万壹仟元整",
            "100000101, 壹佰万零壹元零壹分",
            "1000100000, 壹仟万壹仟元整",
            "1000000100, 壹仟万零壹元整",
            "10000000000, 壹亿元整",
            "10001000000, 壹亿零壹万元整",
            "10000000100, 壹亿零壹元整",
            "10000100000, 壹亿零壹仟元整",
            "100000000000, 壹拾亿元整",
            "1000000000000, 壹佰亿元整",
            "99999999999999, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" })
    void capitals(long fen, String words) {
        assertEquals(words, ChineseAmount.capital(fen));
    }

    @Test
    void yuanWithSeparators() {
        assertEquals("¥0.00", ChineseAmount.yuan(0));
        assertEquals("¥0.05", ChineseAmount.yuan(5));
        assertEquals("¥12.34", ChineseAmount.yuan(1234));
        assertEquals("¥1,000,001.01", ChineseAmount.yuan(100_000_101));
    }

    @Test
    void noNegativeOrUnprintableAmounts() {
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.capital(-1));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.yuan(-1));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.capital(100_000_000_000_000L));
        assertEquals("¥999,999,999,999.99", ChineseAmount.yuan(99_999_999_999_999L));
    }
}

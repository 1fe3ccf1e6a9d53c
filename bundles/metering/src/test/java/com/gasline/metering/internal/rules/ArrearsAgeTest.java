package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArrearsAgeTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private static ArrearsAge daysPastDue(int days) {
        return ArrearsAge.of(AS_OF.minusDays(days), AS_OF);
    }

    @Test
    void aBillDueThatDayOrLaterIsNotPastDue() {
        assertNull(daysPastDue(0));
        assertNull(daysPastDue(-5));
    }

    @Test
    void eachBucketHoldsItsLastDayAndTheNextDayIsOlder() {
        assertEquals(ArrearsAge.DAYS_0_30, daysPastDue(1));
        assertEquals(ArrearsAge.DAYS_0_30, daysPastDue(30));
        assertEquals(ArrearsAge.DAYS_31_90, daysPastDue(31));
        assertEquals(ArrearsAge.DAYS_31_90, daysPastDue(90));
        assertEquals(ArrearsAge.DAYS_91_180, daysPastDue(91));
        assertEquals(ArrearsAge.DAYS_91_180, daysPastDue(180));
        assertEquals(ArrearsAge.OVER_180, daysPastDue(181));
        assertEquals(ArrearsAge.OVER_180, daysPastDue(3650));
    }

    @Test
    void amountsAreSummedPerBucketAndEveryBucketIsThere() {
        Map<ArrearsAge, Long> owed = ArrearsAge.owed(Map.of(AS_OF.minusDays(3), 1000L, AS_OF.minusDays(30), 250L, AS_OF.minusDays(200), 7L,
                AS_OF, 99_999L), AS_OF);
        assertEquals(Map.of(ArrearsAge.DAYS_0_30, 1250L, ArrearsAge.DAYS_31_90, 0L, ArrearsAge.DAYS_91_180, 0L, ArrearsAge.OVER_180, 7L), owed);
        assertEquals(4, ArrearsAge.owed(Map.of(), AS_OF).size());
    }
}

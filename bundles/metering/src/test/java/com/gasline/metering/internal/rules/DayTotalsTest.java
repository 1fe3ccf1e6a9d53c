package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.CashierDay.ChannelTotal;
import com.gasline.metering.api.rest.CashierDay.Line;
import com.gasline.metering.api.rest.CashierDay.Tally;

class DayTotalsTest {

    private static Line line(String kind, String channel, long fen, String status) {
        return new Line("R", kind, "A", fen, channel, "c", status, null);
    }

    @Test
    void channelsSumWhatStands() {
        DayTotals.Totals t = DayTotals.of(List.of(
                line("PAYMENT", "COUNTER", 1000, "ISSUED"),
                line("PAYMENT", "CASH", 500, "VOID_REQUESTED"),
                line("PREPAYMENT", "CASH", 2000, "ISSUED"),
                line("PAYMENT", "WECHAT", 300, "ISSUED"),
                line("PAYMENT", "OTHER", 7, "ISSUED"),
                line("PAYMENT", "BANK", 900, "VOIDED"),
                line("PAYMENT", "ALIPAY", 40, "ISSUED"),
                line("REFUND", null, 600, "ISSUED"),
                line("REFUND", null, 100, "ISSUED")));
        assertEquals(List.of(new ChannelTotal("CASH", 3, 1500, 2000, 3500), new ChannelTotal("WECHAT", 1, 300, 0, 300),
                new ChannelTotal("ALIPAY", 1, 40, 0, 40), new ChannelTotal("OTHER", 1, 7, 0, 7)), t.byChannel());
        assertEquals(new Tally(1, 900), t.voids());
        assertEquals(new Tally(2, 700), t.refunds());
        assertEquals(3500 + 300 + 40 + 7 - 700, t.netFen());
    }

    @Test
    void unknownChannelsComeLastByName() {
        DayTotals.Totals t = DayTotals.of(List.of(line("PAYMENT", "ZETA", 1, "ISSUED"), line("PAYMENT", "ONLINE", 2, "ISSUED"),
                line("PAYMENT", "ALPHA", 3, "ISSUED"), line("PAYMENT", "CARD", 4, "ISSUED"), line("PAYMENT", "BANK", 5, "ISSUED")));
        assertEquals(List.of("CARD", "BANK", "ONLINE", "ALPHA", "ZETA"), t.byChannel().stream().map(ChannelTotal::channel).toList());
    }

    @Test
    void anEmptyDay() {
        DayTotals.Totals t = DayTotals.of(List.of());
        assertEquals(List.of(), t.byChannel());
        assertEquals(new Tally(0, 0), t.voids());
        assertEquals(new Tally(0, 0), t.refunds());
        assertEquals(0, t.netFen());
    }

    @Test
    void counterIsCash() {
        assertEquals("CASH", DayTotals.channel("COUNTER"));
        assertEquals("CASH", DayTotals.channel("CASH"));
        assertEquals("BANK", DayTotals.channel("BANK"));
    }
}

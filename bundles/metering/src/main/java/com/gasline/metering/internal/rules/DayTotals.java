package com.gasline.metering.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gasline.metering.api.rest.CashierDay.ChannelTotal;
import com.gasline.metering.api.rest.CashierDay.Line;
import com.gasline.metering.api.rest.CashierDay.Tally;

/**
 * The sums of a cashier's day (收费日报): money by channel of the receipts that stand, a void awaiting
 * approval still standing; voided receipts and refunds apart; net is what the channels took less refunds.
 * COUNTER is cash at the counter and is summed as CASH, so the drawer is counted once.
 */
public final class DayTotals {

    public static final String REFUND = "REFUND";
    public static final String PREPAYMENT = "PREPAYMENT";
    /** How the report orders channels; any other comes after these. */
    static final List<String> ORDER = List.of("CASH", "CARD", "WECHAT", "ALIPAY", "BANK", "ONLINE");

    public record Totals(List<ChannelTotal> byChannel, Tally voids, Tally refunds, long netFen) {
    }

    private DayTotals() {
    }

    public static Totals of(List<Line> lines) {
        Map<String, long[]> channels = new LinkedHashMap<>();
        int voids = 0;
        long voidFen = 0;
        int refunds = 0;
        long refundFen = 0;
        for (Line l : lines) {
            if (l.kind().equals(REFUND)) {
                refunds++;
                refundFen += l.amountFen();
            } else if (l.status().equals(ReceiptLife.VOIDED)) {
                voids++;
                voidFen += l.amountFen();
            } else {
                long[] sums = channels.computeIfAbsent(channel(l.channel()), c -> new long[3]);
                sums[0]++;
                sums[l.kind().equals(PREPAYMENT) ? 2 : 1] += l.amountFen();
            }
        }
        List<ChannelTotal> byChannel = new ArrayList<>();
        channels.forEach((c, s) -> byChannel.add(new ChannelTotal(c, (int) s[0], s[1], s[2], s[1] + s[2])));
        byChannel.sort(Comparator.comparing((ChannelTotal t) -> rank(t.channel())).thenComparing(ChannelTotal::channel));
        long taken = byChannel.stream().mapToLong(ChannelTotal::totalFen).sum();
        return new Totals(byChannel, new Tally(voids, voidFen), new Tally(refunds, refundFen), taken - refundFen);
    }

    /** The channel a receipt is summed under. */
    public static String channel(String channel) {
        return "COUNTER".equals(channel) ? "CASH" : channel;
    }

    private static int rank(String channel) {
        int i = ORDER.indexOf(channel);
        return i < 0 ? ORDER.size() : i;
    }
}

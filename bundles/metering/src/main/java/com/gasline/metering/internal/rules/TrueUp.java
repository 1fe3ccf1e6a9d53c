package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.gasline.metering.api.rest.BillLine;

/**
 * The next actual reading after a billed estimate: its bill charges the whole actual consumption since the
 * last actual reading and credits, in TRUE_UP lines, exactly what the estimate was charged — the same tier,
 * price and tariff year, with negative volume and amount — so the net is right to the fen and the annual
 * tier volume counts the estimated volume once.
 */
public final class TrueUp {

    public static final String GAS = "GAS";
    public static final String TRUE_UP = "TRUE_UP";

    private static final int VOLUME_SCALE = 3;

    private TrueUp() {
    }

    /**
     * The credit of {@code volume} estimated on a bill with {@code charged} lines, taken back from its last GAS
     * lines first (the volume billed last sits in the highest tier reached); a whole line is credited at its
     * amount, a part at its price.
     */
    public static List<BillLine> credit(List<BillLine> charged, BigDecimal volume) {
        List<BillLine> credits = new ArrayList<>();
        BigDecimal left = volume;
        for (int i = charged.size() - 1; i >= 0 && left.signum() > 0; i--) {
            BillLine l = charged.get(i);
            if (!GAS.equals(l.kind())) {
                continue;
            }
            boolean whole = l.volume().compareTo(left) <= 0;
            BigDecimal v = whole ? l.volume() : left;
            long amount = whole ? l.amountFen() : v.multiply(BigDecimal.valueOf(l.priceFen())).setScale(0, RoundingMode.HALF_UP).longValueExact();
            credits.add(0, new BillLine(0, l.from(), l.to(), l.tier(), v.negate().setScale(VOLUME_SCALE, RoundingMode.HALF_UP), l.priceFen(), -amount,
                    l.tariffYear(), TRUE_UP));
            left = left.subtract(v);
        }
        return credits;
    }

    /** The volume the credits take back from the tariff year starting on {@code year} (zero or negative). */
    public static BigDecimal creditedIn(List<BillLine> credits, LocalDate year) {
        return credits.stream().filter(l -> Objects.equals(year, l.tariffYear())).map(BillLine::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The bill's lines: the gas charged, then the credits, numbered from 1. */
    public static List<BillLine> lines(List<BillLine> gas, List<BillLine> credits) {
        List<BillLine> all = new ArrayList<>();
        for (BillLine l : gas) {
            all.add(numbered(l, all.size() + 1));
        }
        for (BillLine l : credits) {
            all.add(numbered(l, all.size() + 1));
        }
        return all;
    }

    private static BillLine numbered(BillLine l, int seq) {
        return new BillLine(seq, l.from(), l.to(), l.tier(), l.volume(), l.priceFen(), l.amountFen(), l.tariffYear(), l.kind());
    }
}

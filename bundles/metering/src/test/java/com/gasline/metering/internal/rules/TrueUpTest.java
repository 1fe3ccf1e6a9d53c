package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.BillLine;

class TrueUpTest {

    private static final LocalDate Y2026 = LocalDate.parse("2026-01-01");
    private static final LocalDate FROM = LocalDate.parse("2026-10-26");
    private static final LocalDate TO = LocalDate.parse("2026-11-25");

    private static BigDecimal m3(String v) {
        return new BigDecimal(v);
    }

    private static BillLine gas(int seq, int tier, String volume, long price, long amount) {
        return new BillLine(seq, FROM, TO, tier, m3(volume), price, amount, Y2026, TrueUp.GAS);
    }

    /** The estimate's bill: 100 m³ left in tier 1 at 2.61, 50 in tier 2 at 3.13. */
    private static final List<BillLine> ESTIMATED = List.of(gas(1, 1, "100.000", 261, 26100), gas(2, 2, "50.000", 313, 15650));

    @Test
    void theWholeEstimateIsCreditedLineByLine() {
        List<BillLine> credits = TrueUp.credit(ESTIMATED, m3("150"));
        assertEquals(2, credits.size());
        BillLine first = credits.get(0);
        assertEquals(1, first.tier());
        assertEquals(m3("-100.000"), first.volume());
        assertEquals(261, first.priceFen());
        assertEquals(-26100, first.amountFen());
        assertEquals(Y2026, first.tariffYear());
        assertEquals(FROM, first.from());
        assertEquals(TO, first.to());
        assertEquals(TrueUp.TRUE_UP, first.kind());
        assertEquals(-15650, credits.get(1).amountFen());
        assertEquals(2, credits.get(1).tier());
        assertEquals(-41750, credits.stream().mapToLong(BillLine::amountFen).sum());
    }

    @Test
    void partOfABillIsTakenBackFromItsHighestTierFirst() {
        List<BillLine> credits = TrueUp.credit(ESTIMATED, m3("70"));
        assertEquals(2, credits.size());
        assertEquals(m3("-20.000"), credits.get(0).volume());
        assertEquals(-5220, credits.get(0).amountFen());
        assertEquals(m3("-50.000"), credits.get(1).volume());
        assertEquals(-15650, credits.get(1).amountFen());
        List<BillLine> fewer = TrueUp.credit(ESTIMATED, m3("30"));
        assertEquals(1, fewer.size());
        assertEquals(2, fewer.get(0).tier());
        assertEquals(-9390, fewer.get(0).amountFen());
    }

    @Test
    void aPartIsCreditedAtItsPriceHalfUp() {
        // 0.5 m³ of tier 2 at 3.13 is 156.5 fen
        assertEquals(-157, TrueUp.credit(ESTIMATED, m3("0.5")).get(0).amountFen());
        assertEquals(m3("-0.500"), TrueUp.credit(ESTIMATED, m3("0.5")).get(0).volume());
    }

    @Test
    void aWholeLineIsCreditedAtWhatItWasCharged() {
        // charged 2611 for 10 m³ at 2.61 (rounded as it was then): the credit is the 2611, not a recomputed 2610
        assertEquals(-2611, TrueUp.credit(List.of(gas(1, 1, "10", 261, 2611)), m3("10")).get(0).amountFen());
    }

    @Test
    void onlyGasLinesAreCredited() {
        BillLine earlierCredit = new BillLine(3, FROM, TO, 2, m3("-5"), 313, -1565, Y2026, TrueUp.TRUE_UP);
        List<BillLine> credits = TrueUp.credit(List.of(ESTIMATED.get(0), ESTIMATED.get(1), earlierCredit), m3("10"));
        assertEquals(1, credits.size());
        assertEquals(-3130, credits.get(0).amountFen());
        assertEquals(List.of(), TrueUp.credit(ESTIMATED, BigDecimal.ZERO));
    }

    @Test
    void theCreditLeavesItsTariffYear() {
        List<BillLine> credits = TrueUp.credit(ESTIMATED, m3("150"));
        assertEquals(m3("-150.000"), TrueUp.creditedIn(credits, Y2026));
        assertEquals(BigDecimal.ZERO, TrueUp.creditedIn(credits, LocalDate.parse("2027-01-01")));
        BillLine flat = new BillLine(1, FROM, TO, 0, m3("-7"), 300, -2100, null, TrueUp.TRUE_UP);
        assertEquals(m3("-7"), TrueUp.creditedIn(List.of(flat), null));
        assertEquals(BigDecimal.ZERO, TrueUp.creditedIn(List.of(flat), Y2026));
    }

    @Test
    void theActualGasThenTheCreditsNumberedFromOne() {
        // actual 180 m³ since the last actual reading, priced from where the year stood before the estimate
        List<BillLine> gasLines = List.of(gas(1, 1, "100", 261, 26100), gas(2, 2, "80", 313, 25040));
        List<BillLine> lines = TrueUp.lines(gasLines, TrueUp.credit(ESTIMATED, m3("150")));
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(BillLine::seq).toList());
        assertEquals(List.of("GAS", "GAS", "TRUE_UP", "TRUE_UP"), lines.stream().map(BillLine::kind).toList());
        // net: 30 m³ more, all in tier 2
        assertEquals(30 * 313, lines.stream().mapToLong(BillLine::amountFen).sum());
        assertEquals(m3("30.000"), lines.stream().map(BillLine::volume).reduce(BigDecimal.ZERO, BigDecimal::add));
        BillLine copy = lines.get(1);
        assertEquals(FROM, copy.from());
        assertEquals(TO, copy.to());
        assertEquals(2, copy.tier());
        assertEquals(313, copy.priceFen());
        assertEquals(Y2026, copy.tariffYear());
    }
}

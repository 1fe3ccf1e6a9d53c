package com.gasline.metering.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.api.rest.Tier;

class BillDraftsTest {

    private static PriceVersion residential(LocalDate from, long p1, long p2, long p3) {
        return PriceVersion.of(new TariffVersion(from, "TIERED", List.of(new Tier(new BigDecimal("300"), p1),
                new Tier(new BigDecimal("600"), p2), new Tier(null, p3)), "01-01", 4, new BigDecimal("60"), null, null));
    }

    /** 2.61/3.13/3.92 yuan from 2026-01-01, raised on 2026-07-15: a price change inside the July period. */
    private static final List<PriceVersion> TARIFF = List.of(residential(LocalDate.of(2026, 1, 1), 261, 313, 392),
            residential(LocalDate.of(2026, 7, 15), 286, 343, 429));

    /**
     * 80 accounts of 1 to 7 persons read monthly (some twice, one of them an estimate) from May 2026 to March 2027, billed
     * each month both ways: per account, from its own bills, as {@code Billing.billAccount} does, and set-wise, from the
     * month's rows of all accounts and the (account, tariff year) sums of all bills so far. The bills must be equal.
     */
    @Test
    void setBasedBillsEqualPerAccountBills() {
        Random random = new Random(16);
        Map<String, BillDrafts.Account> accounts = new LinkedHashMap<>();
        Map<String, Integer> household = new HashMap<>();
        for (int i = 0; i < 80; i++) {
            String no = String.format("%08d", i);
            household.put(no, 1 + random.nextInt(7));
            accounts.put(no, new BillDrafts.Account(no, TARIFF, household.get(no), null, LocalDate.of(2026, 4, 1 + random.nextInt(28))));
        }
        Map<String, List<BillDrafts.Draft>> history = new HashMap<>();
        for (YearMonth month = YearMonth.of(2026, 5); !month.isAfter(YearMonth.of(2027, 3)); month = month.plusMonths(1)) {
            List<BillDrafts.Read> reads = new ArrayList<>();
            for (String no : accounts.keySet()) {
                if (random.nextInt(10) == 0) {
                    continue; // not read this month: the next bill covers two
                }
                if (random.nextInt(4) == 0) {
                    reads.add(new BillDrafts.Read(no, BigDecimal.valueOf(random.nextInt(60_000), 3), month.atDay(5 + random.nextInt(5)), true));
                }
                reads.add(new BillDrafts.Read(no, BigDecimal.valueOf(random.nextInt(160_000), 3), month.atDay(20 + random.nextInt(8)), false));
            }
            Map<String, BillDrafts.Account> now = new LinkedHashMap<>();
            accounts.forEach((no, a) -> now.put(no, new BillDrafts.Account(no, TARIFF, a.householdSize(), lastBilled(history.get(no)), a.installed())));
            Map<BillDrafts.YearKey, BigDecimal> volumes = history.values().stream().flatMap(List::stream)
                    .flatMap(d -> d.lines().stream().map(l -> Map.entry(new BillDrafts.YearKey(d.accountNo(), l.tariffYear()), l.volume())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, BigDecimal::add));
            Map<String, BillDrafts.Draft> setBased = BillDrafts.drafts(now, reads, volumes);

            Map<String, BillDrafts.Draft> perAccount = new LinkedHashMap<>();
            for (String no : accounts.keySet()) {
                List<BillDrafts.Read> own = reads.stream().filter(r -> r.accountNo().equals(no)).toList();
                if (!own.isEmpty()) {
                    perAccount.put(no, perAccount(now.get(no), own, history.getOrDefault(no, List.of())));
                }
            }
            assertEquals(perAccount, setBased, "bills of " + month);
            setBased.values().forEach(d -> history.computeIfAbsent(d.accountNo(), k -> new ArrayList<>()).add(d));
        }
        List<BillLine> lines = history.values().stream().flatMap(List::stream).flatMap(d -> d.lines().stream()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.tier() == 3), "some accounts reach the third tier");
        assertTrue(lines.stream().anyMatch(l -> l.priceFen() == 286) && lines.stream().anyMatch(l -> l.priceFen() == 261), "the price change");
        assertTrue(lines.stream().anyMatch(l -> LocalDate.of(2027, 1, 1).equals(l.tariffYear())), "the tariff year reset");
        assertTrue(history.entrySet().stream().anyMatch(e -> household.get(e.getKey()) > 4 && e.getValue().stream()
                .flatMap(d -> d.lines().stream()).filter(l -> l.tier() == 1 && LocalDate.of(2026, 1, 1).equals(l.tariffYear()))
                .map(BillLine::volume).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(new BigDecimal("300")) > 0), "the household uplift");
    }

    /** What Billing.billAccount does for one account: its own last bill and its own lines of each tariff year. */
    private static BillDrafts.Draft perAccount(BillDrafts.Account a, List<BillDrafts.Read> reads, List<BillDrafts.Draft> bills) {
        LocalDate to = reads.get(reads.size() - 1).readOn();
        LocalDate from = BillDrafts.from(a.lastBilled(), a.installed(), reads.get(0).readOn(), to);
        BigDecimal volume = reads.stream().map(BillDrafts.Read::consumption).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BillLine> lines = Pricing.price(TARIFF, from, to, volume, a.householdSize(), year -> bills.stream().flatMap(b -> b.lines().stream())
                .filter(l -> year.equals(l.tariffYear())).map(BillLine::volume).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new BillDrafts.Draft(a.accountNo(), from, to, volume, lines, reads.stream().anyMatch(BillDrafts.Read::estimate));
    }

    private static LocalDate lastBilled(List<BillDrafts.Draft> bills) {
        return bills == null ? null : bills.get(bills.size() - 1).to();
    }

    @Test
    void thePeriodStartsWhereTheLastBillEndedElseAtInstallation() {
        LocalDate first = LocalDate.of(2026, 10, 25);
        LocalDate to = LocalDate.of(2026, 10, 26);
        assertEquals(LocalDate.of(2026, 9, 30), BillDrafts.from(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 1, 1), first, to));
        assertEquals(LocalDate.of(2026, 9, 25), BillDrafts.from(null, LocalDate.of(2026, 9, 25), first, to));
        // a meter installed on the day of its first reading: the period is that one day
        assertEquals(LocalDate.of(2026, 10, 24), BillDrafts.from(null, first, first, to));
        assertEquals(LocalDate.of(2026, 10, 24), BillDrafts.from(null, null, first, to));
        // never empty: a bill ending on the last reading's day leaves it one day
        assertEquals(LocalDate.of(2026, 10, 25), BillDrafts.from(LocalDate.of(2026, 10, 26), null, first, to));
    }

    @Test
    void anAccountWithoutTariffOrRecordIsNotBilled() {
        BillDrafts.Read read = new BillDrafts.Read("00000001", new BigDecimal("12.5"), LocalDate.of(2025, 3, 25), false);
        BillDrafts.Read stranger = new BillDrafts.Read("00000002", new BigDecimal("3"), LocalDate.of(2026, 3, 25), false);
        Map<String, BillDrafts.Draft> drafts = BillDrafts.drafts(Map.of("00000001", new BillDrafts.Account("00000001", TARIFF, 3, null, null)),
                List.of(read, stranger), Map.of());
        assertEquals(List.of("00000001"), List.copyOf(drafts.keySet()));
        assertFalse(drafts.get("00000001").priced());
        assertEquals(new BigDecimal("12.5"), drafts.get("00000001").volume());
    }
}

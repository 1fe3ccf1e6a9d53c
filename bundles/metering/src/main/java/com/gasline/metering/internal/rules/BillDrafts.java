package com.gasline.metering.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.gasline.metering.api.rest.BillLine;
import com.gasline.platform.api.problem.ProblemException;

/**
 * The bills of many accounts drafted from rows read set-wise: their unbilled readings in one list, their tariff-year
 * volumes as (account, year) sums. Each account is priced by {@link Pricing} exactly as if billed alone; only where
 * the inputs come from differs, which is what the bill run's speed needs and what {@code BillDraftsTest} compares.
 */
public final class BillDrafts {

    /** An unbilled reading of an account. */
    public record Read(String accountNo, BigDecimal consumption, LocalDate readOn, boolean estimate) {
    }

    /** What pricing needs of an account: its tariff versions, household, end of its last bill, first meter installed. */
    public record Account(String accountNo, List<PriceVersion> versions, int householdSize, LocalDate lastBilled, LocalDate installed) {
    }

    /** A tariff year of an account. */
    public record YearKey(String accountNo, LocalDate year) {
    }

    /** A bill before it is issued; no lines ({@code null}) when no tariff was in effect: the account is skipped. */
    public record Draft(String accountNo, LocalDate from, LocalDate to, BigDecimal volume, List<BillLine> lines, boolean estimated) {
        public boolean priced() {
            return lines != null;
        }
    }

    private BillDrafts() {
    }

    /**
     * The bills of the accounts that have readings.
     *
     * @param readings unbilled readings of any number of accounts, each account's oldest first
     * @param volumes  volume already billed per account and tariff year
     */
    public static Map<String, Draft> drafts(Map<String, Account> accounts, List<Read> readings, Map<YearKey, BigDecimal> volumes) {
        Map<String, List<Read>> byAccount = new LinkedHashMap<>();
        for (Read r : readings) {
            byAccount.computeIfAbsent(r.accountNo(), a -> new ArrayList<>()).add(r);
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        byAccount.forEach((accountNo, reads) -> {
            Account a = accounts.get(accountNo);
            if (a != null) {
                drafts.put(accountNo, draft(a, reads, year -> volumes.getOrDefault(new YearKey(accountNo, year), BigDecimal.ZERO)));
            }
        });
        return drafts;
    }

    /** One account's bill from its unbilled readings (oldest first) and the volume it was billed in each tariff year. */
    public static Draft draft(Account a, List<Read> reads, Function<LocalDate, BigDecimal> usedInYear) {
        LocalDate to = reads.get(reads.size() - 1).readOn();
        LocalDate from = from(a.lastBilled(), a.installed(), reads.get(0).readOn(), to);
        BigDecimal volume = reads.stream().map(Read::consumption).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean estimated = reads.stream().anyMatch(Read::estimate);
        try {
            return new Draft(a.accountNo(), from, to, volume, Pricing.price(a.versions(), from, to, volume, a.householdSize(), usedInYear), estimated);
        } catch (ProblemException noTariff) {
            return new Draft(a.accountNo(), from, to, volume, null, estimated);
        }
    }

    /**
     * The day before a bill's period: the day the last bill ended, else the day the first meter was installed (or the
     * day before the first reading); a period is never empty.
     */
    public static LocalDate from(LocalDate lastBilled, LocalDate installed, LocalDate firstReading, LocalDate to) {
        LocalDate from = lastBilled != null ? lastBilled
                : installed != null && installed.isBefore(firstReading) ? installed : firstReading.minusDays(1);
        return to.isAfter(from) ? from : to.minusDays(1);
    }
}

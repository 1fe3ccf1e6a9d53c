package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.internal.rules.BillDrafts;
import com.gasline.metering.internal.rules.PriceVersion;
import com.gasline.metering.internal.rules.TrueUp;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.ReadingEntity;

/**
 * One part of a bill run, set-wise: the part's existing bills, unbilled readings, accounts, bill ends, meters, tariff-year
 * volumes and balances are read in seven queries, the bills drafted by {@link BillDrafts}, and bills, lines, ledger
 * movements, balances and reading marks written at commit in JDBC batches. The few accounts the rare paths concern
 * (an estimate to true up, credit to settle the bill from) are billed one by one by {@link Billing#billAccount}.
 */
final class BillBatch {

    private BillBatch() {
    }

    /** @return the part's counters: billed (this run's bills, also those of an earlier attempt), skipped, held */
    static Map<String, Long> bill(EntityManager em, Billing billing, Tariffs tariffs, List<String> accountNos, YearMonth month, String runId,
            OffsetDateTime now) {
        String period = month.toString();
        LocalDate end = month.atEndOfMonth();
        LocalDate dueOn = end.plusDays(Billing.DUE_DAYS);
        Map<String, String> billedBy = new HashMap<>();
        rows(em, "select b.accountNo, b.runId from BillEntity b where b.period = :p and b.accountNo in :k", accountNos, period)
                .forEach(r -> billedBy.put((String) r[0], (String) r[1]));
        Map<String, List<ReadingEntity>> readings = new LinkedHashMap<>();
        em.createQuery("select r from ReadingEntity r where r.accountNo in :k and r.billId is null and r.supersededBy is null and r.readOn <= :e"
                + " order by r.accountNo, r.readOn", ReadingEntity.class).setParameter("k", accountNos).setParameter("e", end).getResultList()
                .forEach(r -> readings.computeIfAbsent(r.accountNo, a -> new ArrayList<>()).add(r));
        Map<String, MeteredAccountEntity> accounts = new HashMap<>();
        // only read: not registered for change detection at commit
        em.createQuery("select a from MeteredAccountEntity a where a.accountNo in :k", MeteredAccountEntity.class).setParameter("k", accountNos)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList().forEach(a -> accounts.put(a.accountNo, a));
        Map<String, LocalDate> lastBilled = dates(rows(em, "select b.accountNo, max(b.toDate) from BillEntity b where b.accountNo in :k"
                + " and b.kind = 'READING' and b.status <> 'REVERSED' group by b.accountNo", accountNos, null));
        Map<String, LocalDate> installed = dates(rows(em, "select m.accountNo, min(m.installedOn) from MeterEntity m where m.accountNo in :k"
                + " group by m.accountNo", accountNos, null));
        Map<BillDrafts.YearKey, BigDecimal> volumes = new HashMap<>();
        rows(em, "select l.accountNo, l.tariffYear, sum(l.volume) from BillLineEntity l, BillEntity b where b.id = l.billId"
                + " and b.status <> 'REVERSED' and l.accountNo in :k group by l.accountNo, l.tariffYear", accountNos, null)
                .forEach(r -> volumes.put(new BillDrafts.YearKey((String) r[0], (LocalDate) r[1]), (BigDecimal) r[2]));
        // every money movement of an account takes its balance row's lock first (Ledgers.lock); here the part's all at once
        Map<String, BalanceEntity> balances = new HashMap<>();
        em.createQuery("select b from BalanceEntity b where b.accountNo in :k order by b.accountNo", BalanceEntity.class)
                .setParameter("k", accountNos).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(b -> balances.put(b.accountNo, b));

        Map<CustomerCategory, List<PriceVersion>> prices = new HashMap<>();
        long billed = 0;
        long skipped = 0;
        long held = 0;
        List<String> alone = new ArrayList<>();
        Map<String, BillDrafts.Account> drafting = new LinkedHashMap<>();
        List<BillDrafts.Read> reads = new ArrayList<>();
        for (String accountNo : accountNos) {
            List<ReadingEntity> rs = readings.getOrDefault(accountNo, List.of());
            MeteredAccountEntity account = accounts.get(accountNo);
            BalanceEntity balance = balances.get(accountNo);
            if (billedBy.containsKey(accountNo)) {
                // billed by this very run before a restart counts as billed
                billed += runId.equals(billedBy.get(accountNo)) ? 1 : 0;
                skipped += runId.equals(billedBy.get(accountNo)) ? 0 : 1;
            } else if (rs.isEmpty() || account == null) {
                skipped++;
            } else if (!Holds.hold(em, runId, rs).isEmpty()) {
                held++;
            } else if (rs.stream().anyMatch(r -> r.estimatedVolume != null) || balance != null && balance.balanceFen > 0) {
                alone.add(accountNo);
            } else {
                drafting.put(accountNo, new BillDrafts.Account(accountNo,
                        prices.computeIfAbsent(CustomerCategory.valueOf(account.category), c -> tariffs.versions(em, c)),
                        account.householdSize, lastBilled.get(accountNo), installed.get(accountNo)));
                rs.forEach(r -> reads.add(new BillDrafts.Read(accountNo, r.consumption, r.readOn, ReadingLog.ESTIMATE.equals(r.source))));
            }
        }
        // the rare paths first: their queries flush what is pending, so the batched writes below go out once, at commit
        for (String accountNo : alone) {
            switch (billing.billAccount(em, accountNo, period, end, dueOn, runId, prices, now)) {
                case SKIPPED -> skipped++;
                case HELD -> held++;
                default -> billed++;
            }
        }
        List<BalanceEntity> opened = new ArrayList<>();
        for (String accountNo : drafting.keySet()) {
            if (!balances.containsKey(accountNo)) {
                // the account's first money: its row is the lock from now on, taken before anyone else can insert it
                BalanceEntity b = new BalanceEntity();
                b.accountNo = accountNo;
                em.persist(b);
                balances.put(accountNo, b);
                opened.add(b);
            }
        }
        if (!opened.isEmpty()) {
            em.flush();
        }
        for (BillDrafts.Draft d : BillDrafts.drafts(drafting, reads, volumes).values()) {
            if (!d.priced()) {
                skipped++;
                continue;
            }
            BillEntity bill = Billing.issue(em, d.accountNo(), period, "READING", d.from(), d.to(), d.volume(), TrueUp.lines(d.lines(), List.of()),
                    dueOn, runId, now);
            bill.estimated = d.estimated();
            readings.get(d.accountNo()).forEach(r -> r.billId = bill.id);
            Ledgers.charge(em, balances.get(d.accountNo()), bill, "BILL", "bill-run", now);
            billed++;
        }
        return Map.of("billed", billed, "skipped", skipped, "held", held);
    }

    private static List<Object[]> rows(EntityManager em, String jpql, List<String> accountNos, String period) {
        var q = em.createQuery(jpql, Object[].class).setParameter("k", accountNos);
        return period == null ? q.getResultList() : q.setParameter("p", period).getResultList();
    }

    private static Map<String, LocalDate> dates(List<Object[]> rows) {
        Map<String, LocalDate> found = new HashMap<>();
        rows.forEach(r -> found.put((String) r[0], (LocalDate) r[1]));
        return found;
    }
}

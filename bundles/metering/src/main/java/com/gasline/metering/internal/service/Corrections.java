package com.gasline.metering.internal.service;

import java.time.OffsetDateTime;
import java.util.HashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.Bill;
import com.gasline.metering.api.rest.Correction;
import com.gasline.metering.api.rest.Reversal;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * 冲正 and rebilling: a wrong bill is never edited. Its credit note (a REVERSAL movement naming it) cancels it
 * in the ledger, what was paid on it becomes credit, its readings are free to be billed again, and a rebill
 * (period {@code <period>/R<n>}) prices them with the readings and tariffs as they are now.
 */
@Component(service = Corrections.class)
public class Corrections {

    private final MeteringStore store;
    private final Billing billing;

    @Activate
    public Corrections(@Reference MeteringStore store, @Reference Billing billing) {
        this.store = store;
        this.billing = billing;
    }

    public Correction reverse(String tenant, String actor, String billId, Reversal r) {
        Validation.requireBody(r);
        new Validation().required("reason", r.reason()).maxLength("reason", r.reason(), 200).throwIfInvalid();
        return store.in(tenant, em -> {
            BillEntity bill = AccountLedger.bill(em.find(BillEntity.class, billId));
            if (!"READING".equals(bill.kind)) {
                throw Problems.ruleViolated(Text.of("只能冲正抄表账单；IC 卡售气请作废收据，调账请另行申请",
                        "Only reading bills can be reversed; void the receipt of an IC-card sale, ask for an adjustment otherwise"));
            }
            OffsetDateTime now = store.now(tenant);
            BalanceEntity balance = Ledgers.lock(em, bill.accountNo);
            AccountMoney money = Ledgers.withPaidBills(em, balance);
            money.reverse(bill.id);
            Ledgers.save(em, balance, money, actor, r.reason().trim(), now);
            bill.reversedBy = actor;
            bill.reversedAt = now;
            bill.reversalReason = r.reason().trim();
            em.createQuery("select r from ReadingEntity r where r.billId = :b", ReadingEntity.class).setParameter("b", bill.id).getResultList()
                    .forEach(reading -> reading.billId = null);
            em.flush();
            Bill rebill = null;
            if (Boolean.TRUE.equals(r.rebill())) {
                long n = em.createQuery("select count(b) from BillEntity b where b.replacesId is not null and b.accountNo = :a", Long.class)
                        .setParameter("a", bill.accountNo).getSingleResult() + 1;
                String period = bill.period.replaceAll("/R[0-9]+$", "") + "/R" + n;
                billing.billAccount(em, bill.accountNo, period, bill.toDate, store.today(tenant).plusDays(Billing.DUE_DAYS), null,
                        new HashMap<>(), now);
                BillEntity issued = em.createQuery("select b from BillEntity b where b.accountNo = :a and b.period = :p", BillEntity.class)
                        .setParameter("a", bill.accountNo).setParameter("p", period).getResultList().stream().findFirst().orElse(null);
                if (issued != null) {
                    issued.replacesId = bill.id;
                    rebill = Billing.view(em, issued);
                }
            }
            return new Correction(Billing.view(em, bill), rebill);
        });
    }
}

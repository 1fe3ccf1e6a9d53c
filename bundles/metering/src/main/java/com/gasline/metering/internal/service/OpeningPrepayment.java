package com.gasline.metering.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.PaymentEntity;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.ProblemException;

/**
 * The 预付款 taken with the supply contract at 开户 is the account's first credit: posted once (its key is
 * unique) as a PREPAYMENT with a receipt, the first time metering sees the contracted account, so the first
 * bills are settled from it.
 */
@Component(service = OpeningPrepayment.class)
public class OpeningPrepayment {

    static final String ACTOR = "开户";

    private final MeteringStore store;
    private final Sequences sequences;

    @Activate
    public OpeningPrepayment(@Reference MeteringStore store, @Reference Sequences sequences) {
        this.store = store;
        this.sequences = sequences;
    }

    void credit(String tenant, AccountSummary account) {
        if (account.prepaymentFen() <= 0 || account.state() == AccountState.APPLIED) {
            return;
        }
        String key = "opening-prepayment:" + account.accountNo();
        if (store.in(tenant, em -> Payments.byKey(em, key)) != null) {
            return;
        }
        String receipt = Payments.receipt(store, sequences, tenant);
        try {
            store.in(tenant, em -> {
                BalanceEntity balance = Ledgers.lock(em, account.accountNo());
                PaymentEntity payment = Payments.newPayment(key, account.accountNo(), account.prepaymentFen(), "COUNTER", "PREPAYMENT", ACTOR,
                        receipt, store.now(tenant));
                em.persist(payment);
                AccountMoney money = Ledgers.open(em, balance);
                money.pay("PREPAYMENT", payment.id, payment.amountFen);
                Ledgers.save(em, balance, money, ACTOR, receipt, payment.paidAt);
                payment.balanceAfterFen = balance.balanceFen;
                return null;
            });
        } catch (ProblemException raced) {
            // another request credited it first: the unique key kept it to once
            if (raced.status() != 409) {
                throw raced;
            }
        }
    }
}

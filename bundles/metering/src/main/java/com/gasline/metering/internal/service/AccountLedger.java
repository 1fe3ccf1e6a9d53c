package com.gasline.metering.internal.service;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.AccountBalance;
import com.gasline.metering.api.rest.LedgerLine;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.LedgerEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** 账户台账 as the cashier and the auditor read it: every movement in order with its running balance. */
@Component(service = AccountLedger.class)
public class AccountLedger {

    private final MeteringStore store;

    @Activate
    public AccountLedger(@Reference MeteringStore store) {
        this.store = store;
    }

    public Page<LedgerLine> ledger(String tenant, String accountNo, PageRequest page) {
        return store.in(tenant, em -> {
            known(em.find(MeteredAccountEntity.class, accountNo));
            long total = em.createQuery("select count(l) from LedgerEntity l where l.accountNo = :a", Long.class).setParameter("a", accountNo)
                    .getSingleResult();
            List<LedgerLine> items = em.createQuery("select l from LedgerEntity l where l.accountNo = :a order by l.seq", LedgerEntity.class)
                    .setParameter("a", accountNo).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(l -> new LedgerLine(l.seq, l.kind, l.amountFen, l.balanceAfterFen, l.ref, l.note, l.actor, l.at)).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    public AccountBalance balance(String tenant, String accountNo) {
        return store.in(tenant, em -> {
            known(em.find(MeteredAccountEntity.class, accountNo));
            BalanceEntity b = em.find(BalanceEntity.class, accountNo);
            Long owed = em.createQuery("select sum(b.amountFen - b.paidFen) from BillEntity b where b.accountNo = :a and b.status = 'OPEN'",
                    Long.class).setParameter("a", accountNo).getSingleResult();
            return b == null ? new AccountBalance(accountNo, 0, 0, 0, 0)
                    : new AccountBalance(accountNo, b.ledgerFen, b.balanceFen, owed == null ? 0 : owed, b.ledgerSeq);
        });
    }

    /** Bills of accounts metering knows; any other number is 404, never an empty answer. */
    static void known(Object account) {
        if (account == null) {
            throw Problems.notFound(Text.of("没有这个户号", "No such account"));
        }
    }

    static BillEntity bill(BillEntity bill) {
        if (bill == null) {
            throw Problems.notFound(Text.of("没有这张账单", "No such bill"));
        }
        return bill;
    }
}

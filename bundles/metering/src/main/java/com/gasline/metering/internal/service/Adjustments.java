package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.Adjustment;
import com.gasline.metering.api.rest.NewAdjustment;
import com.gasline.metering.internal.rules.AccountMoney;
import com.gasline.metering.internal.store.AdjustmentEntity;
import com.gasline.metering.internal.store.BalanceEntity;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * 调账 and 核销: one person asks with a reason, another approves, and only then does money move. A debit
 * adjustment becomes a bill of its own (kind ADJUSTMENT) so it is owed, paid and dunned like any bill.
 */
@Component(service = Adjustments.class)
public class Adjustments {

    private static final Set<String> KINDS = Set.of("ADJUSTMENT", "WRITE_OFF");

    private final MeteringStore store;

    @Activate
    public Adjustments(@Reference MeteringStore store) {
        this.store = store;
    }

    public Adjustment request(String tenant, String actor, String accountNo, NewAdjustment a) {
        Validation.requireBody(a);
        new Validation().required("kind", a.kind()).required("amountFen", a.amountFen())
                .required("reason", a.reason()).maxLength("reason", a.reason(), 200)
                .check(a.kind() == null || KINDS.contains(a.kind()), "kind", "只能是 ADJUSTMENT 或 WRITE_OFF", "must be ADJUSTMENT or WRITE_OFF")
                .check(a.amountFen() == null || (a.amountFen() != 0 && Math.abs(a.amountFen()) <= 100_000_000L), "amountFen",
                        "金额（分）不能为 0，绝对值不超过 100 万元", "must not be 0 and at most 1,000,000 yuan either way")
                .check(a.amountFen() == null || !"WRITE_OFF".equals(a.kind()) || a.amountFen() > 0, "amountFen",
                        "核销金额须为正数", "a write-off is a positive amount")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            AccountLedger.known(em.find(MeteredAccountEntity.class, accountNo));
            AdjustmentEntity e = new AdjustmentEntity();
            e.id = UUID.randomUUID().toString();
            e.accountNo = accountNo;
            e.kind = a.kind();
            e.amountFen = a.amountFen();
            e.reason = a.reason().trim();
            e.requestedBy = actor;
            e.requestedAt = store.now(tenant);
            e.status = "PENDING";
            em.persist(e);
            return view(e);
        });
    }

    public Page<Adjustment> pending(String tenant, PageRequest page) {
        return store.in(tenant, em -> page.read(em.createQuery("select count(a) from AdjustmentEntity a where a.status = 'PENDING'", Long.class),
                em.createQuery("select a from AdjustmentEntity a where a.status = 'PENDING' order by a.requestedAt, a.id", AdjustmentEntity.class),
                Adjustments::view));
    }

    public Adjustment adjustment(String tenant, String id) {
        return store.in(tenant, em -> {
            AdjustmentEntity a = id == null ? null : em.find(AdjustmentEntity.class, id);
            if (a == null) {
                throw Problems.notFound(Text.of("没有这笔调账申请", "No such adjustment"));
            }
            return view(a);
        });
    }

    /** Decided once, by someone other than the person who asked. */
    public Adjustment decide(String tenant, String approver, String id, boolean approve) {
        return store.in(tenant, em -> {
            AdjustmentEntity a = em.find(AdjustmentEntity.class, id);
            if (a == null) {
                throw Problems.notFound(Text.of("没有这笔调账申请", "No such adjustment"));
            }
            if (!"PENDING".equals(a.status)) {
                throw Problems.conflict(Text.of("该申请已处理（" + a.status + "）", "This adjustment was already decided (" + a.status + ")"));
            }
            if (a.requestedBy.equals(approver)) {
                throw Problems.ruleViolated(Text.of("不能审批自己提出的申请，须由另一人审批", "You cannot decide your own request; another person must"));
            }
            OffsetDateTime now = store.now(tenant);
            if (approve) {
                post(em, a, approver, now, tenant);
            }
            a.status = approve ? "APPROVED" : "REFUSED";
            a.decidedBy = approver;
            a.decidedAt = now;
            return view(a);
        });
    }

    private void post(EntityManager em, AdjustmentEntity a, String approver, OffsetDateTime now, String tenant) {
        BalanceEntity balance = Ledgers.lock(em, a.accountNo);
        AccountMoney money = Ledgers.open(em, balance);
        if ("WRITE_OFF".equals(a.kind) && a.amountFen > money.owedFen()) {
            throw Problems.ruleViolated(Text.of("核销金额超过欠费 " + money.owedFen() + " 分", "The write-off exceeds the " + money.owedFen() + " fen owed"),
                    List.of(new FieldError("amountFen", Text.of("最多 " + money.owedFen() + " 分", "at most " + money.owedFen() + " fen"))));
        }
        if (a.amountFen > 0) {
            money.pay(a.kind, a.id, a.amountFen);
        } else {
            BillEntity bill = debit(em, a, now, tenant);
            money.charge(a.kind, bill.id, bill.amountFen);
        }
        Ledgers.save(em, balance, money, approver, a.reason, now);
    }

    private BillEntity debit(EntityManager em, AdjustmentEntity a, OffsetDateTime now, String tenant) {
        BillEntity bill = new BillEntity();
        bill.id = UUID.randomUUID().toString();
        bill.accountNo = a.accountNo;
        bill.period = "ADJ-" + a.id.substring(0, 8);
        bill.kind = "ADJUSTMENT";
        bill.fromDate = store.today(tenant);
        bill.toDate = bill.fromDate;
        bill.volume = BigDecimal.ZERO;
        bill.amountFen = -a.amountFen;
        bill.status = "OPEN";
        bill.dueOn = bill.fromDate.plusDays(Billing.DUE_DAYS);
        bill.issuedAt = now;
        em.persist(bill);
        return bill;
    }

    private static Adjustment view(AdjustmentEntity a) {
        return new Adjustment(a.id, a.accountNo, a.kind, a.amountFen, a.reason, a.requestedBy, a.requestedAt, a.status, a.decidedBy, a.decidedAt);
    }
}

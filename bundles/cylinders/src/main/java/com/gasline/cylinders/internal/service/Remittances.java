package com.gasline.cylinders.internal.service;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.rest.NewRemittance;
import com.gasline.cylinders.api.rest.Remittance;
import com.gasline.cylinders.internal.rules.Reconciliation;
import com.gasline.cylinders.internal.store.CylinderStore;
import com.gasline.cylinders.internal.store.ExchangeEntity;
import com.gasline.cylinders.internal.store.RemittanceEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** 解缴: a point's daily cash and vouchers, reconciled against that day's exchanges; recorded once, differences kept. */
@Component(service = Remittances.class)
public class Remittances {

    private final CylinderStore store;

    @Activate
    public Remittances(@Reference CylinderStore store) {
        this.store = store;
    }

    public Remittance remit(String tenant, Caller caller, String point, NewRemittance r) {
        Validation.requireBody(r);
        new Validation().required("dayOn", r.dayOn()).required("cashFen", r.cashFen())
                .check(r.cashFen() == null || r.cashFen() >= 0, "cashFen", "不能为负数", "must not be negative")
                .check(r.vouchers() == null || r.vouchers() >= 0, "vouchers", "不能为负数", "must not be negative")
                .check(r.dayOn() == null || !r.dayOn().isAfter(store.today(tenant)), "dayOn", "不能是将来的日期", "must not be in the future")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            // the point's lock keeps the day's exchanges still while they are summed
            Points.point(em, caller, point, LockModeType.PESSIMISTIC_WRITE);
            String id = point + "/" + r.dayOn();
            if (em.find(RemittanceEntity.class, id) != null) {
                throw Problems.conflict(Text.of("该日已解缴，记录不可修改", "That day is remitted already; the record is never changed"));
            }
            List<ExchangeEntity> day = em.createQuery("select e from ExchangeEntity e where e.point = :p and e.day = :d", ExchangeEntity.class)
                    .setParameter("p", point).setParameter("d", r.dayOn()).getResultList();
            RemittanceEntity e = new RemittanceEntity();
            e.id = id;
            e.point = point;
            e.day = r.dayOn();
            e.cashFen = r.cashFen();
            e.vouchers = r.vouchers() == null ? 0 : r.vouchers();
            e.expectedCashFen = day.stream().filter(x -> "CASH".equals(x.payment)).mapToLong(x -> x.priceFen).sum();
            e.expectedVouchers = day.stream().mapToInt(x -> x.vouchers).sum();
            e.exchanges = day.size();
            e.handedBy = caller.username();
            e.at = store.now(tenant);
            em.persist(e);
            return view(e);
        });
    }

    public Page<Remittance> remittances(String tenant, Caller caller, String point, PageRequest page) {
        return store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.NONE);
            return page.read(em.createQuery("select count(r) from RemittanceEntity r where r.point = :p", Long.class).setParameter("p", point),
                    em.createQuery("select r from RemittanceEntity r where r.point = :p order by r.day desc", RemittanceEntity.class)
                            .setParameter("p", point), Remittances::view);
        });
    }

    public Remittance remittance(String tenant, Caller caller, String point, LocalDate day) {
        return store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.NONE);
            RemittanceEntity r = em.find(RemittanceEntity.class, point + "/" + day);
            if (r == null) {
                throw Problems.notFound(Text.of("该日没有解缴记录", "No remittance for that day"));
            }
            return view(r);
        });
    }

    private static Remittance view(RemittanceEntity r) {
        Reconciliation rec = Reconciliation.of(r.expectedCashFen, r.expectedVouchers, r.cashFen, r.vouchers);
        return new Remittance(r.point, r.day, r.cashFen, r.vouchers, r.expectedCashFen, r.expectedVouchers, rec.cashDifferenceFen(),
                rec.voucherDifference(), r.exchanges, r.handedBy, r.at);
    }
}

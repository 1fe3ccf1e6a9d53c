package com.gasline.cylinders.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.cylinders.api.rest.Exchange;
import com.gasline.cylinders.api.rest.NewExchange;
import com.gasline.cylinders.internal.rules.Issuing;
import com.gasline.cylinders.internal.rules.StockMoves;
import com.gasline.cylinders.internal.store.CylinderEntity;
import com.gasline.cylinders.internal.store.CylinderStore;
import com.gasline.cylinders.internal.store.ExchangeEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** 调换: a full cylinder out to the customer, the empty one back, at a point. */
@Component(service = Exchanges.class)
public class Exchanges {

    private final CylinderStore store;

    @Activate
    public Exchanges(@Reference CylinderStore store) {
        this.store = store;
    }

    /**
     * Under the point's row lock: exchanges at one point run one after the other, so two clerks can
     * never hand out the same cylinder and the stock never goes below zero.
     */
    public Exchange exchange(String tenant, Caller caller, NewExchange x) {
        Validation.requireBody(x);
        new Validation().required("point", x.point()).matches("spec", x.spec(), Cylinders.SPEC, "如 YSP-15、YSP-50", "e.g. YSP-15, YSP-50")
                .required("priceFen", x.priceFen())
                .check(x.priceFen() == null || x.priceFen() >= 0, "priceFen", "金额（分）不能为负数", "must not be negative")
                .check(x.payment() == null || Validation.oneOf(x.payment(), Set.of("CASH", "VOUCHER")), "payment", "只能是 CASH 或 VOUCHER", "must be CASH or VOUCHER")
                .check(!"VOUCHER".equals(x.payment()) || (x.vouchers() != null && x.vouchers() >= 1), "vouchers", "用气票支付须填写张数",
                        "the number of vouchers is required")
                .maxLength("customer", x.customer(), 100).maxLength("customerPhone", x.customerPhone(), 30)
                .maxLength("returnedSerial", x.returnedSerial(), 40).maxLength("issuedSerial", x.issuedSerial(), 40)
                .throwIfInvalid();
        LocalDate today = store.today(tenant);
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            Points.point(em, caller, x.point(), LockModeType.PESSIMISTIC_WRITE);
            CylinderEntity issued = x.issuedSerial() != null ? em.find(CylinderEntity.class, x.issuedSerial()) : firstIssuable(em, x.point(), x.spec(), today);
            if (issued == null) {
                if (x.issuedSerial() != null) {
                    throw Problems.ruleViolated(Text.of("钢瓶 " + x.issuedSerial() + " 未登记", "Cylinder " + x.issuedSerial() + " is not registered"),
                            List.of(new FieldError("issuedSerial", Text.of("未登记", "not registered"))));
                }
                throw Problems.ruleViolated(Text.of("本点没有可发出的 " + x.spec() + " 满瓶", "This point has no full " + x.spec() + " cylinder to issue"),
                        List.of(new FieldError("spec", Text.of("无库存", "out of stock"))));
            }
            List<FieldError> why = Issuing.refusals(issued.serial, issued.status, issued.spec, issued.location, issued.locationName,
                    issued.nextInspectionOn, issued.scrapOn, x.spec(), x.point(), today);
            if (!why.isEmpty()) {
                throw Issuing.refused(why);
            }
            boolean returnedDue = false;
            String advice = null;
            CylinderEntity returned = null;
            if (x.returnedSerial() != null) {
                returned = em.find(CylinderEntity.class, x.returnedSerial());
                if (returned == null || !StockMoves.mayTakeBack(returned.status, returned.spec, x.spec())) {
                    throw Problems.ruleViolated(Text.of("交回的钢瓶未登记、规格不符或不在用户手中", "The returned cylinder is unknown, of another spec or not with a customer"),
                            List.of(new FieldError("returnedSerial", Text.of("无法收回", "cannot be taken back"))));
                }
                returnedDue = Issuing.due(returned.nextInspectionOn, today);
            }
            ExchangeEntity e = new ExchangeEntity();
            e.id = UUID.randomUUID().toString();
            e.point = x.point();
            e.day = today;
            e.at = now;
            e.clerk = caller.username();
            e.customer = x.customer();
            e.customerPhone = x.customerPhone();
            e.spec = x.spec();
            e.issuedSerial = issued.serial;
            e.returnedSerial = x.returnedSerial();
            e.priceFen = x.priceFen();
            e.payment = x.payment() == null ? "CASH" : x.payment();
            e.vouchers = "VOUCHER".equals(e.payment) ? x.vouchers() : 0;
            e.returnedDue = returnedDue;
            if (returned != null) {
                StockMoves.Place back = StockMoves.takenBack(returnedDue, x.point());
                if (returnedDue) {
                    advice = "交回钢瓶已到检验期（" + returned.nextInspectionOn + "），已换发检验合格钢瓶并送检，已告知用户";
                }
                Cylinders.move(em, returned, now, caller.username(), "EXCHANGE_IN", returned.status, returned.location + " " + returned.locationName,
                        back.status(), back.location() + " " + back.locationName(), advice);
                Cylinders.place(returned, back);
            }
            e.advice = advice;
            StockMoves.Place out = StockMoves.issued(x.customer());
            Cylinders.move(em, issued, now, caller.username(), "EXCHANGE_OUT", issued.status, "POINT " + x.point(), out.status(),
                    out.location() + " " + (x.customer() == null ? "" : x.customer()), null);
            Cylinders.place(issued, out);
            em.persist(e);
            return view(e);
        });
    }

    private static CylinderEntity firstIssuable(EntityManager em, String point, String spec, LocalDate today) {
        List<CylinderEntity> found = em.createQuery("select c from CylinderEntity c where c.location = 'POINT' and c.locationName = :p and c.spec = :s"
                + " and c.status = 'FULL' and c.nextInspectionOn > :today and (c.scrapOn is null or c.scrapOn > :today) order by c.nextInspectionOn, c.serial",
                CylinderEntity.class).setParameter("p", point).setParameter("s", spec).setParameter("today", today).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The exchanges of one point and day ({@code YYYY-MM-DD}, today when absent), in the order they were made. */
    public Page<Exchange> exchanges(String tenant, Caller caller, String point, String date, PageRequest page) {
        new Validation().required("point", point).throwIfInvalid();
        return store.in(tenant, em -> {
            Points.point(em, caller, point, LockModeType.NONE);
            LocalDate day;
            try {
                day = date == null ? store.today(tenant) : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw Problems.validation(List.of(new FieldError("date", Text.of("日期格式为 YYYY-MM-DD", "format YYYY-MM-DD"))));
            }
            return page.read(em.createQuery("select count(e) from ExchangeEntity e where e.point = :p and e.day = :d", Long.class)
                    .setParameter("p", point).setParameter("d", day),
                    em.createQuery("select e from ExchangeEntity e where e.point = :p and e.day = :d order by e.at, e.id", ExchangeEntity.class)
                            .setParameter("p", point).setParameter("d", day), Exchanges::view);
        });
    }

    /** One exchange, for the clerks of its point and those who see every point. */
    public Exchange exchange(String tenant, Caller caller, String id) {
        return store.in(tenant, em -> {
            ExchangeEntity e = id == null ? null : em.find(ExchangeEntity.class, id);
            if (e == null) {
                throw Problems.notFound(Text.of("没有这笔换瓶记录", "No such exchange"));
            }
            Points.point(em, caller, e.point, LockModeType.NONE);
            return view(e);
        });
    }

    private static Exchange view(ExchangeEntity e) {
        return new Exchange(e.id, e.point, e.day, e.at, e.clerk, e.customer, e.spec, e.returnedSerial, e.issuedSerial, e.priceFen, e.payment, e.vouchers,
                e.returnedDue, e.advice);
    }
}

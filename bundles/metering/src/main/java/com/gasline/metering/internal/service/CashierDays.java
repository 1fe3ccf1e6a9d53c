package com.gasline.metering.internal.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.CashierDay;
import com.gasline.metering.api.rest.CashierDay.Closure;
import com.gasline.metering.api.rest.CashierDay.Line;
import com.gasline.platform.api.csv.CsvCells;
import com.gasline.metering.internal.rules.DayTotals;
import com.gasline.metering.internal.rules.ReceiptLife;
import com.gasline.metering.internal.store.CashierDayEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.PaymentEntity;
import com.gasline.metering.internal.store.ReceiptActionEntity;
import com.gasline.metering.internal.store.RefundEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * 收费日报: a cashier's receipts of one branch day, the money by channel, voids and refunds, closed once.
 * Cashiers see and close their own day; supervisors and branch admins any cashier's, or the whole branch ({@code *}).
 */
@Component(service = CashierDays.class)
public class CashierDays {

    private static final String ALL = "*";
    private static final Set<String> OVERSEERS = Set.of(Roles.SUPERVISOR, Roles.BRANCH_ADMIN);

    private final MeteringStore store;

    @Activate
    public CashierDays(@Reference MeteringStore store) {
        this.store = store;
    }

    /** The key of a cashier's day, {@code 2026-11-30/wang}. */
    static String id(LocalDate day, String cashier) {
        return day + "/" + cashier;
    }

    public CashierDay report(String tenant, Caller caller, String date, String cashier) {
        LocalDate day = Validation.date(date, "date");
        String whose = whose(caller, cashier);
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> report(em, day, whose, zone));
    }

    /** Closes the day once: no pending void may be left, and none of its receipts can be voided afterwards. */
    public CashierDay close(String tenant, Caller caller, String date, String cashier) {
        LocalDate day = Validation.date(date, "date");
        new Validation().check(!ALL.equals(cashier), "cashier", "每位收费员分别关账", "each cashier's day is closed on its own").throwIfInvalid();
        String whose = whose(caller, cashier);
        if (day.isAfter(store.today(tenant))) {
            throw Problems.ruleViolated(Text.of("不能为尚未到来的日期关账", "A day that has not come cannot be closed"));
        }
        ZoneId zone = store.zone(tenant);
        OffsetDateTime now = store.now(tenant);
        return store.in(tenant, em -> {
            CashierDayEntity done = em.find(CashierDayEntity.class, id(day, whose));
            if (done != null) {
                throw Problems.conflict(Text.of("该日报已于 " + done.closedAt.atZoneSameInstant(zone).format(ReceiptPage.TIME) + " 由 " + done.closedBy
                        + " 关账", "This day was closed by " + done.closedBy + " at " + done.closedAt));
            }
            CashierDay open = report(em, day, whose, zone);
            for (Line l : open.receipts()) {
                if (l.status().equals(ReceiptLife.VOID_REQUESTED)) {
                    throw Problems.conflict(Text.of("收据 " + l.receiptNo() + " 的作废申请尚未审批，请先审批或驳回",
                            "The void of receipt " + l.receiptNo() + " is waiting for a decision; approve or refuse it first"));
                }
            }
            CashierDayEntity closed = new CashierDayEntity();
            closed.id = id(day, whose);
            closed.day = day;
            closed.cashier = whose;
            closed.receipts = open.receipts().size();
            closed.totalFen = open.netFen();
            closed.closedBy = caller.username();
            closed.closedAt = now;
            em.persist(closed);
            em.flush();
            return report(em, day, whose, zone);
        });
    }

    /** The report as a spreadsheet: UTF-8 with a BOM so that Excel reads the Chinese, one row per receipt, then the totals. */
    public String export(String tenant, Caller caller, String date, String cashier) {
        return csv(report(tenant, caller, date, cashier), store.zone(tenant));
    }

    static String csv(CashierDay d, ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("收据号", "类别", "户号", "金额（元）", "缴费方式", "收费员", "状态", "开票时间").build())) {
            for (Line l : d.receipts()) {
                csv.printRecord(text(l.receiptNo()), text(ReceiptPage.kind(l.kind())), text(l.accountNo()), yuan(l.amountFen()),
                        text(ReceiptPage.channel(l.channel())), text(l.cashier()), text(ReceiptPage.status(l.status())),
                        l.issuedAt().atZoneSameInstant(zone).format(ReceiptPage.TIME));
            }
            csv.println();
            for (CashierDay.ChannelTotal t : d.byChannel()) {
                csv.printRecord("渠道合计", text(ReceiptPage.channel(t.channel())), t.count() + " 笔", yuan(t.totalFen()),
                        "其中预付款", yuan(t.prepaymentFen()));
            }
            csv.printRecord("作废", "", d.voids().count() + " 笔", yuan(d.voids().amountFen()));
            csv.printRecord("退费", "", d.refunds().count() + " 笔", yuan(d.refunds().amountFen()));
            csv.printRecord("净额", "", "", yuan(d.netFen()));
            csv.printRecord("关账", d.closed() ? "已关账" : "未关账", text(d.closedBy()),
                    d.closedAt() == null ? "" : d.closedAt().atZoneSameInstant(zone).format(ReceiptPage.TIME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private CashierDay report(EntityManager em, LocalDate day, String whose, ZoneId zone) {
        List<Line> lines = lines(em, day, whose, zone);
        DayTotals.Totals totals = DayTotals.of(lines);
        TypedQuery<CashierDayEntity> closedDays = em.createQuery("select c from CashierDayEntity c where c.day = :d"
                + (whose == null ? "" : " and c.cashier = :c") + " order by c.cashier", CashierDayEntity.class).setParameter("d", day);
        if (whose != null) {
            closedDays.setParameter("c", whose);
        }
        List<Closure> closures = closedDays.getResultList().stream()
                .map(c -> new Closure(c.cashier, c.closedBy, c.closedAt.atZoneSameInstant(zone).toOffsetDateTime(), c.receipts, c.totalFen)).toList();
        boolean closed = !closures.isEmpty()
                && closures.stream().map(Closure::cashier).toList().containsAll(lines.stream().map(Line::cashier).distinct().toList());
        Closure own = whose != null && !closures.isEmpty() ? closures.get(0) : null;
        return new CashierDay(day, whose == null ? ALL : whose, lines, totals.byChannel(), totals.voids(), totals.refunds(), totals.netFen(),
                closed, own == null ? null : own.closedBy(), own == null ? null : own.closedAt(), closures);
    }

    /** Payments and refunds of the branch day, with each receipt's status from its actions. */
    private static List<Line> lines(EntityManager em, LocalDate day, String whose, ZoneId zone) {
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        String mine = whose == null ? "" : " and p.cashier = :c";
        TypedQuery<PaymentEntity> payments = em.createQuery("select p from PaymentEntity p where p.paidAt >= :f and p.paidAt < :t" + mine,
                PaymentEntity.class).setParameter("f", from).setParameter("t", to);
        TypedQuery<RefundEntity> refunds = em.createQuery("select p from RefundEntity p where p.at >= :f and p.at < :t" + mine, RefundEntity.class)
                .setParameter("f", from).setParameter("t", to);
        if (whose != null) {
            payments.setParameter("c", whose);
            refunds.setParameter("c", whose);
        }
        Map<String, List<ReceiptLife.Step>> steps = new HashMap<>();
        em.createQuery("select a from ReceiptActionEntity a where a.receiptNo in (select p.receiptNo from PaymentEntity p"
                + " where p.paidAt >= :f and p.paidAt < :t) order by a.at, a.id", ReceiptActionEntity.class)
                .setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(a -> steps.computeIfAbsent(a.receiptNo, n -> new ArrayList<>()).add(new ReceiptLife.Step(a.action, a.actor)));
        List<Line> lines = new ArrayList<>();
        for (PaymentEntity p : payments.getResultList()) {
            String status = new ReceiptLife(steps.getOrDefault(p.receiptNo, List.of())).status();
            lines.add(new Line(p.receiptNo, p.kind, p.accountNo, p.amountFen, p.channel, p.cashier, status,
                    p.paidAt.atZoneSameInstant(zone).toOffsetDateTime()));
        }
        for (RefundEntity r : refunds.getResultList()) {
            lines.add(new Line(r.receiptNo, DayTotals.REFUND, r.accountNo, r.amountFen, null, r.cashier, ReceiptLife.ISSUED,
                    r.at.atZoneSameInstant(zone).toOffsetDateTime()));
        }
        lines.sort(Comparator.comparing(Line::issuedAt).thenComparing(Line::receiptNo));
        return lines;
    }

    /** Whose day the caller asks for: null for the whole branch. */
    private static String whose(Caller caller, String cashier) {
        if (cashier == null || cashier.isBlank() || cashier.equals(caller.username())) {
            return caller.username();
        }
        if (!caller.hasAnyRole(OVERSEERS)) {
            throw Problems.forbidden(Text.of("收费员只能查看和关账自己的日报", "A cashier sees and closes only their own day"));
        }
        return cashier.equals(ALL) ? null : cashier;
    }

    private static String text(String value) {
        return CsvCells.safe(value);
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}

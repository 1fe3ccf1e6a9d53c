package com.gasline.metering.internal.service;

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.api.rest.Bill;
import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.internal.rules.ChineseAmount;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;

/**
 * The printable 燃气费账单: who and where, the period, one line per tier and price period so the customer can
 * check the sum, an estimate (估抄) or reversal (已冲正) marked on its face, the amount also in capitals.
 */
@Component(service = BillPrints.class)
public class BillPrints {

    private final MeteringStore store;

    @Activate
    public BillPrints(@Reference MeteringStore store) {
        this.store = store;
    }

    public String html(String tenant, String billId) {
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> {
            BillEntity entity = AccountLedger.bill(em.find(BillEntity.class, billId));
            Bill bill = Billing.view(em, entity);
            MeteredAccountEntity account = em.find(MeteredAccountEntity.class, bill.accountNo());
            StringBuilder s = new StringBuilder(4096);
            s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>燃气费账单 ").append(ReceiptPage.esc(bill.period()))
                    .append("</title>\n<style>body{font-family:sans-serif;width:19cm}table{border-collapse:collapse;width:100%}"
                            + "td,th{border:1px solid #333;padding:4px 8px;text-align:left}.mark{color:#c00;font-size:1.4em;font-weight:bold}</style>"
                            + "</head><body>\n<h1>燃气费账单</h1>\n");
            if ("REVERSED".equals(bill.status())) {
                s.append("<p class=\"mark\">已冲正：").append(ReceiptPage.esc(entity.reversalReason)).append("</p>\n");
            }
            if (bill.estimated()) {
                s.append("<p class=\"mark\">估抄（未能入户抄表，按历史平均用气量估算，下次实抄时多退少补）</p>\n");
            }
            s.append("<table>\n");
            row(s, "分公司", tenant);
            row(s, "户号", bill.accountNo());
            row(s, "户名", account == null ? "" : account.holderName);
            row(s, "用气地址", account == null ? "" : account.address);
            row(s, "账期", bill.period() + "（" + bill.from() + " 至 " + bill.to() + "）");
            row(s, "用气量", bill.volume().stripTrailingZeros().toPlainString() + " m³");
            row(s, "应缴金额", yuan(bill.amountFen()) + "（" + (bill.amountFen() < 0 ? "退还 " : "") + ChineseAmount.capital(Math.abs(bill.amountFen())) + "）");
            row(s, "已缴金额", yuan(bill.paidFen()));
            row(s, "缴费期限", String.valueOf(bill.dueOn()));
            row(s, "出账时间", entity.issuedAt.atZoneSameInstant(zone).format(ReceiptPage.TIME));
            s.append("</table>\n<h2>计费明细</h2>\n<table>\n<tr><th>起止日期</th><th>项目</th><th>用气量（m³）</th><th>单价</th><th>金额</th></tr>\n");
            for (BillLine l : bill.lines()) {
                String item = "TRUE_UP".equals(l.kind()) ? "估抄冲减" : "第 " + l.tier() + " 阶梯";
                s.append("<tr><td>").append(l.from()).append(" 至 ").append(l.to()).append("</td><td>").append(item).append("</td><td>")
                        .append(l.volume().stripTrailingZeros().toPlainString()).append("</td><td>").append(yuan(l.priceFen()))
                        .append("</td><td>").append(yuan(l.amountFen())).append("</td></tr>\n");
            }
            return s.append("</table>\n</body></html>\n").toString();
        });
    }

    /** Credits (a true-up, a bill that nets to a refund) print with a minus sign. */
    private static String yuan(long fen) {
        return fen < 0 ? "-" + ChineseAmount.yuan(-fen) : ChineseAmount.yuan(fen);
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append("<tr><th>").append(label).append("</th><td>").append(ReceiptPage.esc(value)).append("</td></tr>\n");
    }
}

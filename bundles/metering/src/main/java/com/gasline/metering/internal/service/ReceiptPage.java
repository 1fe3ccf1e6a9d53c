package com.gasline.metering.internal.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Receipt;
import com.gasline.metering.internal.rules.ChineseAmount;
import com.gasline.metering.internal.rules.ReceiptLife;

/**
 * The printable 收据 and the Chinese words for a receipt's kind, channel and status. Every value is
 * escaped: account numbers, names and periods come from requests and must never become markup.
 */
final class ReceiptPage {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, String> KINDS = Map.of("PAYMENT", "缴费", "PREPAYMENT", "预付款", "REFUND", "退费");
    private static final Map<String, String> CHANNELS = Map.of("COUNTER", "柜台现金", "CASH", "现金", "CARD", "银行卡", "WECHAT", "微信",
            "ALIPAY", "支付宝", "BANK", "银行代收", "ONLINE", "网上缴费");
    private static final Map<String, String> STATUSES = Map.of(ReceiptLife.ISSUED, "有效", ReceiptLife.VOID_REQUESTED, "作废审批中",
            ReceiptLife.VOIDED, "作废");

    private ReceiptPage() {
    }

    static String kind(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    static String channel(String channel) {
        return channel == null ? "" : CHANNELS.getOrDefault(channel, channel);
    }

    static String status(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    static String html(String tenant, Receipt r, ZoneId zone) {
        StringBuilder s = new StringBuilder(2048);
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>收据 ").append(esc(r.receiptNo()))
                .append("</title>\n<style>body{font-family:sans-serif;width:18cm}table{border-collapse:collapse;width:100%}"
                        + "td,th{border:1px solid #333;padding:4px 8px;text-align:left}.mark{color:#c00;font-size:1.4em;font-weight:bold}</style>"
                        + "</head><body>\n<h1>").append(r.kind().equals("REFUND") ? "退费收据" : "收据").append("</h1>\n");
        if (ReceiptLife.VOIDED.equals(r.status())) {
            s.append("<p class=\"mark\">作废</p>\n");
        }
        if (r.copies() > 0) {
            s.append("<p class=\"mark\">补开（第 ").append(r.copies()).append(" 联复印件）</p>\n");
        }
        s.append("<table>\n");
        row(s, "分公司", tenant);
        row(s, "收据号", r.receiptNo());
        row(s, "类别", kind(r.kind()));
        row(s, "户号", r.accountNo());
        row(s, "金额", ChineseAmount.yuan(r.amountFen()));
        row(s, "金额（大写）", ChineseAmount.capital(r.amountFen()));
        if (r.channel() != null) {
            row(s, "缴费方式", channel(r.channel()));
        }
        row(s, "收费员", r.cashier());
        row(s, "时间", r.issuedAt().atZoneSameInstant(zone).format(TIME) + " (" + zone.getId() + ")");
        s.append("</table>\n");
        if (!r.allocations().isEmpty()) {
            s.append("<h2>抵扣账单</h2>\n<table>\n<tr><th>账期</th><th>金额</th></tr>\n");
            for (Payment.Allocation a : r.allocations()) {
                s.append("<tr><td>").append(esc(a.period())).append("</td><td>").append(esc(ChineseAmount.yuan(a.amountFen())))
                        .append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append("<tr><th>").append(label).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    /** Text into HTML element content or a quoted attribute. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}

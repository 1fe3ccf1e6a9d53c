package com.gasline.metering.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Receipt;

class ReceiptPageTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 1, 30, 0, 0, ZoneOffset.UTC);

    private static Receipt receipt(String status, int copies, String account) {
        return new Receipt("SK202600000007", "PAYMENT", account, 1234, "WECHAT", "cashier-1", AT, LocalDate.of(2026, 11, 30), status, copies,
                List.of(new Payment.Allocation("b1", "2026-10<b>", 1000)), List.of());
    }

    @Test
    void aReceiptShowsYuanCapitalsAndBranchTime() {
        String html = ReceiptPage.html("east", receipt("ISSUED", 0, "A-1"), SHANGHAI);
        assertTrue(html.contains("<td>¥12.34</td>"));
        assertTrue(html.contains("<td>壹拾贰元叁角肆分</td>"));
        assertTrue(html.contains("<td>微信</td>"));
        assertTrue(html.contains("2026-11-30 09:30:00 (Asia/Shanghai)"));
        assertTrue(html.contains("<td>east</td>"));
        assertFalse(html.contains("补开"));
        assertFalse(html.contains("作废"));
    }

    @Test
    void copiesAndVoidsAreMarked() {
        assertTrue(ReceiptPage.html("east", receipt("ISSUED", 2, "A-1"), SHANGHAI).contains("补开（第 2 联复印件）"));
        assertTrue(ReceiptPage.html("east", receipt("VOIDED", 0, "A-1"), SHANGHAI).contains("<p class=\"mark\">作废</p>"));
    }

    @Test
    void textNeverBecomesMarkup() {
        String html = ReceiptPage.html("east", receipt("ISSUED", 0, "<script>alert('x')</script>&\""), SHANGHAI);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
        assertTrue(html.contains("2026-10&lt;b&gt;"));
        assertEquals("", ReceiptPage.esc(null));
    }

    @Test
    void wordsForCodes() {
        assertEquals("退费", ReceiptPage.kind("REFUND"));
        assertEquals("柜台现金", ReceiptPage.channel("COUNTER"));
        assertEquals("", ReceiptPage.channel(null));
        assertEquals("NEW", ReceiptPage.channel("NEW"));
        assertEquals("作废审批中", ReceiptPage.status("VOID_REQUESTED"));
    }
}

package com.gasline.metering.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.metering.api.rest.CashierDay;
import com.gasline.metering.api.rest.CashierDay.ChannelTotal;
import com.gasline.metering.api.rest.CashierDay.Line;
import com.gasline.metering.api.rest.CashierDay.Tally;

class CashierDaysCsvTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 2, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void rowsThenTotalsWithFormulasNeutralised() {
        CashierDay day = new CashierDay(LocalDate.of(2026, 11, 30), "c1", List.of(
                new Line("SK202600000001", "PAYMENT", "=HYPERLINK(\"http://evil\")", 1234, "CASH", "c1", "ISSUED", AT),
                new Line("SK202600000002", "PAYMENT", "A-2", 500, "ALIPAY", "c1", "VOIDED", AT.plusMinutes(5))),
                List.of(new ChannelTotal("CASH", 1, 1234, 0, 1234)), new Tally(1, 500), new Tally(0, 0), 1234, false, null, null, List.of());
        String csv = CashierDays.csv(day, ZoneId.of("Asia/Shanghai"));
        String[] rows = csv.split("\r\n");
        assertEquals('\uFEFF', csv.charAt(0));
        assertEquals("\uFEFF收据号,类别,户号,金额（元）,缴费方式,收费员,状态,开票时间", rows[0]);
        assertEquals("SK202600000001,缴费,\"'=HYPERLINK(\"\"http://evil\"\")\",12.34,现金,c1,有效,2026-11-30 10:00:00", rows[1]);
        assertEquals("SK202600000002,缴费,A-2,5.00,支付宝,c1,作废,2026-11-30 10:05:00", rows[2]);
        assertEquals("", rows[3]);
        assertEquals("渠道合计,现金,1 笔,12.34,其中预付款,0.00", rows[4]);
        assertEquals("作废,,1 笔,5.00", rows[5]);
        assertEquals("退费,,0 笔,0.00", rows[6]);
        assertEquals("净额,,,12.34", rows[7]);
        assertTrue(rows[8].startsWith("关账,未关账"));
    }
}

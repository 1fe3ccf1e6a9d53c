package com.gasline.platform.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.notify.NoticeKinds;

class TemplatesTest {

    private final Templates shipped = Templates.load();

    @Test
    void theOutageNoticeNamesTheCustomerTheAreaAndTheTimes() {
        Templates.Rendered r = shipped.render(NoticeKinds.OUTAGE, Map.of("customerName", "王芳", "accountNo", "DC000123", "area",
                "东城区/幸福小区", "reason", "燃气管网改造施工", "startsAt", "2027年3月10日 08:00", "endsAt", "2027年3月10日 18:00"));
        assertEquals("停气通知", r.title());
        assertTrue(r.body().startsWith("王芳您好：因燃气管网改造施工"), r.body());
        assertTrue(r.body().contains("户号 DC000123，东城区/幸福小区"), r.body());
        assertTrue(r.body().contains("2027年3月10日 08:00 至 2027年3月10日 18:00"), r.body());
        assertTrue(!r.body().contains("{"), r.body());
    }

    @Test
    void aMissingParameterIsNamedNotLeftBlank() {
        Templates.MissingParameters e = assertThrows(Templates.MissingParameters.class,
                () -> shipped.render(NoticeKinds.OUTAGE, Map.of("customerName", "王芳", "accountNo", "DC1", "area", "东城区", "reason", "检修")));
        assertEquals(List.of("startsAt", "endsAt"), e.names());
        assertTrue(e.getMessage().contains("startsAt, endsAt"));
    }

    @Test
    void aBlankParameterCountsAsMissing() {
        Templates t = new Templates(props("X.title", "通知", "X.body", "{name}您好"));
        assertEquals(List.of("name"), assertThrows(Templates.MissingParameters.class, () -> t.render("X", Map.of("name", " "))).names());
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithDollarsAndBraces() {
        Templates t = new Templates(props("X.title", "通知", "X.body", "欠费 {amount} 元，{note}"));
        assertEquals("欠费 $12.50 元，{not a placeholder}", t.render("X", Map.of("amount", "$12.50", "note", "{not a placeholder}")).body());
    }

    @Test
    void everyKindHasATemplate() {
        NoticeKinds.ALL.forEach(kind -> assertTrue(shipped.knows(kind), kind));
        assertThrows(IllegalArgumentException.class, () -> shipped.render("GOSSIP", Map.of()));
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }
}

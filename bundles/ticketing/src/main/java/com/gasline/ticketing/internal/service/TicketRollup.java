package com.gasline.ticketing.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.group.api.Rollup;
import com.gasline.ticketing.api.rest.Kpis;
import com.gasline.ticketing.internal.rules.TypeTimeliness;

/** Ticketing's figures for the group's roll-ups, from the branch's KPIs and clocks: volumes and rates, no caller or address. */
@Component(service = Rollup.class)
public class TicketRollup implements Rollup {

    private static final List<Measure> RATES = List.of(
            new Measure("ticketsReceived", "受理工单数", "tickets received", true),
            new Measure("complaintRate", "投诉率", "complaints per ticket", false),
            new Measure("handlingRate", "办结率", "tickets resolved per ticket", true),
            new Measure("callbackSuccessRate", "回访成功率", "callbacks that reached the customer", true),
            new Measure("arrivalOnTimeRate", "到场及时率", "repairs and emergencies reached in time", true));

    private record TypeName(String code, String zh, String en) {
    }

    /** Ticket types with their names, in the order the roll-up shows them. */
    private static final List<TypeName> TYPES = List.of(new TypeName("REPAIR", "报修", "repair"), new TypeName("EMERGENCY", "抢险", "emergency"),
            new TypeName("COMPLAINT", "投诉", "complaint"), new TypeName("CONSULTATION", "咨询", "consultation"), new TypeName("HELP", "求助", "help"),
            new TypeName("SUGGESTION", "建议", "suggestion"), new TypeName("APPOINTMENT", "预约", "appointment"));

    private static final List<Measure> MEASURES = withTypes();

    /** The rates, then per type: received, on time (every clock kept), overdue (a clock run over). */
    private static List<Measure> withTypes() {
        List<Measure> all = new ArrayList<>(RATES);
        for (TypeName t : TYPES) {
            all.add(new Measure("ticketsReceived." + t.code(), t.zh() + "工单数", t.en() + " tickets received", true));
            all.add(new Measure("ticketsOnTime." + t.code(), t.zh() + "工单按时办结数", t.en() + " tickets that kept every deadline", true));
            all.add(new Measure("ticketsOverdue." + t.code(), t.zh() + "工单超时数", t.en() + " tickets with a deadline run over", false));
        }
        return List.copyOf(all);
    }

    private final Reports reports;

    @Activate
    public TicketRollup(@Reference Reports reports) {
        this.reports = reports;
    }

    @Override
    public String module() {
        return "ticketing";
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Map<String, Double> figures(String tenant, LocalDate from, LocalDate to) {
        Kpis k = reports.kpis(tenant, from, to);
        Map<String, Double> f = new HashMap<>();
        f.put("ticketsReceived", (double) k.received());
        f.put("complaintRate", k.received() == 0 ? null : k.byType().getOrDefault("COMPLAINT", 0) / (double) k.received());
        f.put("handlingRate", k.handlingRate());
        f.put("callbackSuccessRate", k.callbackSuccessRate());
        f.put("arrivalOnTimeRate", k.onTimeRate().get("ARRIVAL"));
        Map<String, TypeTimeliness.Counts> timeliness = reports.timelinessByType(tenant, from, to);
        for (TypeName t : TYPES) {
            TypeTimeliness.Counts c = timeliness.getOrDefault(t.code(), new TypeTimeliness.Counts(0, 0));
            f.put("ticketsReceived." + t.code(), (double) k.byType().getOrDefault(t.code(), 0));
            f.put("ticketsOnTime." + t.code(), (double) c.onTime());
            f.put("ticketsOverdue." + t.code(), (double) c.overdue());
        }
        return f;
    }
}

package com.gasline.ticketing.internal.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.group.api.Rollup;
import com.gasline.ticketing.api.rest.Kpis;

/** Ticketing's figures for the group's roll-ups, from the branch's KPIs: volumes and rates, no caller or address. */
@Component(service = Rollup.class)
public class TicketRollup implements Rollup {

    private static final List<Measure> MEASURES = List.of(
            new Measure("ticketsReceived", "受理工单数", "tickets received", true),
            new Measure("complaintRate", "投诉率", "complaints per ticket", false),
            new Measure("handlingRate", "办结率", "tickets resolved per ticket", true),
            new Measure("callbackSuccessRate", "回访成功率", "callbacks that reached the customer", true),
            new Measure("arrivalOnTimeRate", "到场及时率", "repairs and emergencies reached in time", true));

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
        return f;
    }
}

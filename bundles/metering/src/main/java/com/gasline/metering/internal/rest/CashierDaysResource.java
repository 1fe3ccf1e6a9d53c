package com.gasline.metering.internal.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;

import com.gasline.metering.api.rest.CashierDay;
import com.gasline.metering.api.rest.CashierDaysApi;
import com.gasline.metering.internal.service.CashierDays;
import com.gasline.platform.api.RequestContext;

/** The HTTP face of 收费日报, reached through {@link MeteringResource#cashierDays()}. */
public class CashierDaysResource implements CashierDaysApi {

    private final CashierDays days;
    private final RequestContext requests;

    public CashierDaysResource(CashierDays days, RequestContext requests) {
        this.days = days;
        this.requests = requests;
    }

    @Override
    public CashierDay day(String date, String cashier) {
        return days.report(requests.tenant(), requests.requireCaller(), date, cashier);
    }

    @Override
    public Response close(String date, String cashier) {
        CashierDay closed = days.close(requests.tenant(), requests.requireCaller(), date, cashier);
        return Response.created(URI.create("cashier-days/" + closed.dayOn() + "?cashier=" + URLEncoder.encode(closed.cashier(), StandardCharsets.UTF_8))).entity(closed).build();
    }

    @Override
    public Response export(String date, String cashier) {
        String csv = days.export(requests.tenant(), requests.requireCaller(), date, cashier);
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"cashier-day-" + date + ".csv\"").build();
    }
}

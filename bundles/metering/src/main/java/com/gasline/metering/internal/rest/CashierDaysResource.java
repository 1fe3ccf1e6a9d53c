package com.gasline.metering.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;

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
        // the closed day of that cashier (or of the branch, "*"), as GET answers it
        return Response.created(UriBuilder.fromUri(requests.location("cashier-days", closed.dayOn().toString())).queryParam("cashier", closed.cashier())
                .build()).entity(closed).build();
    }

    @Override
    public Response export(String date, String cashier) {
        String csv = days.export(requests.tenant(), requests.requireCaller(), date, cashier);
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"cashier-day-" + date + ".csv\"").build();
    }
}

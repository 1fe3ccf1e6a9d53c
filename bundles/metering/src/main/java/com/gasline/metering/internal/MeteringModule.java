package com.gasline.metering.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.metering.internal.rest.CashierDaysResource;
import com.gasline.metering.internal.rest.MeteringResource;
import com.gasline.metering.internal.rest.MoneyResources;
import com.gasline.metering.internal.rest.ReceiptsResource;
import com.gasline.metering.internal.service.AccountLedger;
import com.gasline.metering.internal.service.Adjustments;
import com.gasline.metering.internal.rest.ReadingHolds;
import com.gasline.metering.internal.service.AnomalyReviews;
import com.gasline.metering.internal.service.BillPrints;
import com.gasline.metering.internal.service.BillRuns;
import com.gasline.metering.internal.service.Billing;
import com.gasline.metering.internal.service.Corrections;
import com.gasline.metering.internal.service.CashierDays;
import com.gasline.metering.internal.service.Dunning;
import com.gasline.metering.internal.service.Estimates;
import com.gasline.metering.internal.service.Holds;
import com.gasline.metering.internal.service.MeteringNotices;
import com.gasline.metering.internal.service.Meters;
import com.gasline.metering.internal.service.Payments;
import com.gasline.metering.internal.service.ReadingBooks;
import com.gasline.metering.internal.service.Readings;
import com.gasline.metering.internal.service.Refunds;
import com.gasline.metering.internal.service.Receipts;
import com.gasline.metering.internal.service.Settings;
import com.gasline.metering.internal.service.Tariffs;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/** 抄表收费: meters, reading books, readings, tariffs, bills, payments and arrears; needs accounts. */
@Component(service = Module.class)
public class MeteringModule extends AbstractModule {

    @Activate
    public MeteringModule(BundleContext context, @Reference Meters meters, @Reference ReadingBooks books, @Reference Readings readings,
            @Reference Tariffs tariffs, @Reference BillRuns billRuns, @Reference Billing billing, @Reference Payments payments,
            @Reference Dunning dunning, @Reference MeteringNotices notices, @Reference AccountLedger ledger, @Reference Refunds refunds, @Reference Adjustments adjustments,
            @Reference Corrections corrections, @Reference Receipts receipts, @Reference CashierDays cashierDays,
            @Reference AnomalyReviews reviews, @Reference Estimates estimates, @Reference Settings settings, @Reference Holds held, @Reference BillPrints prints,
            @Reference RequestContext requests) {
        super("metering", "抄表收费 Meter reading and billing", context.getBundle(), Set.of("accounts"),
                Set.of(Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER, Roles.CASHIER, Roles.AGENT, Roles.SUPERVISOR),
                new MeteringResource(meters, books, readings, tariffs, billRuns, payments, dunning, notices, requests,
                        new MoneyResources(ledger, refunds, adjustments, corrections, billing, prints, requests),
                        new ReceiptsResource(receipts, requests), new CashierDaysResource(cashierDays, requests),
                        new ReadingHolds(reviews, estimates, settings, held)));
    }
}

package com.gasline.client;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.gasline.metering.api.rest.AccountBalance;
import com.gasline.metering.api.rest.ArrearsReport;
import com.gasline.metering.api.rest.Bill;
import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.api.rest.BulkReadings;
import com.gasline.metering.api.rest.BulkResult;
import com.gasline.metering.api.rest.HeldReading;
import com.gasline.metering.api.rest.IcPurchase;
import com.gasline.metering.api.rest.LedgerLine;
import com.gasline.metering.api.rest.Meter;
import com.gasline.metering.api.rest.NewBillRun;
import com.gasline.metering.api.rest.NewEstimate;
import com.gasline.metering.api.rest.NewMeter;
import com.gasline.metering.api.rest.NewPayment;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.NewRoute;
import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.api.rest.ReadingOrder;
import com.gasline.metering.api.rest.Replacement;
import com.gasline.metering.api.rest.Route;
import com.gasline.metering.api.rest.Tariff;
import com.gasline.metering.api.rest.TariffVersion;

/** 抄表收费 of one branch: meters, reading books, readings, tariffs, bill runs, bills, payments and arrears. */
public final class MeteringClient {

    private static final Set<String> FINISHED = Set.of("DONE", "FAILED", "CANCELLED");

    private final Transport http;
    private final String base;

    MeteringClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    public Meter installMeter(NewMeter meter) {
        return http.send("POST", base + "/meters", meter, Meter.class);
    }

    public Meter meter(String serial) {
        return http.get(base + "/meters/" + Query.segment(serial), Meter.class);
    }

    /** 换表: the old meter keeps its final reading and names the new one. */
    public Meter replaceMeter(String serial, Replacement replacement) {
        return http.send("POST", base + "/meters/" + Query.segment(serial) + "/replace", replacement, Meter.class);
    }

    /** 抄表册. */
    public Route createRoute(NewRoute route) {
        return http.send("POST", base + "/routes", route, Route.class);
    }

    public Route route(String id) {
        return http.get(base + "/routes/" + Query.segment(id), Route.class);
    }

    /** The reading orders of a book, in walking order. */
    public Page<ReadingOrder> orders(String routeId, int page, int size) {
        return http.page(base + "/routes/" + Query.segment(routeId) + "/orders", Query.page(page, size), ReadingOrder.class);
    }

    /** One reading; 422 when it is below the last one without a rollover, accepted but flagged when anomalous. */
    public Reading submitReading(NewReading reading) {
        return http.send("POST", base + "/readings", reading, Reading.class);
    }

    /** Many readings; each item has its own result, so one bad reading does not refuse the others. */
    public BulkResult submitReadings(BulkReadings readings) {
        return http.send("POST", base + "/readings:bulk", readings, BulkResult.class);
    }

    /** 估抄 for a meter that could not be read. */
    public Reading estimate(NewEstimate estimate) {
        return http.send("POST", base + "/readings:estimate", estimate, Reading.class);
    }

    /** Readings held from billing until reviewed. */
    public Page<Reading> anomalies(int page, int size) {
        return http.page(base + "/anomalies", Query.page(page, size), Reading.class);
    }

    public Tariff tariff(String category) {
        return http.get(base + "/tariffs/" + Query.segment(category), Tariff.class);
    }

    /** A new price version from its {@code effectiveFrom}; earlier versions stay. */
    public Tariff addTariffVersion(String category, TariffVersion version) {
        return http.send("PUT", base + "/tariffs/" + Query.segment(category), version, Tariff.class);
    }

    /** Starts a bill run (a background job) and returns it at once; see {@link #awaitBillRun}. */
    public BillRun startBillRun(NewBillRun run) {
        return http.send("POST", base + "/bill-runs", run, BillRun.class);
    }

    public BillRun billRun(String id) {
        return http.get(base + "/bill-runs/" + Query.segment(id), BillRun.class);
    }

    /** Polls the bill run until it is DONE, FAILED or CANCELLED; {@link IllegalStateException} if it is still running after {@code limit}. */
    public BillRun awaitBillRun(String id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        BillRun run = billRun(id);
        while (!FINISHED.contains(run.status())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bill run " + id + " still " + run.status() + " after " + limit);
            }
            pause();
            run = billRun(id);
        }
        return run;
    }

    /** Accounts a bill run left unbilled because a reading is held. */
    public Page<HeldReading> heldReadings(String billRunId, int page, int size) {
        return http.page(base + "/bill-runs/" + Query.segment(billRunId) + "/held", Query.page(page, size), HeldReading.class);
    }

    public Page<Bill> bills(String accountNo, int page, int size) {
        return http.page(accountPath(accountNo) + "/bills", Query.page(page, size), Bill.class);
    }

    public AccountBalance balance(String accountNo) {
        return http.get(accountPath(accountNo) + "/balance", AccountBalance.class);
    }

    /** 账户台账: every movement of the account's money. */
    public Page<LedgerLine> ledger(String accountNo, int page, int size) {
        return http.page(accountPath(accountNo) + "/ledger", Query.page(page, size), LedgerLine.class);
    }

    /**
     * 缴费, settling the oldest bills first. Sending the same {@code idempotencyKey} again (after a timeout, say)
     * returns the first payment instead of paying twice.
     */
    public Payment pay(String idempotencyKey, NewPayment payment) {
        return http.send("POST", base + "/payments", payment, Map.of("Idempotency-Key", idempotencyKey), Payment.class);
    }

    /** IC卡售气, priced through the tariff; idempotent by {@code idempotencyKey} like {@link #pay}. */
    public Payment buyGas(String idempotencyKey, IcPurchase purchase) {
        return http.send("POST", base + "/ic-purchases", purchase, Map.of("Idempotency-Key", idempotencyKey), Payment.class);
    }

    /** 欠费 with age buckets as of a day ({@code YYYY-MM-DD}, null for today). */
    public ArrearsReport arrears(String asOf) {
        return http.get(base + "/arrears" + Query.of("asOf", asOf), ArrearsReport.class);
    }

    private String accountPath(String accountNo) {
        return base + "/accounts/" + Query.segment(accountNo);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a bill run", e);
        }
    }
}

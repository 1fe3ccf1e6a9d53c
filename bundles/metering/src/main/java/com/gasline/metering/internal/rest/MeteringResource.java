package com.gasline.metering.internal.rest;


import javax.ws.rs.core.Response;

import com.gasline.metering.api.rest.ArrearsReport;
import com.gasline.metering.api.rest.AccountMoneyApi;
import com.gasline.metering.api.rest.AdjustmentsApi;
import com.gasline.metering.api.rest.CashierDaysApi;
import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.api.rest.BillsApi;
import com.gasline.metering.api.rest.BulkReadings;
import com.gasline.metering.api.rest.BulkResult;
import com.gasline.metering.api.rest.DunningStep;
import com.gasline.metering.api.rest.HeldReading;
import com.gasline.metering.api.rest.IcPurchase;
import com.gasline.metering.api.rest.LowBalance;
import com.gasline.metering.api.rest.Meter;
import com.gasline.metering.api.rest.MeteringApi;
import com.gasline.metering.api.rest.MeteringSettings;
import com.gasline.metering.api.rest.NewBillRun;
import com.gasline.metering.api.rest.NewEstimate;
import com.gasline.metering.api.rest.NewMeter;
import com.gasline.metering.api.rest.NewPayment;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.NewRoute;
import com.gasline.metering.api.rest.NoticesSent;
import com.gasline.metering.api.rest.Payment;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.api.rest.ReceiptsApi;
import com.gasline.metering.api.rest.ReadingOrder;
import com.gasline.metering.api.rest.Replacement;
import com.gasline.metering.api.rest.Route;
import com.gasline.metering.api.rest.Tariff;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.internal.service.BillRuns;
import com.gasline.metering.internal.service.Dunning;
import com.gasline.metering.internal.service.MeteringNotices;
import com.gasline.metering.internal.service.Meters;
import com.gasline.metering.internal.service.Payments;
import com.gasline.metering.internal.service.ReadingBooks;
import com.gasline.metering.internal.service.Readings;
import com.gasline.metering.internal.service.Tariffs;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;

/** The HTTP face of metering: the tenant and caller of the request, the work in the services, the answers' status and headers. */
public class MeteringResource implements MeteringApi {

    private final Meters meters;
    private final ReadingBooks books;
    private final Readings readings;
    private final Tariffs tariffs;
    private final BillRuns billRuns;
    private final Payments payments;
    private final MeteringNotices notices;
    private final Dunning dunning;
    private final RequestContext requests;
    private final MoneyResources money;
    private final ReceiptsResource receipts;
    private final CashierDaysResource cashierDays;
    private final ReadingHolds holds;

    public MeteringResource(Meters meters, ReadingBooks books, Readings readings, Tariffs tariffs, BillRuns billRuns, Payments payments,
            Dunning dunning, MeteringNotices notices, RequestContext requests, MoneyResources money, ReceiptsResource receipts,
            CashierDaysResource cashierDays, ReadingHolds holds) {
        this.meters = meters;
        this.books = books;
        this.readings = readings;
        this.tariffs = tariffs;
        this.billRuns = billRuns;
        this.payments = payments;
        this.notices = notices;
        this.dunning = dunning;
        this.requests = requests;
        this.money = money;
        this.receipts = receipts;
        this.cashierDays = cashierDays;
        this.holds = holds;
    }

    @Override
    public Response createMeter(NewMeter meter) {
        Meter installed = meters.install(requests.tenant(), meter);
        return Response.created(requests.location("meters", installed.serial())).entity(installed).build();
    }

    @Override
    public Meter meter(String serial) {
        return meters.meter(requests.tenant(), serial);
    }

    @Override
    public Meter replace(String serial, Replacement replacement) {
        return meters.replace(requests.tenant(), requests.requireCaller().username(), serial, replacement);
    }

    @Override
    public Response createRoute(NewRoute route) {
        Route created = books.create(requests.tenant(), route);
        return Response.created(requests.location("routes", created.id())).entity(created).build();
    }

    @Override
    public Route route(String id) {
        return books.route(requests.tenant(), id);
    }

    @Override
    public Page<ReadingOrder> orders(String id, Integer page, Integer size) {
        PageRequest pages = PageRequest.of(page, size);
        return pages.slice(books.orders(requests.tenant(), id));
    }

    @Override
    public Response submitReading(NewReading reading) {
        Reading recorded = readings.submit(requests.tenant(), requests.requireCaller(), reading);
        return Response.created(requests.location("readings", recorded.id())).entity(recorded).build();
    }

    @Override
    public Reading reading(String id) {
        return readings.reading(requests.tenant(), id);
    }

    @Override
    public BulkResult submitReadings(BulkReadings bulk) {
        return readings.submitAll(requests.tenant(), requests.requireCaller(), bulk);
    }

    @Override
    public Page<Reading> anomalies(Integer page, Integer size) {
        return readings.anomalies(requests.tenant(), PageRequest.of(page, size));
    }

    @Override
    public Reading review(String readingId, String review) {
        return holds.reviews().review(requests.tenant(), requests.requireCaller(), readingId, ReadingHolds.review(review));
    }

    @Override
    public Response estimateReading(NewEstimate estimate) {
        Reading recorded = holds.estimates().estimate(requests.tenant(), requests.requireCaller(), estimate);
        return Response.created(requests.location("readings", recorded.id())).entity(recorded).build();
    }

    @Override
    public MeteringSettings settings() {
        return holds.settings().settings(requests.tenant());
    }

    @Override
    public MeteringSettings saveSettings(MeteringSettings settings) {
        return holds.settings().save(requests.tenant(), requests.requireCaller().username(), settings);
    }

    @Override
    public Tariff addTariffVersion(String category, TariffVersion version) {
        return tariffs.add(requests.tenant(), requests.requireCaller().username(), category, version);
    }

    @Override
    public Tariff tariff(String category) {
        return tariffs.tariff(requests.tenant(), category);
    }

    @Override
    public Page<String> priceChangeNotices(String category, Integer page, Integer size) {
        return tariffs.notices(requests.tenant(), category, PageRequest.of(page, size));
    }

    @Override
    public Response startBillRun(NewBillRun run) {
        BillRun started = billRuns.start(requests.tenant(), requests.requireCaller().username(), run);
        return Response.accepted(started).location(requests.location("bill-runs", started.id())).build();
    }

    @Override
    public BillRun billRun(String id) {
        return billRuns.find(requests.tenant(), id);
    }

    @Override
    public Page<HeldReading> heldReadings(String id, Integer page, Integer size) {
        return holds.held().held(requests.tenant(), id, PageRequest.of(page, size));
    }

    @Override
    public AccountMoneyApi account(String accountNo) {
        return money.accountApi(accountNo);
    }

    @Override
    public BillsApi bills() {
        return money.billsApi();
    }

    @Override
    public AdjustmentsApi adjustments() {
        return money.adjustmentsApi();
    }

    @Override
    public Response pay(String idempotencyKey, NewPayment payment) {
        Payments.Paid paid = payments.pay(requests.tenant(), requests.requireCaller().username(), idempotencyKey, payment);
        return Response.status(201).location(requests.location("payments", paid.payment().id())).entity(paid.payment())
                .header("Idempotent-Replayed", String.valueOf(!paid.created())).build();
    }

    @Override
    public Payment payment(String id) {
        return payments.payment(requests.tenant(), id);
    }

    @Override
    public Response buyGas(String idempotencyKey, IcPurchase purchase) {
        Payments.Paid paid = payments.buyGas(requests.tenant(), requests.requireCaller().username(), idempotencyKey, purchase);
        return Response.status(201).location(requests.location("payments", paid.payment().id())).entity(paid.payment())
                .header("Idempotent-Replayed", String.valueOf(!paid.created())).build();
    }

    @Override
    public NoticesSent notifyLowBalance(Long belowFen) {
        return notices.lowBalance(requests.tenant(), belowFen);
    }

    @Override
    public NoticesSent sendPriceChangeNotices(String category) {
        return notices.priceChange(requests.tenant(), category);
    }

    @Override
    public Page<LowBalance> lowBalance(Long belowFen, Integer page, Integer size) {
        return payments.lowBalance(requests.tenant(), belowFen, PageRequest.of(page, size));
    }

    @Override
    public Response dun(String accountNo, DunningStep step) {
        DunningStep done = dunning.dun(requests.tenant(), requests.requireCaller().username(), accountNo, step);
        return Response.created(requests.location("arrears", accountNo, "dunning", done.id())).entity(done).build();
    }

    @Override
    public Page<DunningStep> dunning(String accountNo, Integer page, Integer size) {
        return dunning.dunning(requests.tenant(), accountNo, PageRequest.of(page, size));
    }

    @Override
    public DunningStep dunningStep(String accountNo, String id) {
        return dunning.step(requests.tenant(), accountNo, id);
    }

    @Override
    public ArrearsReport arrears(String asOf) {
        return dunning.arrears(requests.tenant(), asOf);
    }

    @Override
    public ReceiptsApi receipts() {
        return receipts;
    }

    @Override
    public CashierDaysApi cashierDays() {
        return cashierDays;
    }
}

package com.gasline.metering.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.ws.rs.core.Response;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.ArrearsReport;
import com.gasline.metering.api.rest.Bill;
import com.gasline.metering.api.rest.BillLine;
import com.gasline.metering.api.rest.BillRun;
import com.gasline.metering.api.rest.BulkReadings;
import com.gasline.metering.api.rest.BulkResult;
import com.gasline.metering.api.rest.DunningStep;
import com.gasline.metering.api.rest.IcPurchase;
import com.gasline.metering.api.rest.LowBalance;
import com.gasline.metering.api.rest.Meter;
import com.gasline.metering.api.rest.MeterType;
import com.gasline.metering.api.rest.MeteringApi;
import com.gasline.metering.api.rest.NewBillRun;
import com.gasline.metering.api.rest.NewMeter;
import com.gasline.metering.api.rest.NewPayment;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.api.rest.NewRoute;
import com.gasline.metering.api.rest.Reading;
import com.gasline.metering.api.rest.ReadingOrder;
import com.gasline.metering.api.rest.ReadingResult;
import com.gasline.metering.api.rest.Replacement;
import com.gasline.metering.api.rest.Route;
import com.gasline.metering.api.rest.Tariff;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.internal.service.BillRuns;
import com.gasline.metering.internal.service.Meters;
import com.gasline.metering.internal.service.Payments;
import com.gasline.metering.internal.service.Tariffs;
import com.gasline.metering.internal.rules.PriceVersion;
import com.gasline.metering.internal.store.BillEntity;
import com.gasline.metering.internal.store.BillLineEntity;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteredAccountEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.ReadingEntity;
import com.gasline.metering.internal.store.RouteEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of metering: input checks and views; the work is in {@code billing}. */
public class MeteringResource implements MeteringApi {

    static final int MAX_BULK = 5000;

    private final MeteringStore store;
    private final Meters meters;
    private final Tariffs tariffs;
    private final BillRuns billRuns;
    private final Payments payments;
    private final RequestContext requests;

    public MeteringResource(MeteringStore store, Meters meters, Tariffs tariffs, BillRuns billRuns, Payments payments, RequestContext requests) {
        this.store = store;
        this.meters = meters;
        this.tariffs = tariffs;
        this.billRuns = billRuns;
        this.payments = payments;
        this.requests = requests;
    }

    @Override
    public Response createMeter(NewMeter meter) {
        MeterEntity m = meters.install(requests.tenant(), meter);
        return Response.created(URI.create("meters/" + m.serial)).entity(view(m)).build();
    }

    @Override
    public Meter meter(String serial) {
        MeterEntity m = store.in(requests.tenant(), em -> Meters.find(em, serial));
        return view(m);
    }

    @Override
    public Meter replace(String serial, Replacement replacement) {
        return view(meters.replace(requests.tenant(), requests.requireCaller().username(), serial, replacement));
    }

    @Override
    public Response createRoute(NewRoute route) {
        RouteEntity r = meters.createRoute(requests.tenant(), route);
        return Response.created(URI.create("routes/" + r.id)).entity(route(r.id)).build();
    }

    @Override
    public Route route(String id) {
        return store.in(requests.tenant(), em -> {
            RouteEntity r = route(em, id);
            List<String> serials = em.createQuery("select m.serial from MeterEntity m where m.routeId = :r and m.status = 'ACTIVE' order by m.routeSeq",
                    String.class).setParameter("r", id).getResultList();
            return new Route(r.id, r.name, r.reader, r.cycle, r.readingDay, serials);
        });
    }

    @Override
    public List<ReadingOrder> orders(String id) {
        LocalDate today = store.today(requests.tenant());
        return store.in(requests.tenant(), em -> {
            RouteEntity r = route(em, id);
            int months = "BIMONTHLY".equals(r.cycle) ? 2 : 1;
            List<ReadingOrder> orders = new ArrayList<>();
            for (MeterEntity m : em.createQuery("select m from MeterEntity m where m.routeId = :r and m.status = 'ACTIVE' order by m.routeSeq",
                    MeterEntity.class).setParameter("r", id).getResultList()) {
                // due on the book's reading day one cycle after the last reading; listed once that day is this month or past
                LocalDate due = m.lastReadOn.plusMonths(months).withDayOfMonth(r.readingDay);
                if (!due.isAfter(today.withDayOfMonth(r.readingDay))) {
                    MeteredAccountEntity a = em.find(MeteredAccountEntity.class, m.accountNo);
                    orders.add(new ReadingOrder(m.routeSeq, m.serial, m.accountNo, a == null ? null : a.address, m.lastReading, m.lastReadOn, due));
                }
            }
            return orders;
        });
    }

    @Override
    public Response submitReading(NewReading reading) {
        ReadingEntity r = meters.submit(requests.tenant(), requests.requireCaller(), reading);
        return Response.created(URI.create("readings/" + r.id)).entity(view(r)).build();
    }

    @Override
    public BulkResult submitReadings(BulkReadings bulk) {
        new Validation().check(bulk != null && bulk.readings() != null, "readings", "缺少读数列表", "the readings list is required").throwIfInvalid();
        new Validation().check(bulk.readings().size() <= MAX_BULK, "readings", "一次最多 " + MAX_BULK + " 条", "at most " + MAX_BULK + " per request")
                .throwIfInvalid();
        String tenant = requests.tenant();
        Caller caller = requests.requireCaller();
        List<ReadingResult> results = new ArrayList<>();
        int accepted = 0;
        int anomalies = 0;
        for (int i = 0; i < bulk.readings().size(); i++) {
            try {
                ReadingEntity r = meters.submit(tenant, caller, bulk.readings().get(i));
                accepted++;
                anomalies += r.anomaly == null ? 0 : 1;
                results.add(new ReadingResult(i, 201, view(r), null, List.of()));
            } catch (ProblemException refused) {
                results.add(new ReadingResult(i, refused.status(), null, refused.detail().zh(), refused.errors()));
            }
        }
        return new BulkResult(accepted, results.size() - accepted, anomalies, results);
    }

    @Override
    public Page<Reading> anomalies(Integer page, Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return store.in(requests.tenant(), em -> {
            long total = em.createQuery("select count(r) from ReadingEntity r where r.anomaly is not null and r.reviewed = false", Long.class)
                    .getSingleResult();
            List<Reading> items = em.createQuery("select r from ReadingEntity r where r.anomaly is not null and r.reviewed = false order by r.readOn, r.serial",
                    ReadingEntity.class).setFirstResult(p.offset()).setMaxResults(p.size()).getResultList().stream().map(MeteringResource::view).toList();
            return new Page<>(items, p.page(), p.size(), total);
        });
    }

    @Override
    public Reading review(String readingId) {
        return store.in(requests.tenant(), em -> {
            ReadingEntity r = em.find(ReadingEntity.class, readingId);
            if (r == null) {
                throw Problems.notFound(Text.of("没有这条读数", "No such reading"));
            }
            r.reviewed = true;
            return view(r);
        });
    }

    @Override
    public Tariff addTariffVersion(String category, TariffVersion version) {
        CustomerCategory c = Tariffs.category(category);
        return tariff(c, tariffs.add(requests.tenant(), requests.requireCaller().username(), c, version));
    }

    @Override
    public Tariff tariff(String category) {
        CustomerCategory c = Tariffs.category(category);
        return tariff(c, tariffs.versions(requests.tenant(), c));
    }

    @Override
    public List<String> priceChangeNotices(String category) {
        return tariffs.notices(requests.tenant(), Tariffs.category(category));
    }

    @Override
    public Response startBillRun(NewBillRun run) {
        Validation.requireBody(run);
        BillRun started = billRuns.start(requests.tenant(), requests.requireCaller().username(), run.period(), run.routeId());
        return Response.accepted(started).location(URI.create("bill-runs/" + started.id())).build();
    }

    @Override
    public BillRun billRun(String id) {
        return billRuns.find(requests.tenant(), id);
    }

    @Override
    public List<Bill> bills(String accountNo) {
        String tenant = requests.tenant();
        List<BillEntity> bills = payments.bills(tenant, accountNo);
        return store.in(tenant, em -> bills.stream().map(b -> new Bill(b.id, b.accountNo, b.period, b.fromDate, b.toDate, b.volume, b.amountFen,
                b.paidFen, b.status, b.dueOn, em.createQuery("select l from BillLineEntity l where l.billId = :b order by l.seq", BillLineEntity.class)
                        .setParameter("b", b.id).getResultList().stream()
                        .map(l -> new BillLine(l.seq, l.fromDate, l.toDate, l.tier, l.volume, l.priceFen, l.amountFen, l.tariffYear)).toList()))
                .toList());
    }

    @Override
    public Response pay(String idempotencyKey, NewPayment payment) {
        Payments.Paid paid = payments.pay(requests.tenant(), requests.requireCaller().username(), idempotencyKey, payment);
        return Response.status(201).location(URI.create("payments/" + paid.payment().id())).entity(paid.payment())
                .header("Idempotent-Replayed", String.valueOf(!paid.created())).build();
    }

    @Override
    public Response buyGas(String idempotencyKey, IcPurchase purchase) {
        Payments.Paid paid = payments.buyGas(requests.tenant(), requests.requireCaller().username(), idempotencyKey, purchase);
        return Response.status(201).entity(paid.payment()).header("Idempotent-Replayed", String.valueOf(!paid.created())).build();
    }

    @Override
    public List<LowBalance> lowBalance(Long belowFen) {
        new Validation().check(belowFen == null || belowFen > 0, "belowFen", "须大于 0", "must be more than 0").throwIfInvalid();
        return payments.lowBalance(requests.tenant(), belowFen == null ? 2000 : belowFen);
    }

    @Override
    public Response dun(String accountNo, DunningStep step) {
        return Response.status(201).entity(payments.dun(requests.tenant(), requests.requireCaller().username(), accountNo, step)).build();
    }

    @Override
    public List<DunningStep> dunning(String accountNo) {
        return payments.dunning(requests.tenant(), accountNo);
    }

    @Override
    public ArrearsReport arrears(String asOf) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? store.today(requests.tenant()) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw Problems.validation(List.of(new FieldError("asOf", Text.of("日期格式为 YYYY-MM-DD", "format YYYY-MM-DD"))));
        }
        return payments.arrears(requests.tenant(), day);
    }

    private static RouteEntity route(EntityManager em, String id) {
        RouteEntity r = em.find(RouteEntity.class, id);
        if (r == null) {
            throw Problems.notFound(Text.of("没有这个抄表册", "No such reading book"));
        }
        return r;
    }

    private static Tariff tariff(CustomerCategory c, List<PriceVersion> versions) {
        return new Tariff(c, versions.stream().map(PriceVersion::view).toList());
    }

    private static Meter view(MeterEntity m) {
        return new Meter(m.serial, m.accountNo, MeterType.valueOf(m.type), m.digits, m.installedOn, m.initialReading, m.status, m.lastReading,
                m.lastReadOn, m.routeId, m.replacedBy, m.finalReading, m.version);
    }

    private static Reading view(ReadingEntity r) {
        return new Reading(r.id, r.serial, r.accountNo, r.value, r.readOn, r.source, r.reader, r.consumption, r.rollover, r.anomaly, r.reviewed,
                r.billId);
    }
}

package com.gasline.appointments.internal.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.appointments.api.rest.Appointment;
import com.gasline.appointments.api.rest.AppointmentStatus;
import com.gasline.appointments.api.rest.Arrival;
import com.gasline.appointments.api.rest.Cancellation;
import com.gasline.appointments.api.rest.NewAppointment;
import com.gasline.appointments.api.rest.VisitKind;
import com.gasline.appointments.api.rest.Window;
import com.gasline.appointments.internal.rules.WindowRules;
import com.gasline.appointments.internal.store.AppointmentEntity;
import com.gasline.appointments.internal.store.AppointmentStore;
import com.gasline.appointments.internal.store.WindowEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * Bookings into windows. The window's row is locked while its bookings of the day are counted, so two agents never
 * both take its last place; the customer is given the window's times as they are at booking.
 */
@Component(service = Bookings.class)
public class Bookings {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final Map<VisitKind, String> SERVICE = Map.of(VisitKind.INSTALLATION, "燃气设施安装", VisitKind.REPAIR, "上门维修",
            VisitKind.INSPECTION, "入户安检", VisitKind.TURN_ON, "通气点火");

    private final AppointmentStore store;
    private final Sequences sequences;
    private final Notifications notifications;

    @Activate
    public Bookings(@Reference AppointmentStore store, @Reference Sequences sequences, @Reference Notifications notifications) {
        this.store = store;
        this.sequences = sequences;
        this.notifications = notifications;
    }

    public Appointment book(String tenant, Caller caller, NewAppointment a) {
        Validation.requireBody(a);
        new Validation().required("kind", a.kind()).required("day", a.day()).required("window", a.window())
                .required("customerName", a.customerName()).maxLength("customerName", a.customerName(), 100)
                .matches("phone", a.phone(), PHONE, "5 到 20 位数字", "5 to 20 digits").required("address", a.address())
                .maxLength("address", a.address(), 300).maxLength("accountNo", a.accountNo(), 40).maxLength("ticketNo", a.ticketNo(), 40)
                .maxLength("note", a.note(), 500).maxLength("customerId", a.customerId(), 64).throwIfInvalid();
        String id = "YY" + sequences.next(tenant, "appointment");
        Appointment booked = store.in(tenant, em -> {
            WindowEntity w = window(em, a.window());
            ZoneId zone = store.zone(tenant);
            OffsetDateTime startsAt = a.day().atTime(LocalTime.parse(w.starts)).atZone(zone).toOffsetDateTime();
            OffsetDateTime endsAt = a.day().atTime(LocalTime.parse(w.ends)).atZone(zone).toOffsetDateTime();
            try {
                WindowRules.bookable(a.day(), endsAt, store.now(tenant), store.today(tenant), VisitWindows.read(em).bookingDaysAhead())
                        .throwIfInvalid();
            } catch (ProblemException e) {
                // a well-formed request the calendar refuses (window over, too far ahead): a rule, not a malformed field
                throw Problems.ruleViolated(Text.of("该时段不能预约", "The window cannot be booked"), e.errors());
            }
            long taken = em.createQuery("select count(a) from AppointmentEntity a where a.day = :d and a.window = :w and a.status <> 'CANCELLED'",
                    Long.class).setParameter("d", a.day()).setParameter("w", w.code).getSingleResult();
            if (taken >= w.capacity) {
                throw Problems.conflict(Text.of(a.day() + " " + w.starts + "–" + w.ends + " 时段已约满，请选择其他时段",
                        "The window " + a.day() + " " + w.starts + "–" + w.ends + " is fully booked; choose another"));
            }
            AppointmentEntity e = new AppointmentEntity();
            e.id = id;
            e.kind = a.kind().name();
            e.status = AppointmentStatus.BOOKED.name();
            e.day = a.day();
            e.window = w.code;
            e.startsAt = startsAt;
            e.endsAt = endsAt;
            e.customerName = a.customerName().strip();
            e.phone = a.phone().strip();
            e.address = a.address().strip();
            e.accountNo = a.accountNo();
            e.customerId = a.customerId() == null || a.customerId().isBlank() ? null : a.customerId().strip();
            e.ticketNo = a.ticketNo();
            e.note = a.note();
            e.bookedBy = caller.username();
            e.bookedAt = store.now(tenant);
            em.persist(e);
            return Views.appointment(e);
        });
        confirm(tenant, booked, a.customerId());
        return booked;
    }

    /** 预约确认: the customer is told the window; without a customer id the phone number keys the delivery record. */
    private void confirm(String tenant, Appointment a, String customerId) {
        String window = DAY.format(a.day()) + " " + a.startsAt().toLocalTime() + "–" + a.endsAt().toLocalTime();
        notifications.send(tenant, new NoticeRequest(NoticeKinds.APPOINTMENT, new NoticeRequest.Recipient(
                customerId == null || customerId.isBlank() ? "phone:" + a.phone() : customerId, a.accountNo(), a.customerName()),
                Map.of("sms", a.phone()), Map.of("service", service(a.kind().name()), "window", window, "address", a.address()), false,
                "appointment:" + a.id()));
    }

    /** What the customer reads the visit is for. */
    static String service(String kind) {
        return SERVICE.get(VisitKind.valueOf(kind));
    }

    /** The window, locked; the branch's default windows become rows on the first booking so that they can be locked. */
    private static WindowEntity window(EntityManager em, String code) {
        if (em.createQuery("select count(w) from WindowEntity w", Long.class).getSingleResult() == 0) {
            for (Window d : VisitWindows.DEFAULTS.windows()) {
                WindowEntity e = new WindowEntity();
                e.code = d.code();
                e.starts = d.starts();
                e.ends = d.ends();
                e.capacity = d.capacity();
                e.active = true;
                em.persist(e);
            }
            em.flush();
        }
        WindowEntity w = em.find(WindowEntity.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (w == null || !w.active) {
            throw Problems.validation(List.of(new FieldError("window",
                    Text.of("没有这个时段", "no such window"))));
        }
        return w;
    }

    public Page<Appointment> list(String tenant, LocalDate day, AppointmentStatus status, PageRequest page) {
        String where = " where a.day = :d" + (status == null ? "" : " and a.status = :s");
        return store.in(tenant, em -> {
            TypedQuery<Long> count = em.createQuery("select count(a) from AppointmentEntity a" + where, Long.class);
            TypedQuery<AppointmentEntity> items = em.createQuery("select a from AppointmentEntity a" + where + " order by a.startsAt, a.id",
                    AppointmentEntity.class);
            count.setParameter("d", day);
            items.setParameter("d", day);
            if (status != null) {
                count.setParameter("s", status.name());
                items.setParameter("s", status.name());
            }
            return page.read(count, items, Views::appointment);
        });
    }

    public Appointment get(String tenant, String id) {
        return Views.appointment(store.in(tenant, em -> find(em, id)));
    }

    /** Arrival is stamped once, and measured against the window the customer was told. */
    public Appointment arrive(String tenant, Caller caller, String id, Arrival arrival) {
        OffsetDateTime now = store.now(tenant);
        OffsetDateTime at = arrival == null || arrival.arrivedAt() == null ? now : arrival.arrivedAt();
        new Validation().check(!at.isAfter(now.plusMinutes(5)), "arrivedAt", "不能是将来的时间", "must not be in the future").throwIfInvalid();
        return store.in(tenant, em -> {
            AppointmentEntity e = find(em, id);
            if (!AppointmentStatus.BOOKED.name().equals(e.status)) {
                throw Problems.conflict(Text.of("该预约已" + (e.arrivedAt != null ? "到达" : "取消"), "The appointment is " + e.status));
            }
            e.status = AppointmentStatus.ARRIVED.name();
            e.arrivedAt = at.atZoneSameInstant(store.zone(tenant)).toOffsetDateTime();
            e.arrivedBy = caller.username();
            e.onTime = WindowRules.onTime(at, e.startsAt, e.endsAt);
            return Views.appointment(e);
        });
    }

    public Appointment cancel(String tenant, Caller caller, String id, Cancellation c) {
        Validation.requireBody(c);
        new Validation().required("reason", c.reason()).maxLength("reason", c.reason(), 300).throwIfInvalid();
        return store.in(tenant, em -> {
            AppointmentEntity e = find(em, id);
            if (!AppointmentStatus.BOOKED.name().equals(e.status)) {
                throw Problems.conflict(Text.of("只能取消未上门的预约", "Only a booked visit can be cancelled"));
            }
            e.status = AppointmentStatus.CANCELLED.name();
            e.cancelReason = c.reason().strip();
            e.cancelledBy = caller.username();
            e.cancelledAt = store.now(tenant);
            return Views.appointment(e);
        });
    }

    private static AppointmentEntity find(EntityManager em, String id) {
        AppointmentEntity e = em.find(AppointmentEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw Problems.notFound(Text.of("没有这个预约", "No such appointment"));
        }
        return e;
    }
}

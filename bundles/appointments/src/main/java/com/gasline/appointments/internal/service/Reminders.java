package com.gasline.appointments.internal.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.appointments.api.rest.Reminded;
import com.gasline.appointments.internal.store.AppointmentEntity;
import com.gasline.appointments.internal.store.AppointmentStore;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;

/**
 * 预约提醒: the day before, every customer with a booked visit is reminded of its window. Notices are idempotent per
 * subject, so running this again (every hour, on every node) reminds nobody twice; quiet hours hold a reminder made
 * at night until morning.
 */
@Component(service = Reminders.class)
public class Reminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final AppointmentStore store;
    private final Notifications notifications;

    @Activate
    public Reminders(@Reference AppointmentStore store, @Reference Notifications notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    public Reminded remindTomorrow(String tenant) {
        LocalDate tomorrow = store.today(tenant).plusDays(1);
        List<AppointmentEntity> due = store.in(tenant, em -> em.createQuery(
                "select a from AppointmentEntity a where a.day = :d and a.status = 'BOOKED' order by a.id", AppointmentEntity.class)
                .setParameter("d", tomorrow).getResultList());
        for (AppointmentEntity a : due) {
            String window = DAY.format(a.day) + " " + a.startsAt.toLocalTime() + "–" + a.endsAt.toLocalTime();
            notifications.send(tenant, new NoticeRequest(NoticeKinds.APPOINTMENT_REMINDER, new NoticeRequest.Recipient(
                    a.customerId == null ? "phone:" + a.phone : a.customerId, a.accountNo, a.customerName), Map.of("sms", a.phone),
                    Map.of("service", Bookings.service(a.kind), "window", window, "address", a.address), false,
                    "appointment-reminder:" + a.id));
        }
        return new Reminded(tomorrow, due.size());
    }
}

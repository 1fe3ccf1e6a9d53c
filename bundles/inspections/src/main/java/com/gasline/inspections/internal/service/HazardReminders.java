package com.gasline.inspections.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.inspections.api.rest.HazardGrade;
import com.gasline.inspections.api.rest.Reminded;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;

/**
 * 隐患整改提醒: a customer whose hazard is still open the day before its deadline (or after it) is reminded once more.
 * Notices are idempotent per subject, so the hourly sweep on every node reminds nobody twice.
 */
@Component(service = HazardReminders.class)
public class HazardReminders {

    private final InspectionStore store;
    private final Notifications notifications;

    @Activate
    public HazardReminders(@Reference InspectionStore store, @Reference Notifications notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    public Reminded remindDue(String tenant) {
        LocalDate dueBy = store.today(tenant).plusDays(1);
        List<Object[]> open = store.in(tenant, em -> em.createQuery("select h.id, h.accountNo, h.description, h.deadline, h.grade,"
                + " i.customerId, i.customerName, i.address, i.area from HazardEntity h, InspectionEntity i"
                + " where i.id = h.inspectionId and h.status = 'OPEN' and h.deadline <= :d order by h.id", Object[].class)
                .setParameter("d", dueBy).getResultList());
        for (Object[] h : open) {
            String customer = h[5] == null ? (String) h[1] : (String) h[5];
            String address = h[7] == null ? String.valueOf(h[8]) : (String) h[7];
            notifications.send(tenant, new NoticeRequest(NoticeKinds.HAZARD_REMINDER, new NoticeRequest.Recipient(customer, (String) h[1],
                    (String) h[6]), Map.of(), Map.of("address", address, "hazard", (String) h[2], "deadline", h[3].toString()),
                    HazardGrade.CRITICAL.name().equals(h[4]), "hazard-due:" + h[0]));
        }
        return new Reminded(dueBy, open.size());
    }
}

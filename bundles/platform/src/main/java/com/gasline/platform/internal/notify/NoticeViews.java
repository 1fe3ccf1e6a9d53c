package com.gasline.platform.internal.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.notify.NoticeDelivery;
import com.gasline.platform.api.notify.CustomerNotice;

/** Reads notices with their delivery rows, inside a tenant transaction. */
final class NoticeViews {

    private NoticeViews() {
    }

    static Optional<NoticeEntity> existing(EntityManager em, String subject, String kind, String customerId) {
        return em.createQuery("select n from NoticeEntity n where n.subject = :s and n.kind = :k and n.customerId = :c", NoticeEntity.class)
                .setParameter("s", subject).setParameter("k", kind).setParameter("c", customerId).getResultStream().findFirst();
    }

    static CustomerNotice view(EntityManager em, NoticeEntity n) {
        return view(n, deliveries(em, List.of(n.id)).getOrDefault(n.id, List.of()));
    }

    static CustomerNotice view(NoticeEntity n, List<DeliveryEntity> deliveries) {
        return new CustomerNotice(n.id, n.kind, n.subject, n.customerId, n.accountNo, n.customerName, n.emergency, n.title, n.body, n.createdAt,
                deliveries.stream().map(NoticeViews::delivery).toList());
    }

    static NoticeDelivery delivery(DeliveryEntity d) {
        return new NoticeDelivery(d.id, d.noticeId, d.customerId, d.channel, d.address, d.status, d.reason, d.attempt, d.dueAt, d.recordedAt);
    }

    /** A page of notices matching {@code where} (one parameter {@code :v}), each with its deliveries, in two queries. */
    static Page<CustomerNotice> page(EntityManager em, PageRequest page, String where, String value, String order) {
        Page<NoticeEntity> notices = page.read(
                em.createQuery("select count(n) from NoticeEntity n where " + where, Long.class).setParameter("v", value),
                em.createQuery("select n from NoticeEntity n where " + where + " order by " + order, NoticeEntity.class).setParameter("v", value),
                n -> n);
        Map<String, List<DeliveryEntity>> rows = deliveries(em, notices.items().stream().map(n -> n.id).toList());
        return new Page<>(notices.items().stream().map(n -> view(n, rows.getOrDefault(n.id, List.of()))).toList(), notices.page(),
                notices.size(), notices.total());
    }

    private static Map<String, List<DeliveryEntity>> deliveries(EntityManager em, List<String> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from DeliveryEntity d where d.noticeId in :ids order by d.attempt, d.recordedAt", DeliveryEntity.class)
                .setParameter("ids", noticeIds).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.noticeId, Collectors.toList()));
    }
}

package com.gasline.platform.internal.notify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.notify.ContactPreferences;
import com.gasline.platform.api.notify.NoticeDelivery;
import com.gasline.platform.api.notify.CustomerNotice;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * Records notices and their first delivery row (QUEUED for now or for the end of quiet hours, or UNDELIVERABLE
 * with the reason) in one transaction, then asks {@link NoticeDispatch} to send what is due.
 */
@Component(service = Notifications.class)
public class NotificationsImpl implements Notifications {

    private final NoticeStore store;
    private final ContactBook contacts;
    private final ChannelRegistry channels;
    private final NoticeDispatch dispatch;
    private final Templates templates = Templates.load();

    @Activate
    public NotificationsImpl(@Reference NoticeStore store, @Reference ContactBook contacts, @Reference ChannelRegistry channels,
            @Reference NoticeDispatch dispatch) {
        this.store = store;
        this.contacts = contacts;
        this.channels = channels;
        this.dispatch = dispatch;
    }

    @Override
    public CustomerNotice send(String tenant, NoticeRequest request) {
        return sendAll(tenant, List.of(request)).get(0);
    }

    @Override
    public List<CustomerNotice> sendAll(String tenant, List<NoticeRequest> requests) {
        List<Templates.Rendered> rendered = new ArrayList<>();
        for (NoticeRequest r : requests) {
            rendered.add(checkAndRender(r));
        }
        QuietHoursRule quiet = QuietHoursRule.of(contacts.quietHours(tenant));
        Set<String> installed = channels.ids();
        // the first notice recorded now that is due at once: it names the sending job, so a repeat queues none
        String[] due = { null };
        List<CustomerNotice> sent = store.in(tenant, em -> {
            OffsetDateTime now = store.now(tenant);
            List<CustomerNotice> out = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                NoticeRequest r = requests.get(i);
                Optional<NoticeEntity> before = NoticeViews.existing(em, r.subject(), r.kind(), r.recipient().customerId());
                if (before.isPresent()) {
                    out.add(NoticeViews.view(em, before.get()));
                    continue;
                }
                NoticeEntity n = notice(r, rendered.get(i), now);
                em.persist(n);
                DeliveryEntity d = firstDelivery(tenant, em, n, r, quiet, installed, now);
                em.persist(d);
                if (due[0] == null && NoticeDelivery.QUEUED.equals(d.status) && !d.dueAt.isAfter(now)) {
                    due[0] = n.id;
                }
                out.add(NoticeViews.view(n, List.of(d)));
            }
            return out;
        });
        if (due[0] != null) {
            dispatch.sendDue(tenant, due[0]);
        }
        return sent;
    }

    private Templates.Rendered checkAndRender(NoticeRequest r) {
        Validation.requireBody(r);
        NoticeRequest.Recipient who = r.recipient();
        new Validation().check(Validation.oneOf(r.kind(), NoticeKinds.ALL), "kind", "通知类型须为 " + String.join("、", NoticeKinds.ALL) + " 之一",
                "must be one of " + String.join(", ", NoticeKinds.ALL))
                .required("recipient", who).required("subject", r.subject()).maxLength("subject", r.subject(), 200)
                .check(who == null || who.customerId() != null && !who.customerId().isBlank() && who.customerId().length() <= 64,
                        "recipient.customerId", "客户编号必填，最长 64 个字符", "is required, at most 64 characters")
                .throwIfInvalid();
        Map<String, String> params = new HashMap<>(r.params());
        params.putIfAbsent("customerName", who.name() == null || who.name().isBlank() ? "尊敬的客户" : who.name());
        params.putIfAbsent("accountNo", who.accountNo() == null ? "" : who.accountNo());
        new Validation().maxLength("recipient.accountNo", who.accountNo(), 64).maxLength("recipient.name", who.name(), 200).throwIfInvalid();
        try {
            Templates.Rendered text = templates.render(r.kind(), params);
            new Validation().check(text.body().length() <= 4000, "params", "参数过长，通知正文超过 4000 字", "too long: the notice would pass 4000 characters")
                    .throwIfInvalid();
            return text;
        } catch (Templates.MissingParameters e) {
            throw Problems.validation(e.names().stream().map(name -> new FieldError("params." + name,
                    Text.of("通知模板需要此参数", "the " + r.kind() + " template needs this parameter"))).toList());
        }
    }

    private static NoticeEntity notice(NoticeRequest r, Templates.Rendered text, OffsetDateTime now) {
        NoticeEntity n = new NoticeEntity();
        n.id = UUID.randomUUID().toString();
        n.kind = r.kind();
        n.subject = r.subject();
        n.customerId = r.recipient().customerId();
        n.accountNo = r.recipient().accountNo();
        n.customerName = r.recipient().name();
        n.emergency = r.emergency();
        n.title = text.title();
        n.body = text.body();
        n.createdAt = now;
        return n;
    }

    private DeliveryEntity firstDelivery(String tenant, EntityManager em, NoticeEntity n, NoticeRequest r, QuietHoursRule quiet, Set<String> installed,
            OffsetDateTime now) {
        ContactPreferences prefs = ContactBook.latest(em, n.customerId).map(contacts::view).orElse(null);
        ChannelChoice.Choice choice = ChannelChoice.choose(n.kind, n.emergency, prefs, r.addresses(), installed);
        DeliveryEntity d = new DeliveryEntity();
        d.id = UUID.randomUUID().toString();
        d.noticeId = n.id;
        d.customerId = n.customerId;
        d.attempt = 1;
        d.recordedAt = now;
        if (!choice.reachable()) {
            d.status = NoticeDelivery.UNDELIVERABLE;
            d.reason = choice.undeliverable();
            d.dueAt = now;
            return d;
        }
        d.channel = choice.channel();
        d.address = choice.address();
        d.status = NoticeDelivery.QUEUED;
        d.dueAt = quiet.sendAt(now.atZoneSameInstant(store.clock().zone(tenant)), n.emergency).toOffsetDateTime();
        return d;
    }

    @Override
    public Optional<CustomerNotice> find(String tenant, String noticeId) {
        return store.in(tenant, em -> Optional.ofNullable(noticeId == null ? null : em.find(NoticeEntity.class, noticeId))
                .map(n -> NoticeViews.view(em, n)));
    }

    @Override
    public Page<CustomerNotice> bySubject(String tenant, String subject, PageRequest page) {
        return store.in(tenant, em -> NoticeViews.page(em, page, "n.subject = :v", subject, "n.accountNo, n.customerId"));
    }

    @Override
    public Page<CustomerNotice> byCustomer(String tenant, String customerId, PageRequest page) {
        return store.in(tenant, em -> NoticeViews.page(em, page, "n.customerId = :v", customerId, "n.createdAt desc, n.id"));
    }
}

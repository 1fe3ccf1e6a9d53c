package com.gasline.platform.internal.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.platform.api.notify.ContactChange;
import com.gasline.platform.api.notify.ContactPreferences;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.QuietHours;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Customers' contact preferences and the branch's quiet hours; every change is a new version, the latest applies. */
@Component(service = ContactBook.class)
public class ContactBook {

    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final NoticeStore store;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public ContactBook(@Reference NoticeStore store) {
        this.store = store;
    }

    public Optional<ContactPreferences> preferences(String tenant, String customerId) {
        return store.in(tenant, em -> latest(em, customerId).map(this::view));
    }

    public ContactPreferences change(String tenant, String actor, String customerId, ContactChange c) {
        Validation.requireBody(c);
        Validation v = new Validation().required("channels", c.channels()).required("addresses", c.addresses())
                .check(customerId != null && customerId.length() <= 64, "customerId", "客户编号最长 64 个字符", "at most 64 characters");
        v.check(c.channels() == null || c.channels().size() <= 10, "channels", "最多 10 个渠道", "at most 10 channels")
                .check(c.addresses() == null || c.addresses().size() <= 10, "addresses", "最多 10 个地址", "at most 10 addresses");
        if (c.channels() != null) {
            v.requireEach("channels", c.channels());
            v.check(c.channels().stream().allMatch(ch -> ch == null || CHANNEL_ID.matcher(ch).matches()), "channels",
                    "渠道编号须为小写字母开头的短名（如 email、sms、wechat）", "channel ids are short lower-case names such as email, sms, wechat");
        }
        if (c.addresses() != null) {
            c.addresses().forEach((channel, address) -> v
                    .check(channel != null && CHANNEL_ID.matcher(channel).matches(), "addresses", "地址须以渠道编号为键", "keys must be channel ids")
                    .check(address != null && !address.isBlank() && address.length() <= 200, "addresses." + channel, "地址不能为空，最长 200 个字符",
                            "must not be blank, at most 200 characters")
                    .check(!"email".equals(channel) || address == null || EMAIL.matcher(address).matches(), "addresses.email",
                            "电子邮箱格式不正确", "is not an e-mail address"));
        }
        List<String> optOuts = c.optOuts() == null ? List.of() : c.optOuts();
        v.requireEach("optOuts", optOuts).check(optOuts.size() <= 20, "optOuts", "最多 20 项", "at most 20 kinds");
        v.check(optOuts.stream().allMatch(k -> k == null || NoticeKinds.ALL.contains(k)), "optOuts", "通知类型须为 " + String.join("、", NoticeKinds.ALL) + " 之一",
                "must be among " + String.join(", ", NoticeKinds.ALL)).throwIfInvalid();
        return store.in(tenant, em -> {
            ContactEntity e = new ContactEntity();
            e.customerId = customerId;
            e.version = latest(em, customerId).map(l -> l.version + 1).orElse(1);
            e.channels = List.copyOf(c.channels());
            e.addresses = write(new TreeMap<>(c.addresses()));
            e.optOuts = List.copyOf(optOuts);
            e.updatedAt = store.now(tenant);
            e.updatedBy = actor;
            em.persist(e);
            return view(e);
        });
    }

    public QuietHours quietHours(String tenant) {
        return store.in(tenant, em -> latestQuiet(em).map(q -> new QuietHours(q.from, q.to)).orElse(QuietHours.DEFAULT));
    }

    public QuietHours setQuietHours(String tenant, String actor, QuietHours q) {
        Validation.requireBody(q);
        new Validation().required("from", q.from()).required("to", q.to())
                .check(q.from() == null || QuietHoursRule.valid(q.from()), "from", "须为 HH:mm，如 21:00", "must be HH:mm such as 21:00")
                .check(q.to() == null || QuietHoursRule.valid(q.to()), "to", "须为 HH:mm，如 08:00", "must be HH:mm such as 08:00")
                .throwIfInvalid();
        return store.in(tenant, em -> {
            QuietEntity e = new QuietEntity();
            e.version = latestQuiet(em).map(l -> l.version + 1).orElse(1);
            e.from = q.from();
            e.to = q.to();
            e.updatedAt = store.now(tenant);
            e.updatedBy = actor;
            em.persist(e);
            return new QuietHours(e.from, e.to);
        });
    }

    static Optional<ContactEntity> latest(EntityManager em, String customerId) {
        return em.createQuery("select c from ContactEntity c where c.customerId = :c order by c.version desc", ContactEntity.class)
                .setParameter("c", customerId).setMaxResults(1).getResultStream().findFirst();
    }

    private static Optional<QuietEntity> latestQuiet(EntityManager em) {
        return em.createQuery("select q from QuietEntity q order by q.version desc", QuietEntity.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    ContactPreferences view(ContactEntity e) {
        return new ContactPreferences(e.customerId, e.channels, read(e.addresses), e.optOuts, e.version, e.updatedAt, e.updatedBy);
    }

    private String write(Map<String, String> addresses) {
        try {
            return json.writeValueAsString(addresses);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a map of strings always has a JSON form", e);
        }
    }

    private Map<String, String> read(String column) {
        try {
            return column == null || column.isEmpty() ? Map.of() : Map.copyOf(json.readValue(column, MAP));
        } catch (JsonProcessingException e) {
            throw Problems.conflict(Text.of("联系方式记录已损坏", "The stored contact addresses are unreadable"));
        }
    }
}

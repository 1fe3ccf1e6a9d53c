package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.Tariff;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.internal.rules.PriceVersion;
import com.gasline.metering.internal.rules.Restructuring;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.TariffEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** 气价 per customer category, one row per version; a version once added is never rewritten. */
@Component(service = Tariffs.class)
public class Tariffs {

    private final MeteringStore store;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Activate
    public Tariffs(@Reference MeteringStore store) {
        this.store = store;
    }

    /** Adds a version; an unknown category is a 404 before the version is checked. */
    public Tariff add(String tenant, String actor, String categoryName, TariffVersion version) {
        CustomerCategory category = category(categoryName);
        PriceVersion checked = PriceVersion.of(version);
        store.in(tenant, em -> {
            boolean exists = !em.createQuery("select t from TariffEntity t where t.category = :c and t.effectiveFrom = :d", TariffEntity.class)
                    .setParameter("c", category.name()).setParameter("d", checked.effectiveFrom()).getResultList().isEmpty();
            if (exists) {
                throw Problems.conflict(Text.of("该日期已有气价版本，不能覆盖；请用新的生效日期", "A version already takes effect on that date; add one with a new date"));
            }
            persist(em, tenant, actor, category, checked);
            return null;
        });
        return tariff(category, versions(tenant, category));
    }

    /**
     * Puts a group's tariff structure on the branch's own prices (see {@link Restructuring}): per category a new
     * version, unless the newest already has that structure. All categories or none: 422 naming
     * {@code categories[i]…} when the branch's prices do not fit one.
     */
    public void restructure(String tenant, String actor, LocalDate notBefore, Map<CustomerCategory, TariffVersion> structures) {
        LocalDate today = store.today(tenant);
        store.in(tenant, em -> {
            List<FieldError> errors = new ArrayList<>();
            Map<CustomerCategory, PriceVersion> next = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<CustomerCategory, TariffVersion> s : structures.entrySet()) {
                List<PriceVersion> versions = versions(em, s.getKey());
                PriceVersion newest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
                FieldError unfit = Restructuring.unmappable("categories[" + i++ + "]", s.getValue(), newest);
                if (unfit != null) {
                    errors.add(unfit);
                    continue;
                }
                LocalDate day = Restructuring.effectiveDay(notBefore, today, newest.effectiveFrom());
                PriceVersion priced = Restructuring.priced(s.getValue(), newest, day);
                if (!Restructuring.sameStructure(newest, priced)) {
                    next.put(s.getKey(), priced);
                }
            }
            if (!errors.isEmpty()) {
                throw Problems.ruleViolated(Text.of("本分公司的气价套不进模板的阶梯结构", "The branch's prices do not fit the template's tier structure"),
                        errors);
            }
            next.forEach((category, version) -> persist(em, tenant, actor, category, version));
            return null;
        });
    }

    private void persist(EntityManager em, String tenant, String actor, CustomerCategory category, PriceVersion version) {
        TariffEntity t = new TariffEntity();
        t.id = UUID.randomUUID().toString();
        t.category = category.name();
        t.effectiveFrom = version.effectiveFrom();
        try {
            t.spec = json.writeValueAsString(version.view());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        t.createdBy = actor;
        t.createdAt = store.now(tenant);
        em.persist(t);
    }

    public Tariff tariff(String tenant, String categoryName) {
        CustomerCategory category = category(categoryName);
        return tariff(category, versions(tenant, category));
    }

    List<PriceVersion> versions(String tenant, CustomerCategory category) {
        return store.in(tenant, em -> versions(em, category));
    }

    List<PriceVersion> versions(EntityManager em, CustomerCategory category) {
        return em.createQuery("select t from TariffEntity t where t.category = :c order by t.effectiveFrom", TariffEntity.class)
                .setParameter("c", category.name()).getResultList().stream().map(this::parse).toList();
    }

    /** 气价调整通知: active metered accounts of the category when a version takes effect after today. */
    public Page<String> notices(String tenant, String categoryName, PageRequest page) {
        CustomerCategory category = category(categoryName);
        boolean pending = versions(tenant, category).stream().anyMatch(v -> v.effectiveFrom().isAfter(store.today(tenant)));
        if (!pending) {
            return page.slice(List.of());
        }
        String where = " from MeteredAccountEntity a where a.category = :c and a.state = 'ACTIVE'";
        return store.in(tenant, em -> page.read(em.createQuery("select count(a)" + where, Long.class).setParameter("c", category.name()),
                em.createQuery("select a.accountNo" + where + " order by a.accountNo", String.class).setParameter("c", category.name()), no -> no));
    }

    private static CustomerCategory category(String value) {
        try {
            return CustomerCategory.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problems.notFound(Text.of("没有这个用户类别", "No such customer category"));
        }
    }

    private static Tariff tariff(CustomerCategory category, List<PriceVersion> versions) {
        return new Tariff(category, versions.stream().map(PriceVersion::view).toList());
    }

    private PriceVersion parse(TariffEntity t) {
        try {
            return PriceVersion.of(json.readValue(t.spec, TariffVersion.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable tariff " + t.id, e);
        }
    }
}

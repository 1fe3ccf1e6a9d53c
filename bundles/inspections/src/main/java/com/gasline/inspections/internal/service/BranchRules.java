package com.gasline.inspections.internal.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.inspections.api.rest.InspectionRules;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.inspections.internal.store.RuleEntity;
import com.gasline.platform.api.problem.Validation;

/**
 * A branch's inspection rules. Until a branch sets its own: residential households twice a year (GB/T 28885),
 * commercial ones once a year, 72 hours of notice, three tries before a household counts as unreachable.
 */
@Component(service = BranchRules.class)
public class BranchRules {

    static final InspectionRules DEFAULTS = new InspectionRules(
            Map.of(CustomerCategory.RESIDENTIAL, 6, CustomerCategory.COMMERCIAL, 12), 72, 3);
    private static final String INTERVAL = "interval.";

    private final InspectionStore store;

    @Activate
    public BranchRules(@Reference InspectionStore store) {
        this.store = store;
    }

    public InspectionRules rules(String tenant) {
        return store.in(tenant, BranchRules::read);
    }

    static InspectionRules read(EntityManager em) {
        List<RuleEntity> rows = em.createQuery("select r from RuleEntity r", RuleEntity.class).getResultList();
        if (rows.isEmpty()) {
            return DEFAULTS;
        }
        Map<CustomerCategory, Integer> intervals = new EnumMap<>(CustomerCategory.class);
        int notice = DEFAULTS.noticeHours();
        int attempts = DEFAULTS.noAccessAttempts();
        for (RuleEntity r : rows) {
            if (r.name.startsWith(INTERVAL) && r.value > 0) {
                intervals.put(CustomerCategory.valueOf(r.name.substring(INTERVAL.length())), r.value);
            } else if (r.name.equals("noticeHours")) {
                notice = r.value;
            } else if (r.name.equals("noAccessAttempts")) {
                attempts = r.value;
            }
        }
        return new InspectionRules(intervals, notice, attempts);
    }

    /** The whole rule set is replaced: a class left out is no longer planned. The change is in the audit log. */
    public InspectionRules change(String tenant, InspectionRules rules) {
        Validation.requireBody(rules);
        Validation v = new Validation().required("intervalMonths", rules.intervalMonths()).required("noticeHours", rules.noticeHours())
                .required("noAccessAttempts", rules.noAccessAttempts())
                .check(rules.noticeHours() == null || rules.noticeHours() >= 24 && rules.noticeHours() <= 720, "noticeHours",
                        "须在 24 到 720 小时之间", "must be 24 to 720 hours")
                .check(rules.noAccessAttempts() == null || rules.noAccessAttempts() >= 1 && rules.noAccessAttempts() <= 5,
                        "noAccessAttempts", "须在 1 到 5 次之间", "must be 1 to 5");
        if (rules.intervalMonths() != null) {
            rules.intervalMonths().forEach((category, months) -> v.check(category != null && months != null && months >= 1 && months <= 60,
                    "intervalMonths." + category, "须在 1 到 60 个月之间", "must be 1 to 60 months"));
        }
        v.throwIfInvalid();
        return store.in(tenant, em -> {
            for (CustomerCategory category : CustomerCategory.values()) {
                put(em, INTERVAL + category.name(), rules.intervalMonths().getOrDefault(category, 0));
            }
            put(em, "noticeHours", rules.noticeHours());
            put(em, "noAccessAttempts", rules.noAccessAttempts());
            return new InspectionRules(Map.copyOf(rules.intervalMonths()), rules.noticeHours(), rules.noAccessAttempts());
        });
    }

    /** Rules are settings, not records: a value is replaced where it is (0 months: the class is not planned). */
    private static void put(EntityManager em, String name, int value) {
        RuleEntity r = em.find(RuleEntity.class, name);
        if (r == null) {
            r = new RuleEntity();
            r.name = name;
            em.persist(r);
        }
        r.value = value;
    }
}

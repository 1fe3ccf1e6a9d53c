package com.gasline.inspections.internal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.AccountSummary;
import com.gasline.inspections.api.rest.InspectionRules;
import com.gasline.inspections.api.rest.InspectionStatus;
import com.gasline.inspections.api.rest.NewPlan;
import com.gasline.inspections.api.rest.Plan;
import com.gasline.inspections.internal.rules.PlanRule;
import com.gasline.inspections.internal.store.InspectionEntity;
import com.gasline.inspections.internal.store.InspectionStore;
import com.gasline.inspections.internal.store.PlanEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.persistence.Sequences;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** 安检计划: the active accounts of an area that are due in the period, by the branch's rules, one inspection each. */
@Component(service = Plans.class)
public class Plans {

    private static final int PAGE = 1000;

    private final InspectionStore store;
    private final AccountDirectory accounts;
    private final Sequences sequences;

    @Activate
    public Plans(@Reference InspectionStore store, @Reference AccountDirectory accounts, @Reference Sequences sequences) {
        this.store = store;
        this.accounts = accounts;
        this.sequences = sequences;
    }

    public Plan plan(String tenant, Caller caller, NewPlan p) {
        Validation.requireBody(p);
        new Validation().required("area", p.area()).maxLength("area", p.area(), 200)
                .required("periodStart", p.periodStart()).required("periodEnd", p.periodEnd())
                .check(p.periodStart() == null || p.periodEnd() == null || !p.periodEnd().isBefore(p.periodStart()), "periodEnd",
                        "不能早于开始日期", "must not be before periodStart")
                .check(p.periodStart() == null || p.periodEnd() == null || !p.periodEnd().isAfter(p.periodStart().plusYears(1)),
                        "periodEnd", "计划期不能超过一年", "a plan covers at most a year")
                .throwIfInvalid();
        String area = p.area().strip();
        List<AccountSummary> candidates = activeAccounts(tenant, area);
        // numbers are taken outside the transaction, as every module does: a counter is never held across a round trip
        String id = "AJ" + sequences.next(tenant, "inspection-plan");
        return store.in(tenant, em -> {
            boolean overlaps = !em.createQuery("select x.id from PlanEntity x where x.area = :a and x.periodStart <= :end and x.periodEnd >= :start",
                    String.class).setParameter("a", area).setParameter("start", p.periodStart()).setParameter("end", p.periodEnd())
                    .setMaxResults(1).getResultList().isEmpty();
            if (overlaps) {
                throw Problems.conflict(Text.of("该片区在这段时间已有安检计划", "The area already has a plan overlapping that period"));
            }
            InspectionRules rules = BranchRules.read(em);
            Map<String, LocalDate> last = lastInspected(em, area);
            OffsetDateTime now = store.now(tenant);
            PlanEntity plan = new PlanEntity();
            plan.id = id;
            plan.area = area;
            plan.periodStart = p.periodStart();
            plan.periodEnd = p.periodEnd();
            plan.createdBy = caller.username();
            plan.createdAt = now;
            em.persist(plan);
            // EclipseLink orders inserts by class, not by persist: the plan goes first for the inspections' foreign key
            em.flush();
            for (AccountSummary a : candidates) {
                if (PlanRule.due(rules.intervalMonths().get(a.category()), last.get(a.accountNo()), p.periodEnd())) {
                    em.persist(inspection(plan.id, a));
                    plan.planned++;
                }
            }
            return Views.plan(plan);
        });
    }

    private List<AccountSummary> activeAccounts(String tenant, String area) {
        List<AccountSummary> active = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            List<AccountSummary> page = accounts.inArea(tenant, area, offset, PAGE);
            page.stream().filter(a -> a.state() == AccountState.ACTIVE).forEach(active::add);
            if (page.size() < PAGE) {
                return active;
            }
        }
    }

    private static Map<String, LocalDate> lastInspected(EntityManager em, String area) {
        Map<String, LocalDate> last = new HashMap<>();
        em.createQuery("select i.accountNo, max(i.inspectedAt) from InspectionEntity i where i.inspectedAt is not null"
                + " and (i.area = :a or i.area like :below escape '\\') group by i.accountNo", Object[].class)
                .setParameter("a", area).setParameter("below", area.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%").getResultList()
                .forEach(r -> last.put((String) r[0], ((OffsetDateTime) r[1]).toLocalDate()));
        return last;
    }

    private static InspectionEntity inspection(String planId, AccountSummary a) {
        InspectionEntity i = new InspectionEntity();
        i.id = planId + "-" + a.accountNo();
        i.planId = planId;
        i.accountNo = a.accountNo();
        i.customerId = a.customerId();
        i.customerName = a.customerName();
        i.category = a.category().name();
        i.area = a.area();
        i.address = a.address();
        i.status = InspectionStatus.PLANNED.name();
        return i;
    }

    public Page<Plan> plans(String tenant, PageRequest page) {
        return store.in(tenant, em -> page.read(em.createQuery("select count(p) from PlanEntity p", Long.class),
                em.createQuery("select p from PlanEntity p order by p.periodStart desc, p.id desc", PlanEntity.class), Views::plan));
    }

    public Plan plan(String tenant, String id) {
        return Views.plan(store.in(tenant, em -> find(em, id)));
    }

    static PlanEntity find(EntityManager em, String id) {
        PlanEntity p = em.find(PlanEntity.class, id);
        if (p == null) {
            throw Problems.notFound(Text.of("没有这个安检计划", "No such inspection plan"));
        }
        return p;
    }
}

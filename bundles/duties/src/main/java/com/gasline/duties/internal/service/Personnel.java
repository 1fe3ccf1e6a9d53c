package com.gasline.duties.internal.service;

import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.duties.api.rest.Staff;
import com.gasline.duties.api.rest.Training;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.duties.internal.store.PositionEntity;
import com.gasline.duties.internal.store.StaffEntity;
import com.gasline.duties.internal.store.TrainingEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.tenant.TenantRegistry;

/** Staff: platform users of the branch placed in a position, with their training records. */
@Component(service = Personnel.class)
public class Personnel {

    private final DutyStore store;
    private final TenantRegistry tenants;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public Personnel(@Reference DutyStore store, @Reference TenantRegistry tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    public Staff addStaff(String tenant, Staff s) {
        Validation.requireBody(s);
        new Validation().required("username", s.username()).required("name", s.name()).maxLength("name", s.name(), 100)
                .required("position", s.position()).maxLength("position", s.position(), 120)
                .maxLength("phone", s.phone(), 30).throwIfInvalid();
        boolean user = tenants.hasUser(tenant, s.username());
        if (!user) {
            throw Problems.ruleViolated(Text.of("本分公司没有这个系统用户", "No such user in this branch"),
                    List.of(new FieldError("username", Text.of("先在平台创建用户", "create the platform user first"))));
        }
        return store.in(tenant, em -> {
            // the positions a staff member is placed in are the branch's copy of the catalogue
            Positions.position(em, json, store.now(tenant), s.position());
            StaffEntity e = em.find(StaffEntity.class, s.username());
            if (e != null) {
                throw Problems.conflict(Text.of("该员工已登记", "This staff member is registered"));
            }
            e = new StaffEntity();
            e.username = s.username();
            e.name = s.name();
            e.position = s.position();
            e.phone = s.phone();
            e.hiredOn = s.hiredOn();
            em.persist(e);
            return view(em, e);
        });
    }

    public Page<Staff> staff(String tenant, PageRequest page) {
        return store.in(tenant, em -> page.read(em.createQuery("select count(s) from StaffEntity s", Long.class),
                em.createQuery("select s from StaffEntity s order by s.position, s.username", StaffEntity.class), s -> view(em, s)));
    }

    public Staff staffMember(String tenant, String username) {
        return store.in(tenant, em -> view(em, staffMember(em, username)));
    }

    public Staff addTraining(String tenant, String username, Training t) {
        Validation.requireBody(t);
        new Validation().required("trainedOn", t.trainedOn()).required("course", t.course()).maxLength("course", t.course(), 200).maxLength("result", t.result(), 300)
                .check(t.hours() == null || t.hours() > 0, "hours", "须大于 0", "must be more than 0").throwIfInvalid();
        return store.in(tenant, em -> {
            StaffEntity s = staffMember(em, username);
            TrainingEntity e = new TrainingEntity();
            e.id = UUID.randomUUID().toString();
            e.username = username;
            e.day = t.trainedOn();
            e.course = t.course();
            e.hours = t.hours() == null ? 0 : t.hours();
            e.result = t.result();
            em.persist(e);
            em.flush();
            return view(em, s);
        });
    }

    /** 404 for someone not registered as staff of the branch. */
    static StaffEntity staffMember(EntityManager em, String username) {
        StaffEntity s = em.find(StaffEntity.class, username);
        if (s == null) {
            throw Problems.notFound(Text.of("没有这个员工", "No such staff member"));
        }
        return s;
    }

    private static Staff view(EntityManager em, StaffEntity s) {
        List<Training> training = em.createQuery("select t from TrainingEntity t where t.username = :u order by t.day", TrainingEntity.class)
                .setParameter("u", s.username).getResultList().stream().map(t -> new Training(t.day, t.course, t.hours, t.result)).toList();
        return new Staff(s.username, s.name, s.position, s.phone, s.hiredOn, training);
    }
}

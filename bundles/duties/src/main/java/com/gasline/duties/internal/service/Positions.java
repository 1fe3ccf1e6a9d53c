package com.gasline.duties.internal.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.duties.api.rest.Position;
import com.gasline.duties.internal.store.DutyStore;
import com.gasline.duties.internal.store.PositionEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** The branch's own copy of the position catalogue (岗位职责), seeded from the templates on first sight. */
@Component(service = Positions.class)
public class Positions {

    static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");

    private final DutyStore store;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public Positions(@Reference DutyStore store) {
        this.store = store;
    }

    public Page<Position> positions(String tenant, PageRequest page) {
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            return page.read(em.createQuery("select count(p) from PositionEntity p", Long.class),
                    em.createQuery("select p from PositionEntity p order by p.code", PositionEntity.class), Positions::view);
        });
    }

    public Position position(String tenant, String code) {
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            PositionEntity p = code == null ? null : em.find(PositionEntity.class, code);
            if (p == null) {
                throw Problems.notFound(Text.of("没有这个岗位", "No such position"));
            }
            return view(p);
        });
    }

    public Position savePosition(String tenant, String code, Position p, boolean create) {
        String key = create ? p == null ? null : p.code() : code;
        check(key, p);
        return store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            PositionEntity e = em.find(PositionEntity.class, key);
            if (create && e != null) {
                throw Problems.conflict(Text.of("岗位编码已存在", "A position with this code exists"));
            }
            if (!create && e == null) {
                throw Problems.notFound(Text.of("没有这个岗位", "No such position"));
            }
            if (!create && p.version() != null && p.version() != e.version) {
                throw Problems.conflict(Text.of("岗位已被他人修改，请刷新后重试", "The position was changed by someone else; reload and retry"));
            }
            PositionEntity saved = entity(e == null ? new PositionEntity() : e, new Position(key, p.name(), p.department(), p.reportsTo(), p.summary(),
                    p.duties(), p.standards(), p.headcount(), null));
            if (e == null) {
                em.persist(saved);
            }
            em.flush();
            return view(saved);
        });
    }

    /**
     * Takes the group's catalogue in one transaction: each of its positions is created or replaced by code; the
     * branch's own other positions stay. Each position must have passed {@link #check}.
     */
    public void adopt(String tenant, List<Position> catalogue) {
        store.in(tenant, em -> {
            Catalogue.seedOnce(em, json, store.now(tenant));
            for (Position p : catalogue) {
                PositionEntity e = em.find(PositionEntity.class, p.code());
                PositionEntity saved = entity(e == null ? new PositionEntity() : e, p);
                if (e == null) {
                    em.persist(saved);
                }
            }
            return null;
        });
    }

    /** What a branch may store as position {@code key}; the group's position catalogue template is checked by the same rule. */
    public void check(String key, Position p) {
        Validation.requireBody(p);
        new Validation().matches("code", key, CODE, "小写字母、数字或 -", "lower-case letters, digits or -")
                .required("name", p.name()).maxLength("name", p.name(), 100).maxLength("summary", p.summary(), 1000)
                .maxLength("department", p.department(), 300).maxLength("reportsTo", p.reportsTo(), 300)
                .check(p.duties() != null && !p.duties().isEmpty(), "duties", "至少一条岗位职责", "at least one duty")
                .requireEach("duties", p.duties()).requireEach("standards", p.standards())
                .check(jsonLength(p.duties()) <= 4000, "duties", "合计不能超过 4000 个字符", "at most 4000 characters in all")
                .check(jsonLength(p.standards()) <= 4000, "standards", "合计不能超过 4000 个字符", "at most 4000 characters in all")
                .check(p.headcount() == null || p.headcount() >= 0, "headcount", "不能为负数", "must not be negative")
                .throwIfInvalid();
    }

    /** The branch's position {@code code} (seeding the catalogue first); 422 naming {@code position} when it has none. */
    static PositionEntity position(EntityManager em, ObjectMapper json, OffsetDateTime now, String code) {
        Catalogue.seedOnce(em, json, now);
        PositionEntity p = code == null ? null : em.find(PositionEntity.class, code);
        if (p == null) {
            throw Problems.ruleViolated(Text.of("没有这个岗位", "No such position"), List.of(new FieldError("position", Text.of("不存在", "does not exist"))));
        }
        return p;
    }

    /** The length of a list as its column holds it (a JSON array). */
    private int jsonLength(List<String> items) {
        try {
            return items == null ? 0 : json.writeValueAsString(items).length();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static PositionEntity entity(PositionEntity e, Position p) {
        e.code = p.code();
        e.name = p.name();
        e.department = p.department();
        e.reportsTo = p.reportsTo();
        e.summary = p.summary();
        e.duties = p.duties();
        e.standards = p.standards() == null ? List.of() : p.standards();
        e.headcount = p.headcount() == null ? 1 : p.headcount();
        return e;
    }

    private static Position view(PositionEntity e) {
        return new Position(e.code, e.name, e.department, e.reportsTo, e.summary, e.duties, e.standards, e.headcount, e.version);
    }
}

package com.gasline.group.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.group.api.TemplateKind;
import com.gasline.group.api.rest.NewTemplate;
import com.gasline.group.api.rest.TemplateVersion;
import com.gasline.group.internal.store.GroupStore;
import com.gasline.group.internal.store.TemplateEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** Template versions: drafts numbered per kind, published once the kind's module accepts them, never changed after. */
@Component(service = Templates.class)
public class Templates {

    /** The content column's width; a position catalogue of a few dozen positions fits easily. */
    static final int MAX_CONTENT = 100_000;

    private final GroupStore store;
    private final Kinds kinds;

    @Activate
    public Templates(@Reference GroupStore store, @Reference Kinds kinds) {
        this.store = store;
        this.kinds = kinds;
    }

    public TemplateVersion draft(String kindId, NewTemplate template, String by) {
        TemplateKind kind = kinds.kind(kindId);
        Validation.requireBody(template);
        String content = template.content() == null ? null : Json.write(template.content());
        List<String> overridable = template.overridable() == null ? List.of() : template.overridable();
        new Validation().check(template.content() != null && template.content().isObject(), "content", "须是一个 JSON 对象", "must be a JSON object")
                .check(content == null || content.length() <= MAX_CONTENT, "content", "不能超过 " + MAX_CONTENT + " 个字符",
                        "at most " + MAX_CONTENT + " characters")
                .requireEach("overridable", overridable).maxLength("note", template.note(), 500)
                .check(Json.write(overridable).length() <= 8000, "overridable", "合计不能超过 8000 个字符", "at most 8000 characters in all")
                .throwIfInvalid();
        return store.tx(em -> {
            Integer last = em.createQuery("select max(t.version) from TemplateEntity t where t.kind = :kind", Integer.class)
                    .setParameter("kind", kind.id()).getSingleResult();
            TemplateEntity t = new TemplateEntity();
            t.kind = kind.id();
            t.version = last == null ? 1 : last + 1;
            t.status = TemplateEntity.DRAFT;
            t.content = content;
            t.overridable = Json.write(overridable);
            t.note = template.note();
            t.createdAt = store.now();
            t.createdBy = by;
            em.persist(t);
            return view(t);
        });
    }

    public Page<TemplateVersion> versions(String kindId, PageRequest page) {
        TemplateKind kind = kinds.kind(kindId);
        return store.tx(em -> page.read(
                em.createQuery("select count(t) from TemplateEntity t where t.kind = :kind", Long.class).setParameter("kind", kind.id()),
                em.createQuery("select t from TemplateEntity t where t.kind = :kind order by t.version desc", TemplateEntity.class)
                        .setParameter("kind", kind.id()),
                Templates::view));
    }

    public TemplateVersion version(String kindId, String version) {
        TemplateKind kind = kinds.kind(kindId);
        return store.tx(em -> view(find(em, kind.id(), number(version))));
    }

    /** Publishes a draft: the kind checks the content, and every overridable key must name one of its items. */
    public TemplateVersion publish(String kindId, String version) {
        TemplateKind kind = kinds.kind(kindId);
        int v = number(version);
        TemplateEntity draft = store.tx(em -> find(em, kind.id(), v));
        if (!TemplateEntity.DRAFT.equals(draft.status)) {
            throw Problems.conflict(Text.of("该版本已发布，不能再改", "This version is published and cannot change"));
        }
        JsonNode content = Json.read(draft.content);
        Json.validate(kind, content, "content.");
        Map<String, JsonNode> items = kind.items(content);
        List<String> overridable = Json.strings(draft.overridable);
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < overridable.size(); i++) {
            if (!items.containsKey(overridable.get(i))) {
                unknown.add(new FieldError("overridable[" + i + "]", Text.of("模板中没有这一项", "is not an item of the template")));
            }
        }
        if (!unknown.isEmpty()) {
            throw Problems.ruleViolated(Text.of("可覆盖项须是模板中的项", "Overridable keys must name items of the template"), unknown);
        }
        return store.tx(em -> {
            TemplateEntity t = find(em, kind.id(), v);
            if (!TemplateEntity.DRAFT.equals(t.status)) {
                throw Problems.conflict(Text.of("该版本已发布，不能再改", "This version is published and cannot change"));
            }
            t.status = TemplateEntity.PUBLISHED;
            t.publishedAt = store.now();
            return view(t);
        });
    }

    /** A version of the kind in this transaction; 404 when there is none. */
    static TemplateEntity find(EntityManager em, String kind, int version) {
        List<TemplateEntity> found = em.createQuery("select t from TemplateEntity t where t.kind = :kind and t.version = :version",
                TemplateEntity.class).setParameter("kind", kind).setParameter("version", version).getResultList();
        if (found.isEmpty()) {
            throw Problems.notFound(Text.of("没有这个模板版本", "No such template version"));
        }
        return found.get(0);
    }

    /** A version number from the path; anything else names no version (404). */
    static int number(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw Problems.notFound(Text.of("没有这个模板版本", "No such template version"));
        }
    }

    static TemplateVersion view(TemplateEntity t) {
        return new TemplateVersion(t.kind, t.version, t.status, Json.read(t.content), Json.strings(t.overridable), t.note, t.createdAt,
                t.createdBy, t.publishedAt);
    }
}

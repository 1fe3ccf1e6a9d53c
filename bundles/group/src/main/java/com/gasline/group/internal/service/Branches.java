package com.gasline.group.internal.service;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.gasline.group.api.TemplateKind;
import com.gasline.group.api.rest.Adoption;
import com.gasline.group.api.rest.BranchRecord;
import com.gasline.group.api.rest.BranchTemplate;
import com.gasline.group.api.rest.ItemDiff;
import com.gasline.group.api.rest.NewOverride;
import com.gasline.group.api.rest.TemplateVersion;
import com.gasline.group.internal.rules.BranchState;
import com.gasline.group.internal.rules.Items;
import com.gasline.group.internal.store.GroupStore;
import com.gasline.group.internal.store.RecordEntity;
import com.gasline.group.internal.store.TemplateEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * A branch's adoptions and overrides. Each is checked by the kind's module on the merged template, applied through
 * the module as the branch, then recorded; the records are only ever appended.
 */
@Component(service = Branches.class)
public class Branches {

    private final GroupStore store;
    private final Kinds kinds;

    @Activate
    public Branches(@Reference GroupStore store, @Reference Kinds kinds) {
        this.store = store;
        this.kinds = kinds;
    }

    public BranchTemplate adopt(String branch, String kindId, Adoption adoption, String by) {
        TemplateKind kind = kinds.offered(branch, kindId);
        Validation.requireBody(adoption);
        Integer newest = store.tx(em -> Issues.newestIssued(em, kind.id(), branch));
        int version = adoption.version() != null ? adoption.version() : newest == null ? 0 : newest;
        boolean issued = store.tx(em -> Issues.issued(em, kind.id(), version, branch));
        if (!issued) {
            throw Problems.ruleViolated(Text.of("该版本未下发给本分公司", "This version was not issued to the branch"),
                    List.of(new FieldError("version", Text.of("未下发给本分公司", "not issued to the branch"))));
        }
        adopt(kind, branch, version, Boolean.TRUE.equals(adoption.followLatest()), by);
        return view(kind, branch);
    }

    /** Applies {@code version} with the branch's overrides that still hold, then records the adoption. */
    void adopt(TemplateKind kind, String branch, int version, boolean followLatest, String by) {
        BranchState state = state(kind.id(), branch);
        TemplateEntity t = store.tx(em -> Templates.find(em, kind.id(), version));
        JsonNode content = Json.read(t.content);
        Map<String, JsonNode> overrides = Items.holding(state.overrides(), kind.items(content), Json.strings(t.overridable));
        JsonNode merged = kind.merge(content, overrides);
        Json.validate(kind, merged, "");
        kind.apply(branch, merged);
        record(branch, kind.id(), BranchState.ADOPTED, version, followLatest, null, null, by);
    }

    public BranchTemplate override(String branch, String kindId, String item, NewOverride value, String by) {
        TemplateKind kind = kinds.offered(branch, kindId);
        Validation.requireBody(value);
        new Validation().check(value.value() == null || Json.write(value.value()).length() <= 8000, "value", "不能超过 8000 个字符",
                "at most 8000 characters").throwIfInvalid();
        BranchState state = state(kind.id(), branch);
        if (state.version() == null) {
            throw Problems.ruleViolated(Text.of("本分公司尚未采用该模板", "The branch has not adopted this template yet"));
        }
        TemplateEntity t = store.tx(em -> Templates.find(em, kind.id(), state.version()));
        JsonNode content = Json.read(t.content);
        Map<String, JsonNode> items = kind.items(content);
        if (!items.containsKey(item)) {
            throw Problems.notFound(Text.of("模板中没有这一项", "The template has no such item"));
        }
        if (!Json.strings(t.overridable).contains(item)) {
            throw Problems.ruleViolated(Text.of("该项由集团统一规定，不能覆盖", "The group fixed this item; it cannot be overridden"),
                    List.of(new FieldError("item", Text.of("固定项", "is fixed"))));
        }
        JsonNode merged = kind.merge(content, Items.holding(state.with(item, value.value()), items, Json.strings(t.overridable)));
        Json.validate(kind, merged, "");
        kind.apply(branch, merged);
        record(branch, kind.id(), BranchState.OVERRIDDEN, state.version(), state.followLatest(), item, value.value(), by);
        return view(kind, branch);
    }

    public BranchTemplate branch(String branch, String kindId) {
        return view(kinds.offered(branch, kindId), branch);
    }

    /** The versions issued to the branch, newest first: what its admin may adopt. */
    public Page<TemplateVersion> issued(String branch, String kindId, PageRequest page) {
        TemplateKind kind = kinds.offered(branch, kindId);
        String where = " from TemplateEntity t, IssueEntity i where i.kind = t.kind and i.version = t.version and t.kind = :kind and i.branch = :branch";
        return store.tx(em -> page.read(
                em.createQuery("select count(t)" + where, Long.class).setParameter("kind", kind.id()).setParameter("branch", branch),
                em.createQuery("select t" + where + " order by t.version desc", TemplateEntity.class).setParameter("kind", kind.id())
                        .setParameter("branch", branch),
                Templates::view));
    }

    public Page<BranchRecord> records(String branch, String kindId, PageRequest page) {
        TemplateKind kind = kinds.offered(branch, kindId);
        String where = " from RecordEntity r where r.branch = :branch and r.kind = :kind";
        return store.tx(em -> page.read(
                em.createQuery("select count(r)" + where, Long.class).setParameter("branch", branch).setParameter("kind", kind.id()),
                em.createQuery("select r" + where + " order by r.seq", RecordEntity.class).setParameter("branch", branch)
                        .setParameter("kind", kind.id()),
                r -> new BranchRecord(r.branch, r.kind, r.seq, r.action, r.version, r.followLatest, r.item, Json.read(r.itemValue), r.at, r.actor)));
    }

    /** The branch's version, what changed up to the newest issued to it, and its overrides beside the template's items. */
    BranchTemplate view(TemplateKind kind, String branch) {
        BranchState state = state(kind.id(), branch);
        return store.tx(em -> {
            Integer newest = Issues.newestIssued(em, kind.id(), branch);
            if (state.version() == null) {
                return new BranchTemplate(branch, kind.id(), null, false, null, newest, List.of(), List.of());
            }
            TemplateEntity t = Templates.find(em, kind.id(), state.version());
            Map<String, JsonNode> items = kind.items(Json.read(t.content));
            List<ItemDiff> changes = newest == null || newest == state.version() ? List.of()
                    : Items.diff(items, kind.items(Json.read(Templates.find(em, kind.id(), newest).content)));
            return new BranchTemplate(branch, kind.id(), state.version(), state.followLatest(), state.adoptedAt(), newest, changes,
                    Items.overrides(Items.holding(state.overrides(), items, Json.strings(t.overridable)), items));
        });
    }

    BranchState state(String kind, String branch) {
        return store.tx(em -> BranchState.replay(steps(em, kind, branch).stream()
                .map(r -> new BranchState.Step(r.action, r.version, r.followLatest, r.item, Json.read(r.itemValue), r.at)).toList()));
    }

    private static List<RecordEntity> steps(EntityManager em, String kind, String branch) {
        return em.createQuery("select r from RecordEntity r where r.branch = :branch and r.kind = :kind order by r.seq", RecordEntity.class)
                .setParameter("branch", branch).setParameter("kind", kind).getResultList();
    }

    private void record(String branch, String kind, String action, int version, boolean followLatest, String item, JsonNode value, String by) {
        store.tx(em -> {
            Integer last = em.createQuery("select max(r.seq) from RecordEntity r where r.branch = :branch and r.kind = :kind", Integer.class)
                    .setParameter("branch", branch).setParameter("kind", kind).getSingleResult();
            RecordEntity r = new RecordEntity();
            r.branch = branch;
            r.kind = kind;
            r.seq = last == null ? 1 : last + 1;
            r.action = action;
            r.version = version;
            r.followLatest = followLatest;
            r.item = item;
            r.itemValue = value == null ? null : Json.write(value);
            r.at = store.now();
            r.actor = by;
            em.persist(r);
            return null;
        });
    }
}

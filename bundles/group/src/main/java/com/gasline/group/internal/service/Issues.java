package com.gasline.group.internal.service;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.group.api.TemplateKind;
import com.gasline.group.api.rest.Drift;
import com.gasline.group.api.rest.Issue;
import com.gasline.group.api.rest.Issued;
import com.gasline.group.internal.store.GroupStore;
import com.gasline.group.internal.store.IssueEntity;
import com.gasline.group.internal.store.TemplateEntity;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** Issuing published versions to branches, and the group's view of where each branch stands. */
@Component(service = Issues.class)
public class Issues {

    private final GroupStore store;
    private final Kinds kinds;
    private final Branches branches;

    @Activate
    public Issues(@Reference GroupStore store, @Reference Kinds kinds, @Reference Branches branches) {
        this.store = store;
        this.kinds = kinds;
        this.branches = branches;
    }

    /** Issues to the chosen branches (each must be offered the kind) or all offered; followers adopt the version at once. */
    public Issued issue(String kindId, String version, Issue issue, String by) {
        TemplateKind kind = kinds.kind(kindId);
        int v = Templates.number(version);
        TemplateEntity t = store.tx(em -> Templates.find(em, kind.id(), v));
        if (!TemplateEntity.PUBLISHED.equals(t.status)) {
            throw Problems.ruleViolated(Text.of("只能下发已发布的版本", "Only a published version can be issued"));
        }
        List<String> offered = kinds.branches(kind);
        List<String> to = issue == null || issue.branches() == null || issue.branches().isEmpty() ? offered : issue.branches();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            if (!offered.contains(to.get(i))) {
                errors.add(new FieldError("branches[" + i + "]", Text.of("没有这个分公司，或它未开通该模块", "no such branch, or it lacks the module")));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.ruleViolated(Text.of("不能下发给这些分公司", "Cannot issue to these branches"), errors);
        }
        List<String> branchesTo = to.stream().distinct().toList();
        store.tx(em -> {
            for (String branch : branchesTo) {
                if (!issued(em, kind.id(), v, branch)) {
                    IssueEntity e = new IssueEntity();
                    e.kind = kind.id();
                    e.version = v;
                    e.branch = branch;
                    e.issuedAt = store.now();
                    e.issuedBy = by;
                    em.persist(e);
                }
            }
            return null;
        });
        List<String> adopted = new ArrayList<>();
        for (String branch : branchesTo) {
            var state = branches.state(kind.id(), branch);
            if (state.followLatest() && state.version() != null && state.version() < v) {
                try {
                    branches.adopt(kind, branch, v, true, by);
                    adopted.add(branch);
                } catch (ProblemException refused) {
                    // the module refuses the version for this branch (its prices, its shifts): the branch stays on its
                    // version, shown behind in the drift, rather than the issue to every branch failing after the fact
                    if (refused.status() >= 500) {
                        throw refused;
                    }
                }
            }
        }
        return new Issued(kind.id(), v, branchesTo, adopted);
    }

    public Drift drift(String kindId) {
        TemplateKind kind = kinds.kind(kindId);
        Integer latest = store.tx(em -> em.createQuery("select max(t.version) from TemplateEntity t where t.kind = :kind and t.status = :status",
                Integer.class).setParameter("kind", kind.id()).setParameter("status", TemplateEntity.PUBLISHED).getSingleResult());
        return new Drift(kind.id(), latest, kinds.branches(kind).stream().map(b -> branches.view(kind, b)).toList());
    }

    static Integer newestIssued(EntityManager em, String kind, String branch) {
        return em.createQuery("select max(i.version) from IssueEntity i where i.kind = :kind and i.branch = :branch", Integer.class)
                .setParameter("kind", kind).setParameter("branch", branch).getSingleResult();
    }

    static boolean issued(EntityManager em, String kind, int version, String branch) {
        return !em.createQuery("select i.branch from IssueEntity i where i.kind = :kind and i.version = :version and i.branch = :branch",
                String.class).setParameter("kind", kind).setParameter("version", version).setParameter("branch", branch).getResultList().isEmpty();
    }
}

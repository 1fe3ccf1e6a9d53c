package com.gasline.group.internal.rest;

import javax.ws.rs.core.Response;

import com.gasline.group.api.rest.Adoption;
import com.gasline.group.api.rest.BranchRecord;
import com.gasline.group.api.rest.BranchTemplate;
import com.gasline.group.api.rest.Drift;
import com.gasline.group.api.rest.GroupApi;
import com.gasline.group.api.rest.Issue;
import com.gasline.group.api.rest.Issued;
import com.gasline.group.api.rest.KindInfo;
import com.gasline.group.api.rest.NewOverride;
import com.gasline.group.api.rest.NewTemplate;
import com.gasline.group.api.rest.Ranking;
import com.gasline.group.api.rest.Rollups;
import com.gasline.group.api.rest.TemplateVersion;
import com.gasline.group.internal.rules.DriftCsv;
import com.gasline.group.internal.rules.RollupCsv;
import com.gasline.group.internal.service.Branches;
import com.gasline.group.internal.service.Issues;
import com.gasline.group.internal.service.Kinds;
import com.gasline.group.internal.service.RollupReports;
import com.gasline.group.internal.service.Templates;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** The HTTP face of the group layer: the caller of the request, the work in the services, the answers' status and headers. */
public class GroupResource implements GroupApi {

    private final Kinds kinds;
    private final Templates templates;
    private final Issues issues;
    private final Branches branches;
    private final RollupReports rollups;
    private final RequestContext requests;

    public GroupResource(Kinds kinds, Templates templates, Issues issues, Branches branches, RollupReports rollups, RequestContext requests) {
        this.kinds = kinds;
        this.templates = templates;
        this.issues = issues;
        this.branches = branches;
        this.rollups = rollups;
        this.requests = requests;
    }

    @Override
    public Page<KindInfo> kinds(Integer page, Integer size) {
        return PageRequest.of(page, size).slice(kinds.list());
    }

    @Override
    public Response draft(String kind, NewTemplate template) {
        TemplateVersion created = templates.draft(kind, template, by());
        return Response.created(requests.location("templates", created.kind(), "versions", Integer.toString(created.version())))
                .entity(created).build();
    }

    @Override
    public Page<TemplateVersion> versions(String kind, Integer page, Integer size) {
        return templates.versions(kind, PageRequest.of(page, size));
    }

    @Override
    public TemplateVersion version(String kind, String version) {
        return templates.version(kind, version);
    }

    @Override
    public TemplateVersion publish(String kind, String version) {
        return templates.publish(kind, version);
    }

    @Override
    public Issued issue(String kind, String version, Issue issue) {
        return issues.issue(kind, version, issue, by());
    }

    @Override
    public Drift drift(String kind) {
        return issues.drift(kind);
    }

    @Override
    public String driftCsv(String kind) {
        return DriftCsv.write(issues.drift(kind));
    }

    @Override
    public Page<TemplateVersion> issuedVersions(String branch, String kind, Integer page, Integer size) {
        ownBranch(branch);
        return branches.issued(branch, kind, PageRequest.of(page, size));
    }

    @Override
    public BranchTemplate adopt(String branch, String kind, Adoption adoption) {
        ownBranch(branch);
        return branches.adopt(branch, kind, adoption, by());
    }

    @Override
    public BranchTemplate branch(String branch, String kind) {
        ownBranch(branch);
        return branches.branch(branch, kind);
    }

    @Override
    public BranchTemplate override(String branch, String kind, String item, NewOverride value) {
        return branches.override(branch, kind, item, value, by());
    }

    @Override
    public Page<BranchRecord> records(String branch, String kind, Integer page, Integer size) {
        ownBranch(branch);
        return branches.records(branch, kind, PageRequest.of(page, size));
    }

    /** A branch's admin acts for their own branch only; the group admin (no tenant) for any. */
    private void ownBranch(String branch) {
        String own = requests.requireCaller().tenant();
        if (own != null && !own.equals(branch)) {
            throw Problems.forbidden(Text.of("分公司管理员只能为本分公司操作", "A branch admin acts for their own branch only"));
        }
    }

    /** Who acts, as the records keep it: a branch user as {@code branch/username}, apart from group users of the same name. */
    private String by() {
        Caller caller = requests.requireCaller();
        return caller.tenant() == null ? caller.username() : caller.tenant() + "/" + caller.username();
    }

    @Override
    public Rollups rollups(String from, String to) {
        return rollups.rollups(from, to);
    }

    @Override
    public String rollupsCsv(String from, String to) {
        return RollupCsv.write(rollups.rollups(from, to));
    }

    @Override
    public Ranking ranking(String measure, String from, String to) {
        return rollups.ranking(measure, from, to);
    }
}

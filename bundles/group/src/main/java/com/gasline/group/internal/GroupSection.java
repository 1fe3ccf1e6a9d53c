package com.gasline.group.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.group.internal.rest.GroupResource;
import com.gasline.group.internal.service.Branches;
import com.gasline.group.internal.service.Issues;
import com.gasline.group.internal.service.Kinds;
import com.gasline.group.internal.service.RollupReports;
import com.gasline.group.internal.service.Templates;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Section;

/** The group's templates and roll-ups at {@code /api/v1/group}; while this bundle restarts those paths answer 503. */
@Component(service = Section.class)
public class GroupSection implements Section {

    private final GroupResource resource;

    @Activate
    public GroupSection(@Reference Kinds kinds, @Reference Templates templates, @Reference Issues issues, @Reference Branches branches,
            @Reference RollupReports rollups, @Reference RequestContext requests) {
        this.resource = new GroupResource(kinds, templates, issues, branches, rollups, requests);
    }

    @Override
    public String id() {
        return "group";
    }

    @Override
    public Object resource() {
        return resource;
    }
}

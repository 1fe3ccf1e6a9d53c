package com.gasline.example.notices.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.example.notices.internal.rest.NoticesResource;
import com.gasline.example.notices.internal.service.Notices;
import com.gasline.example.notices.internal.store.NoticeStore;
import com.gasline.platform.api.AbstractModule;
import com.gasline.platform.api.Module;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;

/**
 * 公告栏: registered as a {@link Module}, so the platform serves it for branches that enable it. It needs
 * {@link Notices}, which needs the store, whose migrations ran first: until then the platform answers 503.
 */
@Component(service = Module.class)
public class NoticeBoardModule extends AbstractModule {

    @Activate
    public NoticeBoardModule(BundleContext context, @Reference Notices notices, @Reference RequestContext requests) {
        super(NoticeStore.MODULE, "公告栏 Notice board", context.getBundle(), Set.of(), Set.of(Roles.BRANCH_ADMIN, Roles.SUPERVISOR),
                new NoticesResource(notices, requests));
    }
}

package com.gasline.platform.internal.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.audit.AuditLog;
import com.gasline.platform.internal.persistence.PlatformStore;

/**
 * Appends to {@code platform_audit}, in its own transaction so it is kept even when the work fails. Concurrent writes
 * share that transaction ({@link GroupCommit}): one commit for many requests instead of one each, and still no request
 * answered before its record is committed.
 */
@Component(service = { AuditLog.class, AuditLogImpl.class })
public class AuditLogImpl implements AuditLog {

    /** The columns' lengths: a record cut short is kept, one too long would fail its whole batch. */
    private static final int ACTION_MAX = 200;
    private static final int TARGET_MAX = 1000;
    /** Bounds one transaction; 16 connections rarely queue more than a few. */
    private static final int MAX_BATCH = 100;

    private final PlatformStore store;
    private final RequestContext requests;
    private final GroupCommit<AuditEntryEntity> entries = new GroupCommit<>(this::persist, MAX_BATCH);

    @Activate
    public AuditLogImpl(@Reference PlatformStore store, @Reference RequestContext requests) {
        this.store = store;
        this.requests = requests;
    }

    @Override
    public void record(String action, String target) {
        Caller caller = requests.requireCaller();
        append(caller.tenant(), caller.username(), action, target, 200);
    }

    public void append(String tenant, String username, String action, String target, int status) {
        entries.write(new AuditEntryEntity(UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC), tenant, username,
                cut(action, ACTION_MAX), cut(target, TARGET_MAX), status));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private void persist(List<AuditEntryEntity> batch) {
        store.tx(em -> {
            batch.forEach(em::persist);
            return null;
        });
    }
}

package com.gasline.accounts.internal.service;

import java.util.List;
import java.util.UUID;

import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.rest.AccountDocument;
import com.gasline.accounts.api.rest.NewAccountDocument;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.accounts.internal.store.DocumentEntity;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.attachments.Attachment;
import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * Files kept with an account (身份证复印件, 供用气合同): the platform stores the bytes, the account keeps an
 * append-only list of them; a wrong one is corrected by attaching the right one, never by changing a row.
 */
@Component(service = Documents.class)
public class Documents {

    static final List<String> KINDS = List.of("ID_COPY", "CONTRACT", "OTHER");

    private final AccountStore store;
    private final Attachments attachments;

    @Activate
    public Documents(@Reference AccountStore store, @Reference Attachments attachments) {
        this.store = store;
        this.attachments = attachments;
    }

    public AccountDocument attach(String tenant, String actor, String accountNo, NewAccountDocument d) {
        Validation.requireBody(d);
        new Validation().required("attachmentId", d.attachmentId()).required("kind", d.kind())
                .check(d.kind() == null || KINDS.contains(d.kind()), "kind", "须为 ID_COPY、CONTRACT 或 OTHER", "must be ID_COPY, CONTRACT or OTHER")
                .maxLength("caption", d.caption(), 500).throwIfInvalid();
        store.in(tenant, em -> Archive.find(em, accountNo));
        // checked outside the account's transaction: the platform's attachments have their own
        Attachment file = attachments.requireReference(tenant, d.attachmentId().trim(), "attachmentId");
        return store.in(tenant, em -> {
            Archive.find(em, accountNo);
            DocumentEntity e = new DocumentEntity();
            e.id = UUID.randomUUID().toString();
            e.accountNo = accountNo;
            e.seq = em.createQuery("select coalesce(max(x.seq), 0) from DocumentEntity x where x.accountNo = :no", Integer.class)
                    .setParameter("no", accountNo).getSingleResult() + 1;
            e.kind = d.kind();
            e.attachmentId = file.id().toString();
            e.caption = d.caption() == null || d.caption().isBlank() ? null : d.caption().trim();
            e.mediaType = file.mediaType();
            e.fileName = file.fileName();
            e.hasThumbnail = file.hasThumbnail();
            e.attachedBy = actor;
            e.attachedAt = store.now(tenant);
            em.persist(e);
            return view(e);
        });
    }

    public Page<AccountDocument> list(String tenant, String accountNo, String kind, PageRequest page) {
        new Validation().check(kind == null || KINDS.contains(kind), "kind", "须为 ID_COPY、CONTRACT 或 OTHER", "must be ID_COPY, CONTRACT or OTHER")
                .throwIfInvalid();
        String where = " where x.accountNo = :no" + (kind != null ? " and x.kind = :kind" : "");
        return store.in(tenant, em -> {
            Archive.find(em, accountNo);
            TypedQuery<Long> count = em.createQuery("select count(x) from DocumentEntity x" + where, Long.class).setParameter("no", accountNo);
            TypedQuery<DocumentEntity> items = em.createQuery("select x from DocumentEntity x" + where + " order by x.seq", DocumentEntity.class)
                    .setParameter("no", accountNo);
            if (kind != null) {
                count.setParameter("kind", kind);
                items.setParameter("kind", kind);
            }
            return page.read(count, items, Documents::view);
        });
    }

    public AccountDocument one(String tenant, String accountNo, int seq) {
        return store.in(tenant, em -> {
            Archive.find(em, accountNo);
            return em.createQuery("select x from DocumentEntity x where x.accountNo = :no and x.seq = :s", DocumentEntity.class)
                    .setParameter("no", accountNo).setParameter("s", seq).getResultStream().findFirst().map(Documents::view)
                    .orElseThrow(() -> Problems.notFound(Text.of("这个户号没有这份附件", "The account has no such document")));
        });
    }

    static AccountDocument view(DocumentEntity e) {
        return new AccountDocument(e.seq, e.kind, e.attachmentId, e.caption, e.mediaType, e.fileName, e.hasThumbnail, e.attachedBy, e.attachedAt);
    }
}

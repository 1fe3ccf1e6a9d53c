package com.gasline.ticketing.internal.service;

import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.attachments.Attachment;
import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.NewSitePhoto;
import com.gasline.ticketing.api.rest.SitePhoto;
import com.gasline.ticketing.internal.store.SitePhotoEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/**
 * Files of a ticket (现场照片, signed sheets): the platform stores the bytes, the ticket keeps an append-only list of
 * them. Whoever may see the ticket may add to it; nothing attached is ever changed or removed.
 */
@Component(service = SitePhotos.class)
public class SitePhotos {

    private final TicketStore store;
    private final Attachments attachments;

    @Activate
    public SitePhotos(@Reference TicketStore store, @Reference Attachments attachments) {
        this.store = store;
        this.attachments = attachments;
    }

    public SitePhoto attach(String tenant, Caller caller, String ticketNo, NewSitePhoto p) {
        Validation.requireBody(p);
        new Validation().required("attachmentId", p.attachmentId()).maxLength("caption", p.caption(), 500).throwIfInvalid();
        store.in(tenant, em -> Tickets.visible(em, caller, ticketNo));
        // checked outside the ticket's transaction: the platform's attachments have their own
        Attachment file = attachments.requireReference(tenant, p.attachmentId().trim(), "attachmentId");
        return store.in(tenant, em -> {
            Tickets.visible(em, caller, ticketNo);
            SitePhotoEntity e = new SitePhotoEntity();
            e.id = UUID.randomUUID().toString();
            e.ticketNo = ticketNo;
            e.seq = em.createQuery("select coalesce(max(a.seq), 0) from SitePhotoEntity a where a.ticketNo = :t", Integer.class)
                    .setParameter("t", ticketNo).getSingleResult() + 1;
            e.attachmentId = file.id().toString();
            e.caption = p.caption() == null || p.caption().isBlank() ? null : p.caption().trim();
            e.mediaType = file.mediaType();
            e.fileName = file.fileName();
            e.hasThumbnail = file.hasThumbnail();
            e.attachedBy = caller.username();
            e.attachedAt = store.now(tenant);
            em.persist(e);
            return view(e);
        });
    }

    public Page<SitePhoto> list(String tenant, Caller caller, String ticketNo, PageRequest page) {
        return store.in(tenant, em -> {
            Tickets.visible(em, caller, ticketNo);
            return page.read(em.createQuery("select count(a) from SitePhotoEntity a where a.ticketNo = :t", Long.class).setParameter("t", ticketNo),
                    em.createQuery("select a from SitePhotoEntity a where a.ticketNo = :t order by a.seq", SitePhotoEntity.class)
                            .setParameter("t", ticketNo), SitePhotos::view);
        });
    }

    public SitePhoto one(String tenant, Caller caller, String ticketNo, int seq) {
        return store.in(tenant, em -> {
            Tickets.visible(em, caller, ticketNo);
            return view(find(em, ticketNo, seq));
        });
    }

    private static SitePhotoEntity find(EntityManager em, String ticketNo, int seq) {
        return em.createQuery("select a from SitePhotoEntity a where a.ticketNo = :t and a.seq = :s", SitePhotoEntity.class)
                .setParameter("t", ticketNo).setParameter("s", seq).getResultStream().findFirst()
                .orElseThrow(() -> Problems.notFound(Text.of("这张工单没有这个附件", "The ticket has no such attachment")));
    }

    static SitePhoto view(SitePhotoEntity e) {
        return new SitePhoto(e.seq, e.attachmentId, e.caption, e.mediaType, e.fileName, e.hasThumbnail, e.attachedBy, e.attachedAt);
    }
}

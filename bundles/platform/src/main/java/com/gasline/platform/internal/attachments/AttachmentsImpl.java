package com.gasline.platform.internal.attachments;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.attachments.Attachment;
import com.gasline.platform.api.attachments.AttachmentContent;
import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.time.BranchClock;
import com.gasline.platform.internal.persistence.FlywayMigrations;

/**
 * Attachments in the platform's tables, every transaction bound to its tenant (EclipseLink's tenant discriminator,
 * and row-level security on PostgreSQL), so an id of another branch is simply not found. The bytes are checked and
 * the thumbnail made before the transaction opens: a refused upload never touches the database.
 */
@Component(service = Attachments.class)
public class AttachmentsImpl implements Attachments {

    static final String THUMBNAIL_TYPE = "image/jpeg";

    private final TenantTransactions tx;
    private final EntityManagerFactory emf;
    private final BranchClock clock;
    private final AttachmentLimits limits;

    @Activate
    public AttachmentsImpl(@Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-platform)") EntityManagerFactory emf, @Reference BranchClock clock,
            @Reference AttachmentLimits limits, @Reference FlywayMigrations migratedFirst) {
        this.tx = tx;
        this.emf = emf;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public Attachment store(String tenant, String uploadedBy, String fileName, InputStream content, long declaredLength) {
        byte[] bytes = UploadRules.read(content, declaredLength, limits.maxBytes());
        String type = UploadRules.allowedType(bytes);
        Optional<byte[]> thumbnail = Thumbnails.of(bytes, type);
        AttachmentEntity a = new AttachmentEntity();
        a.id = UUID.randomUUID().toString();
        a.sha256 = UploadRules.sha256(bytes);
        a.size = bytes.length;
        a.mediaType = type;
        a.fileName = UploadRules.fileName(fileName);
        a.uploadedBy = uploadedBy;
        a.uploadedAt = clock.now(tenant);
        a.hasThumbnail = thumbnail.isPresent();
        AttachmentDataEntity data = new AttachmentDataEntity();
        data.id = a.id;
        data.content = bytes;
        data.thumbnail = thumbnail.orElse(null);
        return tx.inTenant(tenant, emf, em -> {
            em.persist(a);
            // the metadata row first: the bytes' foreign key names it
            em.flush();
            em.persist(data);
            return view(a);
        });
    }

    @Override
    public Optional<Attachment> find(String tenant, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return tx.inTenant(tenant, emf, em -> Optional.ofNullable(em.find(AttachmentEntity.class, id.toString())).map(AttachmentsImpl::view));
    }

    @Override
    public Attachment require(String tenant, UUID id) {
        return find(tenant, id).orElseThrow(AttachmentsImpl::notFound);
    }

    @Override
    public Attachment requireReference(String tenant, String id, String field) {
        Optional<UUID> uuid = uuid(id);
        return uuid.flatMap(u -> find(tenant, u)).orElseThrow(() -> Problems.ruleViolated(
                Text.of("附件不存在，请先上传文件", "No such attachment; upload the file first"),
                List.of(new FieldError(field, uuid.isEmpty() ? Text.of("须为附件的 id", "must be an attachment id")
                        : Text.of("本单位没有这个附件", "no such attachment in this branch")))));
    }

    @Override
    public AttachmentContent content(String tenant, UUID id) {
        return tx.inTenant(tenant, emf, em -> {
            Attachment a = Optional.ofNullable(em.find(AttachmentEntity.class, id.toString())).map(AttachmentsImpl::view)
                    .orElseThrow(AttachmentsImpl::notFound);
            byte[] bytes = em.createQuery("select d.content from AttachmentDataEntity d where d.id = :id", byte[].class)
                    .setParameter("id", a.id().toString()).getSingleResult();
            return new AttachmentContent(a, a.mediaType(), bytes);
        });
    }

    @Override
    public Optional<AttachmentContent> thumbnail(String tenant, UUID id) {
        return tx.inTenant(tenant, emf, em -> {
            Attachment a = Optional.ofNullable(em.find(AttachmentEntity.class, id.toString())).map(AttachmentsImpl::view)
                    .orElseThrow(AttachmentsImpl::notFound);
            if (!a.hasThumbnail()) {
                return Optional.<AttachmentContent>empty();
            }
            byte[] bytes = em.createQuery("select d.thumbnail from AttachmentDataEntity d where d.id = :id", byte[].class)
                    .setParameter("id", a.id().toString()).getSingleResult();
            return Optional.of(new AttachmentContent(a, THUMBNAIL_TYPE, bytes));
        });
    }

    @Override
    public long maxBytes() {
        return limits.maxBytes();
    }

    static Optional<UUID> uuid(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static com.gasline.platform.api.problem.ProblemException notFound() {
        return Problems.notFound(Text.of("没有这个附件", "No such attachment"));
    }

    private static Attachment view(AttachmentEntity a) {
        return new Attachment(UUID.fromString(a.id), a.sha256, a.size, a.mediaType, a.fileName, a.uploadedBy, a.uploadedAt, a.hasThumbnail);
    }
}

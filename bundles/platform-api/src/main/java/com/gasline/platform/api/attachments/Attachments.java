package com.gasline.platform.api.attachments;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Files of a branch, stored by the platform in the database (so a database backup keeps them), every one bound to
 * its tenant like any other data. Modules (ticket site photos, account ID copies and contracts, inspection hazard
 * photos and signatures) upload through {@code POST /api/v1/tenants/{tenant}/attachments} and keep only the id;
 * {@link #requireReference} checks an id a client sends them.
 */
public interface Attachments {

    /** What is accepted, sniffed from the bytes; anything else is refused with 415. */
    Set<String> ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf");

    /**
     * Stores {@code content} for {@code tenant}: 413 when {@code declaredLength} or the bytes read pass
     * {@link #maxBytes()} (reading stops there), 422 when empty, 415 when the sniffed type is not allowed. Nothing
     * is stored on a refusal.
     *
     * @param declaredLength the Content-Length the client announced, or -1 when unknown
     */
    Attachment store(String tenant, String uploadedBy, String fileName, InputStream content, long declaredLength);

    /** The attachment of this tenant; empty for an id of another tenant too. */
    Optional<Attachment> find(String tenant, UUID id);

    /** The attachment of this tenant, else 404 problem (an id of another tenant does not exist). */
    Attachment require(String tenant, UUID id);

    /**
     * For a module validating a reference a client sent: the attachment, else 422 problem with an error on
     * {@code field} (no such id in this tenant, or not an id at all). Call it before the module's own transaction.
     */
    Attachment requireReference(String tenant, String id, String field);

    /** The content with its sniffed type, else 404. */
    AttachmentContent content(String tenant, UUID id);

    /** The JPEG thumbnail of a photo; empty when it has none (PDF, WebP, an image too large to decode), 404 for no such id. */
    Optional<AttachmentContent> thumbnail(String tenant, UUID id);

    /** The current upload limit in bytes ({@code etc/com.gasline.attachments.cfg}). */
    long maxBytes();
}

package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** A file attached to a ticket (现场照片, a signed sheet), kept for good; the bytes are at the platform's attachments. */
public record SitePhoto(
        @Schema(description = "1, 2, … in the order they were attached", example = "1") int seq,
        @Schema(description = "Read it at /api/v1/tenants/{tenant}/attachments/{attachmentId}/content (or /thumbnail)",
                example = "3f1c9a52-8e0b-4d6f-9a7e-2b5c1d0e4f11") String attachmentId,
        @Schema(example = "表前阀接口处漏气，已关阀") String caption,
        @Schema(allowableValues = { "image/jpeg", "image/png", "image/webp", "application/pdf" }) String mediaType,
        @Schema(example = "site-photo.jpg") String fileName,
        @Schema(description = "Whether /thumbnail has a picture") boolean hasThumbnail,
        @Schema(example = "li.tech") String attachedBy,
        OffsetDateTime attachedAt) {
}

package com.gasline.accounts.api.rest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** A file kept with an account (ID copy, signed contract), never changed; the bytes are at the platform's attachments. */
public record AccountDocument(
        @Schema(description = "1, 2, … in the order they were attached", example = "1") int seq,
        @Schema(allowableValues = { "ID_COPY", "CONTRACT", "OTHER" }) String kind,
        @Schema(description = "Read it at /api/v1/tenants/{tenant}/attachments/{attachmentId}/content",
                example = "3f1c9a52-8e0b-4d6f-9a7e-2b5c1d0e4f11") String attachmentId,
        @Schema(example = "户主身份证正反面") String caption,
        @Schema(allowableValues = { "image/jpeg", "image/png", "image/webp", "application/pdf" }) String mediaType,
        @Schema(example = "id-card.jpg") String fileName,
        @Schema(description = "Whether /thumbnail has a picture") boolean hasThumbnail,
        @Schema(example = "wang.clerk") String attachedBy,
        OffsetDateTime attachedAt) {
}
